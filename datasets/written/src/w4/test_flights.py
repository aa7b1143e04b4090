"""flights: tasks written by w4."""

from testgen import I


def test_one_way_search():
    """As a traveller, I want to search one-way flights so that I can see what's available.
AC1: One way, From Dublin, To Lisbon, Depart 2026-04-10
AC2: Search flights shows "5 flights from Dublin to Lisbon on 2026-04-10\""""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Lisbon")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.see("5 flights from Dublin to Lisbon on 2026-04-10")


def test_round_trip_search():
    """AC1: round trip Amsterdam -> Barcelona, depart 2026-05-01, return 2026-05-08
AC2: the results say "returning 2026-05-08\""""
    I.go_to("/flights/")
    I.fill("From", "Amsterdam")
    I.fill("To", "Barcelona")
    I.fill("Depart", "2026-05-01")
    I.fill("Return", "2026-05-08")
    I.click("Search flights")
    I.see("5 flights from Amsterdam to Barcelona on 2026-05-01, returning 2026-05-08")


def test_empty_search_errors():
    """As a traveller who hits Search too soon I want to know what's missing.
AC1: "We couldn't search yet: fix 4 fields below."
AC2: "Choose a departure airport." is shown"""
    I.go_to("/flights/")
    I.click("Search flights")
    I.see("We couldn't search yet: fix 4 fields below.")
    I.see("Choose a departure airport.")


def test_same_airport_rejected():
    """The search must not accept the same airport for From and To.
AC: Oslo to OSL, one way on 2026-06-01 -> "Choose a destination different from the departure airport.\""""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "OSL")
    I.fill("Depart", "2026-06-01")
    I.click("Search flights")
    I.see("Choose a destination different from the departure airport.")


def test_unknown_airport():
    """AC: typing "Atlantis" as the destination gives "Choose a destination from the list." when searching"""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Rome")
    I.fill("To", "Atlantis")
    I.fill("Depart", "2026-06-01")
    I.click("Search flights")
    I.see("Choose a destination from the list.")


def test_depart_in_past():
    """As a traveller I shouldn't be able to search for yesterday.
AC: depart date 2026-03-13 -> "The depart date can't be in the past.\""""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Vienna")
    I.fill("To", "Prague")
    I.fill("Depart", "2026-03-13")
    I.click("Search flights")
    I.see("The depart date can't be in the past.")


def test_bad_date_format():
    """AC: a depart date written 10/04/2026 is refused with "Enter the date as YYYY-MM-DD.\""""
    I.go_to("/flights/")
    I.fill("Depart", "10/04/2026")
    I.click("Search flights")
    I.see("Enter the date as YYYY-MM-DD.")


def test_return_before_depart():
    """As a traveller, I don't want to accidentally return before I leave.
- depart 2026-07-10, return 2026-07-01 (Madrid to Athens)
- "The return date must be on or after the depart date.\""""
    I.go_to("/flights/")
    I.fill("From", "Madrid")
    I.fill("To", "Athens")
    I.fill("Depart", "2026-07-10")
    I.fill("Return", "2026-07-01")
    I.click("Search flights")
    I.see("The return date must be on or after the depart date.")


def test_date_after_sale_window():
    """AC: a departure on 2027-01-15 says "Flights are on sale until 2026-12-31.\""""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("Depart", "2027-01-15")
    I.click("Search flights")
    I.see("Flights are on sale until 2026-12-31.")


def test_one_way_hides_return():
    """As a one-way traveller I don't want a Return field in my way. Choosing One way should hide the Return date; no "Choose a return date." error on search."""
    I.go_to("/flights/")
    I.check("One way")
    I.click("Search flights")
    I.dont_see("Choose a return date.")
    I.see("Choose a depart date.")


def test_multi_city_notice():
    """AC1: picking Multi-city shows a note about calling 0800 555 0199
AC2: searching anyway says "Multi-city trips can't be booked online.\""""
    I.go_to("/flights/")
    I.check("Multi-city")
    I.see("Multi-city trips are booked by our travel team.")
    I.click("Search flights")
    I.see("Multi-city trips can't be booked online. Call 0800 555 0199.")


def test_swap_airports():
    """As a traveller I want to flip my route with one click.
AC: From Berlin, To Milan, Swap airports -> From says Milan and To says Berlin"""
    I.go_to("/flights/")
    I.fill("From", "Berlin")
    I.fill("To", "Milan")
    I.click("Swap airports")
    I.see_value("From", "Milan")
    I.see_value("To", "Berlin")


