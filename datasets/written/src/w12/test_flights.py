"""flights: tasks written by w12."""

from testgen import I


def test_one_way_search():
    """Check the One way radio. Type Oslo in the From combobox and Rome in the To combobox, 2026-04-10 in the Depart textbox, then activate Search flights. The status should announce 5 flights from Oslo to Rome on 2026-04-10."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.see("5 flights from Oslo to Rome on 2026-04-10")


def test_round_trip_search():
    """Round trip Paris to Lisbon: Depart 2026-05-02, Return 2026-05-09. After Search flights the results status says ... on 2026-05-02, returning 2026-05-09 and Pinecrest Air PC 349 is listed."""
    I.go_to("/flights/")
    I.fill("From", "Paris")
    I.fill("To", "Lisbon")
    I.fill("Depart", "2026-05-02")
    I.fill("Return", "2026-05-09")
    I.click("Search flights")
    I.see("5 flights from Paris to Lisbon on 2026-05-02, returning 2026-05-09")
    I.see("Pinecrest Air PC 349")


def test_empty_search_refused():
    """Activate Search flights without filling anything in. The alert should say We couldn't search yet: fix 4 fields below. and the From field says Choose a departure airport."""
    I.go_to("/flights/")
    I.click("Search flights")
    I.see("We couldn't search yet: fix 4 fields below.")
    I.see("Choose a departure airport.")
    I.see("Choose a destination.")


def test_same_airport_refused():
    """one way, From Dublin, To Dublin, Depart 2026-04-01 → Search flights must show Choose a destination different from the departure airport."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Dublin")
    I.fill("Depart", "2026-04-01")
    I.click("Search flights")
    I.see("Choose a destination different from the departure airport.")


def test_unknown_airport_refused():
    """Type Atlantis in From (not an airport we fly to), Vienna in To, one way on 2026-06-01. The From error should read Choose a departure airport from the list."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Atlantis")
    I.fill("To", "Vienna")
    I.fill("Depart", "2026-06-01")
    I.click("Search flights")
    I.see("Choose a departure airport from the list.")
    I.see("We couldn't search yet: fix 1 field below.")


def test_past_depart_date_refused():
    """One way Berlin → Madrid with Depart 2026-03-01 (before today). Search flights should be refused: The depart date can't be in the past."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Berlin")
    I.fill("To", "Madrid")
    I.fill("Depart", "2026-03-01")
    I.click("Search flights")
    I.see("The depart date can't be in the past.")


def test_wrong_date_format():
    """Put 10/04/2026 in the Depart textbox and search (one way, Athens to Prague). Error: Enter the date as YYYY-MM-DD."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Athens")
    I.fill("To", "Prague")
    I.fill("Depart", "10/04/2026")
    I.click("Search flights")
    I.see("Enter the date as YYYY-MM-DD.")


def test_date_after_sale_period():
    """Try a one way Milan to Oslo flight on 2027-01-05. It should say Flights are on sale until 2026-12-31. and no results appear."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Milan")
    I.fill("To", "Oslo")
    I.fill("Depart", "2027-01-05")
    I.click("Search flights")
    I.see("Flights are on sale until 2026-12-31.")
    I.dont_see("flights from Milan to Oslo")


def test_return_before_depart():
    """Round trip Amsterdam to Rome, Depart 2026-07-10 and Return 2026-07-03. After Search flights the Return field should complain: The return date must be on or after the depart date."""
    I.go_to("/flights/")
    I.fill("From", "Amsterdam")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-07-10")
    I.fill("Return", "2026-07-03")
    I.click("Search flights")
    I.see("The return date must be on or after the depart date.")


def test_one_way_hides_return():
    """In the Trip type radiogroup check One way — the Return textbox and its date button should no longer be shown."""
    I.go_to("/flights/")
    I.check("One way")
    I.dont_see("Return")


def test_multi_city_note():
    """Check the Multi-city radio; a notice appears: Multi-city trips are booked by our travel team. Call 0800 555 0199 or search each leg as a one-way flight."""
    I.go_to("/flights/")
    I.check("Multi-city")
    I.see("Multi-city trips are booked by our travel team.")


def test_multi_city_search_refused():
    """Pick Multi-city and activate Search flights. The alert role should say Multi-city trips can't be booked online. Call 0800 555 0199."""
    I.go_to("/flights/")
    I.check("Multi-city")
    I.click("Search flights")
    I.see("Multi-city trips can't be booked online. Call 0800 555 0199.")


def test_promo_code_applied():
    """One way Oslo to Rome on 2026-04-10 with spring26 in the Promo code textbox. After searching, the hint should say SPRING26 applied: 10% off every fare. and the cheapest Northjet fare is $74."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.fill("Promo code", "spring26")
    I.click("Search flights")
    I.see("SPRING26 applied: 10% off every fare.")
    I.see("$74")


def test_invalid_promo_code():
    """Promo code FREEFLIGHT with an otherwise fine one way search (Oslo, Rome, 2026-04-10): it should be refused with This promo code isn't valid. and no flights listed."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.fill("Promo code", "FREEFLIGHT")
    I.click("Search flights")
    I.see("This promo code isn't valid.")
    I.dont_see("5 flights from Oslo to Rome")


def test_flexible_dates_switch():
    """Turn the Flexible dates switch on, then search one way Oslo–Rome on 2026-04-10. The status should mention ±3 days."""
    I.go_to("/flights/")
    I.click("Flexible dates")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.see("5 flights from Oslo to Rome on 2026-04-10 ±3 days")


def test_add_passenger_buttons():
    """Activate the Add passenger button twice; the Passengers spinbutton should read 3."""
    I.go_to("/flights/")
    I.click("Add passenger")
    I.click("Add passenger")
    I.see_value("Passengers", "3")


