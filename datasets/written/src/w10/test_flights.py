"""flights: tasks written by w10."""

from testgen import I


def test_round_trip_search():
    """Verify a round-trip search Lisbon -> Paris, 2026-04-10 to 2026-04-17 lists "5 flights from Lisbon to Paris"."""
    I.go_to("/flights/")
    I.fill("From", "Lisbon")
    I.fill("To", "Paris")
    I.fill("Depart", "2026-04-10")
    I.fill("Return", "2026-04-17")
    I.click("Search flights")
    I.see("5 flights from Lisbon to Paris on 2026-04-10, returning 2026-04-17")


def test_one_way_hides_return():
    """Check that choosing One way hides the Return date field."""
    I.go_to("/flights/")
    I.click("One way")
    I.dont_see("Return")


def test_one_way_search():
    """- [ ] One way
- [ ] From Amsterdam, To Barcelona, Depart 2026-05-02
- [ ] Search flights
- [ ] results say 5 flights ... on 2026-05-02, no "returning" """
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Amsterdam")
    I.fill("To", "Barcelona")
    I.fill("Depart", "2026-05-02")
    I.click("Search flights")
    I.see("5 flights from Amsterdam to Barcelona on 2026-05-02")
    I.dont_see("returning")


def test_multi_city_note():
    """Ensure Multi-city shows the travel team note (call 0800 555 0199)."""
    I.go_to("/flights/")
    I.click("Multi-city")
    I.see("Multi-city trips are booked by our travel team.")


def test_multi_city_cannot_search():
    """Verify Search flights with Multi-city selected is refused: "Multi-city trips can't be booked online. Call 0800 555 0199." """
    I.go_to("/flights/")
    I.click("Multi-city")
    I.click("Search flights")
    I.see("Multi-city trips can't be booked online. Call 0800 555 0199.")


def test_empty_search_errors():
    """Check an empty search: alert `We couldn't search yet: fix 4 fields below.` and "Choose a departure airport." under From"""
    I.go_to("/flights/")
    I.click("Search flights")
    I.see("We couldn't search yet: fix 4 fields below.")
    I.see("Choose a departure airport.")
    I.see("Choose a destination.")


def test_unknown_airport():
    """Ensure a city that isn't in the list is refused. Data: From = Atlantis"""
    I.go_to("/flights/")
    I.fill("From", "Atlantis")
    I.click("Search flights")
    I.see("Choose a departure airport from the list.")


def test_same_airports_refused():
    """Verify From = To (Rome / Rome) gives "Choose a destination different from the departure airport." """
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Rome")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-06-01")
    I.click("Search flights")
    I.see("Choose a destination different from the departure airport.")
    I.dont_see("5 flights from Rome")


def test_depart_in_past():
    """Check a past depart date is not accepted (2026-03-01 -> "The depart date can't be in the past.")."""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Vienna")
    I.fill("Depart", "2026-03-01")
    I.click("Search flights")
    I.see("The depart date can't be in the past.")


def test_date_format_error():
    """Depart typed as 10/04/2026 -> error "Enter the date as YYYY-MM-DD." """
    I.go_to("/flights/")
    I.fill("Depart", "10/04/2026")
    I.click("Search flights")
    I.see("Enter the date as YYYY-MM-DD.")


def test_return_before_depart():
    """Verify return earlier than depart is rejected
Data: depart 2026-04-20, return 2026-04-18
Expected: 'The return date must be on or after the depart date.'"""
    I.go_to("/flights/")
    I.fill("From", "Dublin")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-20")
    I.fill("Return", "2026-04-18")
    I.click("Search flights")
    I.see("The return date must be on or after the depart date.")


def test_date_after_sale_window():
    """Ensure dates after 2026-12-31 are refused with "Flights are on sale until 2026-12-31." """
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Madrid")
    I.fill("To", "Milan")
    I.fill("Depart", "2027-01-05")
    I.click("Search flights")
    I.see("Flights are on sale until 2026-12-31.")


def test_from_combobox_keyboard():
    """Check the From autocomplete: type "Lis", ArrowDown, Enter -> field reads Lisbon (LIS)."""
    I.go_to("/flights/")
    I.fill("From", "Lis")
    I.press("ArrowDown")
    I.press("Enter")
    I.see_value("From", "Lisbon (LIS)")


def test_airport_suggestions_no_matches():
    """Verify typing "zzz" in To shows No matches in the suggestions."""
    I.go_to("/flights/")
    I.fill("To", "zzz")
    I.see("No matches")


def test_swap_airports():
    """- [ ] From Berlin, To Athens
- [ ] click Swap airports
- [ ] From = Athens, To = Berlin"""
    I.go_to("/flights/")
    I.fill("From", "Berlin")
    I.fill("To", "Athens")
    I.click("Swap airports")
    I.see_value("From", "Athens")
    I.see_value("To", "Berlin")


def test_add_passenger_button():
    """Ensure the + button raises Passengers from 1 to 2."""
    I.go_to("/flights/")
    I.click("Add passenger")
    I.see_value("Passengers", "2")


def test_select_flight_summary():
    """Verify selecting Meridian MD 425 (Lisbon -> Paris, one way, 2026-04-10) opens "Your trip" with $98 total for 1 passenger."""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Paris")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.click("Select", near="Meridian MD 425")
    I.see("Meridian MD 425, Lisbon to Paris on 2026-04-10 at 08:09. 1 passenger, Economy: $98 total.")


