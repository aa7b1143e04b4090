"""flights: tasks written by w9."""

from testgen import I


def test_round_trip_search():
    """Search a round trip Lisbon to Berlin, out 10 April back 17 April. We should see 5 flights listed."""
    I.go_to("/flights/")
    I.fill("From", "Lisbon")
    I.fill("To", "Berlin")
    I.fill("Depart", "2026-04-10")
    I.fill("Return", "2026-04-17")
    I.click("Search flights")
    I.see("5 flights from Lisbon to Berlin on 2026-04-10, returning 2026-04-17")


def test_one_way_no_return():
    """One way trip - the return date field goes away and the search works without it"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-05-02")
    I.click("Search flights")
    I.see("5 flights from Dublin to Rome on 2026-05-02")
    I.dont_see("Return")


def test_empty_search_errors():
    """Hit search with nothing filled in. It should refuse and tell me how many fields to fix."""
    I.go_to("/flights/")
    I.click("Search flights")
    I.see("We couldn't search yet: fix 4 fields below.")
    I.see("Choose a departure airport.")
    I.see("Choose a destination.")


def test_same_airports():
    """From and to both Rome isn't allowed"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Rome")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-01")
    I.click("Search flights")
    I.see("Choose a destination different from the departure airport.")


def test_unknown_airport():
    """Typing a city that isn't served (Gotham) gets an error asking to pick from the list"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Gotham")
    I.fill("To", "Oslo")
    I.fill("Depart", "2026-04-01")
    I.click("Search flights")
    I.see("Choose a departure airport from the list.")


def test_past_date_refused():
    """Depart date in the past (1 March) should be refused"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Paris")
    I.fill("To", "Madrid")
    I.fill("Depart", "2026-03-01")
    I.click("Search flights")
    I.see("The depart date can't be in the past.")
    I.dont_see("flights from Paris to Madrid")


def test_bad_date_format():
    """Dates typed like 10/04/2026 aren't accepted - it wants YYYY-MM-DD"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Vienna")
    I.fill("To", "Prague")
    I.fill("Depart", "10/04/2026")
    I.click("Search flights")
    I.see("Enter the date as YYYY-MM-DD.")


def test_return_before_depart():
    """Return earlier than departure should give an error on the return date."""
    I.go_to("/flights/")
    I.fill("From", "Athens")
    I.fill("To", "Milan")
    I.fill("Depart", "2026-06-10")
    I.fill("Return", "2026-06-05")
    I.click("Search flights")
    I.see("The return date must be on or after the depart date.")


def test_too_far_ahead():
    """Flights in 2027 aren't on sale yet"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Dublin")
    I.fill("Depart", "2027-01-15")
    I.click("Search flights")
    I.see("Flights are on sale until 2026-12-31.")


def test_multi_city_refused():
    """Multi-city can't be booked online; choosing it shows a note and searching gives the call us message"""
    I.go_to("/flights/")
    I.click("Multi-city")
    I.see("Multi-city trips are booked by our travel team.")
    I.click("Search flights")
    I.see("Multi-city trips can't be booked online. Call 0800 555 0199.")


def test_cheapest_first():
    """Lisbon to Berlin one way on 10 April, sorted by lowest price. The Aurora AU 532 at $106 should be there."""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Berlin")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.see("Aurora Airways AU 532")
    I.see("$106")


def test_select_flight_summary():
    """Pick the cheapest Lisbon-Berlin flight. The trip box should show the flight, the time and $106 total."""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Berlin")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.click("Select", near="Aurora Airways AU 532")
    I.see("Aurora Airways AU 532, Lisbon to Berlin on 2026-04-10 at 19:15. 1 passenger, Economy: $106 total.")


def test_passengers_total():
    """With 3 passengers the total is 3 times the fare. Dublin to Rome, pick Bluewing BW 175 ($104 each) -> $312 total"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-20")
    I.click("Add passenger")
    I.click("Add passenger")
    I.click("Search flights")
    I.click("Select", near="Bluewing BW 175")
    I.see("3 passengers, Economy: $312 total.")


def test_business_cabin_price():
    """Business class triples the fare: Lisbon-Berlin cheapest becomes $318"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Berlin")
    I.fill("Depart", "2026-04-10")
    I.select("Cabin", "Business")
    I.click("Search flights")
    I.see("$318")
    I.dont_see("$106")