def test_passengers_end_key():
    """Focus the Passengers spinbutton and press End: it jumps to the maximum, 9."""
    I.go_to("/flights/")
    I.click("Passengers")
    I.press("End")
    I.see_value("Passengers", "9")


def test_select_flight_trip_summary():
    """Search one way Oslo to Rome on 2026-04-10, then activate Select in the Northjet NJ 948 row. The Your trip region should read Northjet NJ 948, Oslo to Rome on 2026-04-10 at 11:31. 1 passenger, Economy: $82 total."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.click("Select", near="Northjet NJ 948")
    I.see("Northjet NJ 948, Oslo to Rome on 2026-04-10 at 11:31. 1 passenger, Economy: $82 total.")


def test_business_two_passengers_total():
    """Two passengers (Add passenger once), Cabin combobox = Business, one way Oslo → Rome 2026-04-10. Select Northjet NJ 948: total should be $492 for 2 passengers, Business."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.click("Add passenger")
    I.select("Cabin", "Business")
    I.click("Search flights")
    I.click("Select", near="Northjet NJ 948")
    I.see("2 passengers, Business: $492 total.")


def test_continue_to_passenger_details():
    """After selecting a flight (one way Paris–Lisbon, 2026-05-02, Bluewing BW 132), activate Continue to passenger details: status says Fare held for 20 minutes. Passenger details come next."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Paris")
    I.fill("To", "Lisbon")
    I.fill("Depart", "2026-05-02")
    I.click("Search flights")
    I.click("Select", near="Bluewing BW 132")
    I.click("Continue to passenger details")
    I.see("Fare held for 20 minutes. Passenger details come next.")


def test_change_flight_hides_summary():
    """Select a flight (Paris to Lisbon one way on 2026-05-02, Meridian MD 815), then activate Change flight. The Your trip summary must disappear."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Paris")
    I.fill("To", "Lisbon")
    I.fill("Depart", "2026-05-02")
    I.click("Search flights")
    I.click("Select", near="Meridian MD 815")
    I.see("Your trip")
    I.click("Change flight")
    I.dont_see("Your trip")


def test_airline_filter():
    """Type Northjet in the Preferred airline combobox and do a one way search Oslo to Rome 2026-04-10. Only Northjet flights: 2 flights from Oslo to Rome, and no Coastal Air."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.fill("Preferred airline", "Northjet")
    I.click("Search flights")
    I.see("2 flights from Oslo to Rome")
    I.dont_see("Coastal Air")


def test_airline_without_flights():
    """Preferred airline Bluewing on the Oslo → Rome route (one way, 2026-04-10). Status should announce No Bluewing flights from Oslo to Rome. Clear the airline to see all 5 flights."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.fill("Preferred airline", "Bluewing")
    I.click("Search flights")
    I.see("No Bluewing flights from Oslo to Rome. Clear the airline to see all 5 flights.")


def test_swap_airports():
    """type Oslo in From and Vienna in To, activate Swap airports: From should now hold Vienna and To hold Oslo"""
    I.go_to("/flights/")
    I.fill("From", "Oslo")
    I.fill("To", "Vienna")
    I.click("Swap airports")
    I.see_value("From", "Vienna")
    I.see_value("To", "Oslo")


def test_clear_search_resets_results():
    """Run a one way search Dublin to Barcelona on 2026-04-20, then activate Clear search. Results go back to Search to see flights. and the flight list is gone."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Barcelona")
    I.fill("Depart", "2026-04-20")
    I.click("Search flights")
    I.see("5 flights from Dublin to Barcelona on 2026-04-20")
    I.click("Clear search")
    I.see("Search to see flights.")
    I.dont_see("Meridian MD 109")


def test_from_combobox_keyboard_pick():
    """In the From combobox type spa, press ArrowDown and Enter. The first suggestion, Barcelona (BCN), should be filled in."""
    I.go_to("/flights/")
    I.fill("From", "spa")
    I.press("ArrowDown")
    I.press("Enter")
    I.see_value("From", "Barcelona (BCN)")


def test_combobox_no_matches():
    """Type qqq into the To combobox; the Arrival airports listbox should just say No matches."""
    I.go_to("/flights/")
    I.fill("To", "qqq")
    I.see("No matches")


def test_date_picker_pick_day():
    """Activate the Choose depart date button. In the Choose depart date dialog (March 2026) activate day 20. The Depart textbox should now hold 2026-03-20."""
    I.go_to("/flights/")
    I.click("Choose depart date")
    I.see("March 2026")
    I.click("20")
    I.see_value("Depart", "2026-03-20")


def test_date_picker_next_month():
    """Open the depart date picker and activate the Next month button: the month caption changes to April 2026. Pick the 3rd → Depart = 2026-04-03."""
    I.go_to("/flights/")
    I.click("Choose depart date")
    I.click("Next month")
    I.see("April 2026")
    I.click("3")
    I.see_value("Depart", "2026-04-03")


def test_date_picker_keyboard():
    """Keyboard in the date grid: open Choose depart date, press ArrowDown (one week on) and Enter. Depart should be 2026-03-21."""
    I.go_to("/flights/")
    I.click("Choose depart date")
    I.press("ArrowDown")
    I.press("Enter")
    I.see_value("Depart", "2026-03-21")


def test_date_picker_escape():
    """Open the depart date dialog and press Escape. The dialog closes (its hint about arrow keys is gone) and Depart stays empty."""
    I.go_to("/flights/")
    I.click("Choose depart date")
    I.see("Arrow keys move between days")
    I.press("Escape")
    I.dont_see("Arrow keys move between days")
    I.see_value("Depart", "")