def test_airport_suggestions():
    """AC: typing "spa" in From suggests Barcelona (BCN) and Madrid (MAD), the Spanish airports"""
    I.go_to("/flights/")
    I.fill("From", "spa")
    I.see("Barcelona (BCN)")
    I.see("Madrid (MAD)")


def test_pick_airport_from_list():
    """As a traveller I want to pick an airport from the suggestions: type "lis", choose Lisbon (LIS), and the From box shows it."""
    I.go_to("/flights/")
    I.fill("From", "lis")
    I.click("Lisbon (LIS)")
    I.see_value("From", "Lisbon (LIS)")


def test_airport_no_matches():
    """AC: typing "xyz" into To lists "No matches\""""
    I.go_to("/flights/")
    I.fill("To", "xyz")
    I.see("No matches")


def test_passenger_plus_button():
    """As a family traveller I want to add passengers.
AC: pressing Add passenger twice makes Passengers 3"""
    I.go_to("/flights/")
    I.click("Add passenger")
    I.click("Add passenger")
    I.see_value("Passengers", "3")


def test_cheapest_first():
    """AC1: one-way Dublin -> Lisbon on 2026-04-10, default sort (Lowest price)
AC2: the cheapest fare, $112 with Pinecrest Air PC 915, is listed"""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Lisbon")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.see("Pinecrest Air PC 915")
    I.see("$112")


def test_promo_code_applied():
    """As a bargain hunter, I want my promo code to lower the fares.
AC1: promo "spring26" on a one-way Dublin to Lisbon search for 2026-04-10
AC2: "SPRING26 applied: 10% off every fare." is displayed"""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Lisbon")
    I.fill("Depart", "2026-04-10")
    I.fill("Promo code", "spring26")
    I.click("Search flights")
    I.see("SPRING26 applied: 10% off every fare.")


def test_invalid_promo():
    """The form must not accept a made-up promo code: "FREEFLY" -> "This promo code isn't valid.\""""
    I.go_to("/flights/")
    I.fill("Promo code", "FREEFLY")
    I.click("Search flights")
    I.see("This promo code isn't valid.")


def test_flexible_dates_label():
    """AC1: turn on Flexible dates (the switch says On)
AC2: a one-way search Oslo -> Rome on 2026-08-20 says "on 2026-08-20 ±3 days\""""
    I.go_to("/flights/")
    I.check("One way")
    I.click("Flexible dates")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-08-20")
    I.click("Search flights")
    I.see("on 2026-08-20 ±3 days")


def test_airline_filter_no_flights():
    """As a loyal flyer I want to see only my airline.
AC: Dublin to Lisbon one way 2026-04-10 with preferred airline Northjet shows "No Northjet flights from Dublin to Lisbon.\""""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Lisbon")
    I.fill("Depart", "2026-04-10")
    I.fill("Preferred airline", "Northjet")
    I.click("Search flights")
    I.see("No Northjet flights from Dublin to Lisbon.")


def test_select_flight_trip_summary():
    """As a traveller I want to pick a flight and see what I'll pay.
AC1: Oslo to Rome one way on 2026-08-20, select Northjet NJ 948
AC2: Your trip shows "1 passenger, Economy: $82 total.\""""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-08-20")
    I.click("Search flights")
    I.click("Select", near="Northjet NJ 948")
    I.see("1 passenger, Economy: $82 total.")


def test_business_cabin_price():
    """AC: in Business cabin the Oslo -> Rome Northjet NJ 948 fare on 2026-08-20 is $246 (3x economy)"""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-08-20")
    I.select("Cabin", "Business")
    I.click("Search flights")
    I.see("$246")


def test_continue_holds_fare():
    """AC1: after selecting a flight (Amsterdam -> Barcelona, one way, 2026-05-01, Bluewing BW 840), Continue to passenger details
AC2: "Fare held for 20 minutes." is shown"""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Amsterdam")
    I.fill("To", "Barcelona")
    I.fill("Depart", "2026-05-01")
    I.click("Search flights")
    I.click("Select", near="Bluewing BW 840")
    I.click("Continue to passenger details")
    I.see("Fare held for 20 minutes. Passenger details come next.")


def test_clear_search():
    """As a traveller I want to wipe the form and start over: after a failed search, Clear search removes the error banner and puts the results back to "Search to see flights."."""
    I.go_to("/flights/")
    I.click("Search flights")
    I.see("We couldn't search yet")
    I.click("Clear search")
    I.dont_see("We couldn't search yet")
    I.see("Search to see flights.")