def test_total_for_three_passengers():
    """Check the trip total multiplies by passengers: 3 passengers, Lisbon-Paris one way 2026-04-10, pick MD 425 -> $294 total"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Paris")
    I.fill("Depart", "2026-04-10")
    I.fill("Passengers", "3")
    I.click("Search flights")
    I.click("Select", near="Meridian MD 425")
    I.see("3 passengers, Economy: $294 total.")


def test_business_cabin_price():
    """Verify Business cabin fares: Dublin -> Rome one way on 2026-07-01, Business; Bluewing BW 175 should cost $312."""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-07-01")
    I.select("Cabin", "Business")
    I.click("Search flights")
    I.see("$312")


def test_valid_promo_code():
    """Ensure promo "spring26" (lower case) is accepted -> `SPRING26 applied: 10% off every fare.`"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Paris")
    I.fill("Depart", "2026-04-10")
    I.fill("Promo code", "spring26")
    I.click("Search flights")
    I.see("SPRING26 applied: 10% off every fare.")
    I.see("$88")


def test_invalid_promo_code():
    """Check an unknown promo code (FREEFLY) blocks the search with "This promo code isn't valid." """
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Paris")
    I.fill("Depart", "2026-04-10")
    I.fill("Promo code", "FREEFLY")
    I.click("Search flights")
    I.see("This promo code isn't valid.")
    I.see("We couldn't search yet: fix 1 field below.")


def test_flexible_dates_results():
    """Verify turning on Flexible dates adds "±3 days" to the results line (Amsterdam -> Barcelona, one way, 2026-05-02)."""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Amsterdam")
    I.fill("To", "Barcelona")
    I.fill("Depart", "2026-05-02")
    I.click("Flexible dates")
    I.click("Search flights")
    I.see("on 2026-05-02 ±3 days")


def test_preferred_airline_filter():
    """- [ ] Lisbon to Paris, one way, 2026-04-10
- [ ] Preferred airline: Meridian
- [ ] Search -> only 1 flight listed; Bluewing BW 720 not in results"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Paris")
    I.fill("Depart", "2026-04-10")
    I.fill("Preferred airline", "Meridian")
    I.click("Search flights")
    I.see("1 flight from Lisbon to Paris on 2026-04-10")
    I.dont_see("Bluewing BW 720")


def test_airline_with_no_flights():
    """Ensure an airline with no flights on the route shows the "No Aurora Airways flights from Lisbon to Paris." message."""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Paris")
    I.fill("Depart", "2026-04-10")
    I.fill("Preferred airline", "Aurora Airways")
    I.click("Search flights")
    I.see("No Aurora Airways flights from Lisbon to Paris. Clear the airline to see all 5 flights.")


def test_continue_holds_fare():
    """Verify Continue to passenger details says the fare is held for 20 minutes."""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Amsterdam")
    I.fill("To", "Barcelona")
    I.fill("Depart", "2026-05-02")
    I.click("Search flights")
    I.click("Select", near="Bluewing BW 840")
    I.click("Continue to passenger details")
    I.see("Fare held for 20 minutes. Passenger details come next.")


def test_change_flight_closes_summary():
    """Check "Change flight" closes the Your trip box."""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Amsterdam")
    I.fill("To", "Barcelona")
    I.fill("Depart", "2026-05-02")
    I.click("Search flights")
    I.click("Select", near="Meridian MD 575")
    I.see("Your trip")
    I.click("Change flight")
    I.dont_see("Your trip")


def test_clear_search():
    """Ensure Clear search empties results: after a Lisbon-Paris one-way search, Clear search -> "Search to see flights." and From is empty"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Paris")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.see("5 flights from Lisbon to Paris")
    I.click("Clear search")
    I.see("Search to see flights.")
    I.see_value("From", "")


def test_calendar_pick_date():
    """Verify the depart date picker: open it, go to next month (April 2026), click 20 -> Depart = 2026-04-20"""
    I.go_to("/flights/")
    I.click("Choose depart date")
    I.click("Next month")
    I.see("April 2026")
    I.click("20")
    I.see_value("Depart", "2026-04-20")


def test_calendar_cancel():
    """Check Cancel in the date picker closes it without setting a date."""
    I.go_to("/flights/")
    I.click("Choose depart date")
    I.see("Choose depart date")
    I.click("Cancel")
    I.dont_see("Choose depart date")
    I.see_value("Depart", "")


def test_promo_error_clears_when_fixed():
    """Verify the promo error goes away once the code is corrected.
Pre: one way Vienna -> Prague, 2026-08-08, promo "WEEKEND51", search (error shown)
Then: change promo to WEEKEND15, search again -> 15% off applied, no "isn't valid" message"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Vienna")
    I.fill("To", "Prague")
    I.fill("Depart", "2026-08-08")
    I.fill("Promo code", "WEEKEND51")
    I.click("Search flights")
    I.see("This promo code isn't valid.")
    I.fill("Promo code", "WEEKEND15")
    I.click("Search flights")
    I.see("WEEKEND15 applied: 15% off every fare.")
    I.dont_see("This promo code isn't valid.")


def test_airport_code_accepted():
    """Ensure airport codes work: From "LHR", To "OSL" one way on 2026-09-15 -> results from London Heathrow to Oslo."""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "LHR")
    I.fill("To", "OSL")
    I.fill("Depart", "2026-09-15")
    I.click("Search flights")
    I.see("5 flights from London Heathrow to Oslo on 2026-09-15")