def test_promo_code():
    """Use promo code spring26 (lower case works). It should say 10% off is applied and the fares drop"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-20")
    I.fill("Promo code", "spring26")
    I.click("Search flights")
    I.see("SPRING26 applied: 10% off every fare.")
    I.see("$94")


def test_bad_promo():
    """A made up promo code gets rejected and no flights are shown"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-20")
    I.fill("Promo code", "FREEFLIGHTS")
    I.click("Search flights")
    I.see("This promo code isn't valid.")
    I.see("We couldn't search yet: fix 1 field below.")


def test_flexible_dates():
    """Turn on flexible dates and search - results mention ±3 days"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Berlin")
    I.fill("Depart", "2026-04-10")
    I.click("Flexible dates")
    I.click("Search flights")
    I.see("5 flights from Lisbon to Berlin on 2026-04-10 ±3 days")


def test_airline_filter():
    """Prefer Northjet on Lisbon-Berlin: just the one Northjet flight is shown"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Berlin")
    I.fill("Depart", "2026-04-10")
    I.fill("Preferred airline", "Northjet")
    I.press("Escape")
    I.click("Search flights")
    I.see("1 flight from Lisbon to Berlin on 2026-04-10")
    I.dont_see("Coastal Air CA 988")


def test_airline_none_flying():
    """If my preferred airline doesn't fly the route (Meridian on Lisbon-Berlin) it says so and suggests clearing it"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Berlin")
    I.fill("Depart", "2026-04-10")
    I.fill("Preferred airline", "Meridian")
    I.press("Escape")
    I.click("Search flights")
    I.see("No Meridian flights from Lisbon to Berlin. Clear the airline to see all 5 flights.")


def test_swap_airports():
    """Swap airports flips from and to"""
    I.go_to("/flights/")
    I.fill("From", "Amsterdam")
    I.fill("To", "Barcelona")
    I.click("Swap airports")
    I.see_value("From", "Barcelona")
    I.see_value("To", "Amsterdam")


def test_clear_search():
    """After a search, Clear search wipes the results and the form"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Berlin")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.see("Aurora Airways AU 532")
    I.click("Clear search")
    I.dont_see("Aurora Airways AU 532")
    I.see("Search to see flights.")
    I.see_value("From", "")


def test_continue_holds_fare():
    """Select a flight and continue to passenger details - it tells you the fare is held for 20 minutes"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-20")
    I.click("Search flights")
    I.click("Select", near="Meridian MD 800")
    I.click("Continue to passenger details")
    I.see("Fare held for 20 minutes. Passenger details come next.")


def test_change_flight_hides_trip():
    """Choosing Change flight closes the trip summary again"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-20")
    I.click("Search flights")
    I.click("Select", near="Pinecrest Air PC 525")
    I.see("Pinecrest Air PC 525, Dublin to Rome")
    I.click("Change flight")
    I.dont_see("Continue to passenger details")


def test_pick_date_from_calendar():
    """Use the calendar button to choose 20 March as the depart date. The field should fill in with 2026-03-20"""
    I.go_to("/flights/")
    I.click("Choose depart date")
    I.click("20")
    I.see_value("Depart", "2026-03-20")


def test_passenger_minus():
    """Add two passengers then remove one; the search summary total is for 2 people. Dublin-Rome Meridian MD 800 at $141 -> $282."""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-20")
    I.click("Add passenger")
    I.click("Add passenger")
    I.click("Remove passenger")
    I.click("Search flights")
    I.click("Select", near="Meridian MD 800")
    I.see("2 passengers, Economy: $282 total.")


def test_airport_code_accepted():
    """You can type airport codes instead of city names - LIS to BER works"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "LIS")
    I.fill("To", "BER")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.see("5 flights from Lisbon to Berlin on 2026-04-10")


def test_weekend_promo():
    """WEEKEND15 takes 15% off"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Berlin")
    I.fill("Depart", "2026-04-10")
    I.fill("Promo code", "WEEKEND15")
    I.click("Search flights")
    I.see("WEEKEND15 applied: 15% off every fare.")


def test_missing_return_date():
    """Round trip without a return date is refused"""
    I.go_to("/flights/")
    I.fill("From", "Madrid")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.see("Choose a return date.")
    I.see("We couldn't search yet: fix 1 field below.")


def test_calendar_cancel():
    """Type 1 April as the depart date, open the date picker and cancel. The calendar closes and my date is untouched."""
    I.go_to("/flights/")
    I.fill("Depart", "2026-04-01")
    I.click("Choose depart date")
    I.click("Cancel")
    I.see_value("Depart", "2026-04-01")
    I.dont_see("Arrow keys move between days")