def test_date_picker_choose_day():
    """As a traveller I'd rather click a date than type it.
AC: open "Choose depart date", click 20 in March 2026, the Depart field shows 2026-03-20"""
    I.go_to("/flights/")
    I.click("Choose depart date")
    I.click("20")
    I.see_value("Depart", "2026-03-20")


def test_date_picker_next_month():
    """AC: in the date picker, Next month switches the heading from March 2026 to April 2026"""
    I.go_to("/flights/")
    I.click("Choose depart date")
    I.click("Next month")
    I.see("April 2026")


def test_sort_earliest_departure():
    """AC: sorting the Dublin -> Lisbon one-way results (2026-04-10) by Earliest departure still lists the 07:52 – 12:32 Bluewing flight"""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Lisbon")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.select("Sort by", "Earliest departure")
    I.see("07:52 – 12:32")


def test_passengers_arrow_keys():
    """As a keyboard user I want to set passengers with the arrow keys: in Passengers, ArrowUp three times gives 4."""
    I.go_to("/flights/")
    I.click("Passengers")
    I.press("ArrowUp")
    I.press("ArrowUp")
    I.press("ArrowUp")
    I.see_value("Passengers", "4")


def test_two_passengers_total():
    """As a couple travelling together, we want the total for both of us.
AC1: one way Oslo to Rome on 2026-08-20 for 2 passengers
AC2: selecting Northjet NJ 948 shows "2 passengers, Economy: $164 total.\""""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-08-20")
    I.click("Add passenger")
    I.click("Search flights")
    I.click("Select", near="Northjet NJ 948")
    I.see("2 passengers, Economy: $164 total.")


def test_change_flight_hides_trip():
    """AC1: pick Aurora Airways AU 710 on the Oslo -> Rome one-way search (2026-08-20)
AC2: Change flight closes the "Your trip" summary"""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-08-20")
    I.click("Search flights")
    I.click("Select", near="Aurora Airways AU 710")
    I.click("Change flight")
    I.dont_see("Your trip")


def test_date_picker_cancel():
    """The date picker's Cancel must not change the date: open it for Depart, move to next month, Cancel — Depart is still empty and the calendar is closed."""
    I.go_to("/flights/")
    I.click("Choose depart date")
    I.click("Next month")
    I.click("Cancel")
    I.dont_see("April 2026")
    I.see_value("Depart", "")


def test_premium_economy_price():
    """AC: Premium economy raises the Northjet NJ 948 Oslo -> Rome fare (2026-08-20, one way) to $131"""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-08-20")
    I.select("Cabin", "Premium economy")
    I.click("Search flights")
    I.see("$131")


def test_airport_codes_accepted():
    """As a frequent flyer I type airport codes. One way "lhr" to "cdg" on 2026-09-05 should find "5 flights from London Heathrow to Paris"."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "lhr")
    I.fill("To", "cdg")
    I.fill("Depart", "2026-09-05")
    I.click("Search flights")
    I.see("5 flights from London Heathrow to Paris")


def test_round_trip_needs_return():
    """AC: a round trip Vienna -> Athens with only a depart date (2026-06-12) says "Choose a return date.\""""
    I.go_to("/flights/")
    I.fill("From", "Vienna")
    I.fill("To", "Athens")
    I.fill("Depart", "2026-06-12")
    I.click("Search flights")
    I.see("Choose a return date.")
    I.see("We couldn't search yet: fix 1 field below.")


def test_remove_passenger():
    """AC1: Add passenger twice, then Remove passenger once
AC2: Passengers shows 2"""
    I.go_to("/flights/")
    I.click("Add passenger")
    I.click("Add passenger")
    I.click("Remove passenger")
    I.see_value("Passengers", "2")


def test_weekend_promo_price():
    """AC1: promo WEEKEND15 on a one-way Oslo -> Rome search for 2026-08-20
AC2: the Northjet NJ 948 fare drops from $82 to $70"""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-08-20")
    I.fill("Promo code", "weekend15")
    I.click("Search flights")
    I.see("$70")
    I.dont_see("$82")


def test_airline_filter_one_airline():
    """As a Northjet member I only want Northjet flights: Oslo -> Rome one way on 2026-08-20 with Preferred airline Northjet gives "2 flights from Oslo to Rome"."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-08-20")
    I.fill("Preferred airline", "Northjet")
    I.click("Search flights")
    I.see("2 flights from Oslo to Rome")
