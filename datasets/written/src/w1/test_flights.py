"""flights: tasks written by w1."""

from testgen import I


def test_one_way_search():
    """one way Oslo -> Rome, depart 2026-04-10, search => 5 flights from Oslo to Rome on 2026-04-10"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.see("5 flights from Oslo to Rome on 2026-04-10")


def test_round_trip_search():
    """round trip dublin/lisbon 2026-05-01 back 2026-05-08 -> results mention 'returning 2026-05-08'"""
    I.go_to("/flights/")
    I.fill("From", "Dublin")
    I.fill("To", "Lisbon")
    I.fill("Depart", "2026-05-01")
    I.fill("Return", "2026-05-08")
    I.click("Search flights")
    I.see("5 flights from Dublin to Lisbon on 2026-05-01, returning 2026-05-08")


def test_empty_search():
    """Search flights with nothing filled -> 'fix 4 fields below', departure airport err"""
    I.go_to("/flights/")
    I.click("Search flights")
    I.see("We couldn't search yet: fix 4 fields below.")
    I.see("Choose a departure airport.")


def test_unknown_airport():
    """from = 'Gotham' isn't an airport -> 'Choose a departure airport from the list.'"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Gotham")
    I.fill("To", "Paris")
    I.fill("Depart", "2026-04-02")
    I.click("Search flights")
    I.see("Choose a departure airport from the list.")
    I.dont_see("flights from Gotham")


def test_same_airports():
    """[search] Berlin to Berlin shouldn't be allowed"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Berlin")
    I.fill("To", "BER")
    I.fill("Depart", "2026-04-02")
    I.click("Search flights")
    I.see("Choose a destination different from the departure airport.")


def test_depart_in_past():
    """depart 2026-03-01 (before today, 14 mar) -> can't be in the past"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Madrid")
    I.fill("To", "Vienna")
    I.fill("Depart", "2026-03-01")
    I.click("Search flights")
    I.see("The depart date can't be in the past.")


def test_depart_bad_format():
    """depart typed as 10/04/2026 -> 'Enter the date as YYYY-MM-DD.'"""
    I.go_to("/flights/")
    I.fill("Depart", "10/04/2026")
    I.click("Search flights")
    I.see("Enter the date as YYYY-MM-DD.")


def test_depart_next_year():
    """2027-01-05 too far out -> Flights are on sale until 2026-12-31."""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Athens")
    I.fill("To", "Oslo")
    I.fill("Depart", "2027-01-05")
    I.click("Search flights")
    I.see("Flights are on sale until 2026-12-31.")


def test_return_before_depart():
    """return 2026-06-01 but depart 2026-06-10 -> err 'return date must be on or after the depart date'"""
    I.go_to("/flights/")
    I.fill("From", "Prague")
    I.fill("To", "Milan")
    I.fill("Depart", "2026-06-10")
    I.fill("Return", "2026-06-01")
    I.click("Search flights")
    I.see("The return date must be on or after the depart date.")


def test_multi_city_note():
    """trip type Multi-city -> note about travel team, 0800 555 0199"""
    I.go_to("/flights/")
    I.click("Multi-city")
    I.see("Multi-city trips are booked by our travel team.")


def test_multi_city_search():
    """multi-city then Search flights -> can't be booked online msg"""
    I.go_to("/flights/")
    I.click("Multi-city")
    I.click("Search flights")
    I.see("Multi-city trips can't be booked online. Call 0800 555 0199.")


def test_one_way_hides_return():
    """pick One way -> Return date field goes away"""
    I.go_to("/flights/")
    I.click("One way")
    I.dont_see("Return")


def test_promo_valid_lowercase():
    """promo 'spring26' in lower case should still work -> SPRING26 applied: 10% off every fare. cheapest oslo->rome = $74"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.fill("Promo code", "spring26")
    I.click("Search flights")
    I.see("SPRING26 applied: 10% off every fare.")
    I.see("$74")


def test_promo_invalid():
    """promo FREEFLIGHT -> 'This promo code isn't valid.', no results"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.fill("Promo code", "FREEFLIGHT")
    I.click("Search flights")
    I.see("This promo code isn't valid.")
    I.dont_see("5 flights from Oslo to Rome")


def test_business_price():
    """ams -> athens one way 2026-07-01, cabin Business -> cheapest fare $297 (3x)"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Amsterdam")
    I.fill("To", "Athens")
    I.fill("Depart", "2026-07-01")
    I.select("Cabin", "Business")
    I.click("Search flights")
    I.see("$297")


def test_select_flight_summary():
    """oslo->rome one way 04-10, Select the Northjet NJ 948 -> trip: '... at 11:31. 1 passenger, Economy: $82 total.'"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    with I.within("Northjet NJ 948"):
        I.click("Select")
    I.see("Northjet NJ 948, Oslo to Rome on 2026-04-10 at 11:31. 1 passenger, Economy: $82 total.")


def test_two_passengers_total():
    """+ passenger (2 pax), dublin->lisbon one way 2026-05-01, select pinecrest PC 915 => $224 total"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Lisbon")
    I.fill("Depart", "2026-05-01")
    I.click("Add passenger")
    I.click("Search flights")
    with I.within("Pinecrest Air PC 915"):
        I.click("Select")
    I.see("2 passengers, Economy: $224 total.")


def test_continue_fare_held():
    """after selecting a flight, Continue to passenger details -> 'Fare held for 20 minutes.'"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Paris")
    I.fill("To", "Berlin")
    I.fill("Depart", "2026-04-20")
    I.click("Search flights")
    I.click("Select", near="Bluewing BW 768")
    I.click("Continue to passenger details")
    I.see("Fare held for 20 minutes. Passenger details come next.")


def test_change_flight():
    """select a flight then Change flight -> trip summary gone"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Paris")
    I.fill("To", "Berlin")
    I.fill("Depart", "2026-04-20")
    I.click("Search flights")
    I.click("Select", near="Meridian MD 485")
    I.click("Change flight")
    I.dont_see("Continue to passenger details")


def test_airline_filter():
    """preferred airline Northjet on oslo->rome -> only 2 flights"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.fill("Preferred airline", "Northjet")
    I.click("Search flights")
    I.see("2 flights from Oslo to Rome")
    I.dont_see("Coastal Air")


def test_airline_no_flights():
    """Meridian doesn't fly oslo->rome => 'No Meridian flights from Oslo to Rome. Clear the airline to see all 5 flights.'"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.fill("Preferred airline", "Meridian")
    I.click("Search flights")
    I.see("No Meridian flights from Oslo to Rome. Clear the airline to see all 5 flights.")


def test_swap():
    """from Vienna to Prague, Swap airports -> from = Prague, to = Vienna"""
    I.go_to("/flights/")
    I.fill("From", "Vienna")
    I.fill("To", "Prague")
    I.click("Swap airports")
    I.see_value("From", "Prague")
    I.see_value("To", "Vienna")


def test_clear_search():
    """do a search then Clear search -> results gone, From box empty"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.click("Clear search")
    I.dont_see("5 flights from Oslo to Rome")
    I.see_value("From", "")


def test_flexible_dates():
    """flexible dates on, search oslo->rome 04-10 -> '±3 days', cheapest $75"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.click("Flexible dates")
    I.click("Search flights")
    I.see("on 2026-04-10 ±3 days")
    I.see("$75")


def test_flexible_switch_label():
    """flexible dates switch click -> says On"""
    I.go_to("/flights/")
    I.click("Flexible dates")
    I.see("On", near="Flexible dates")
    I.see_value("Flexible dates", "checked")


def test_from_combobox_pick():
    """type 'par' in From, pick Paris (CDG) from dropdown -> field = Paris (CDG)"""
    I.go_to("/flights/")
    I.fill("From", "par")
    I.click("Paris (CDG)")
    I.see_value("From", "Paris (CDG)")


def test_from_combobox_no_match():
    """From: 'zzz' -> dropdown says No matches"""
    I.go_to("/flights/")
    I.fill("From", "zzz")
    I.see("No matches")


def test_date_picker_pick():
    """calendar btn for depart, click 20 -> depart = 2026-03-20"""
    I.go_to("/flights/")
    I.click("Choose depart date")
    I.click("20")
    I.see_value("Depart", "2026-03-20")


def test_date_picker_next_month():
    """depart calendar › next month => April 2026"""
    I.go_to("/flights/")
    I.click("Choose depart date")
    I.click("Next month")
    I.see("April 2026")


def test_date_picker_escape():
    """open return date picker, Esc -> dialog closed"""
    I.go_to("/flights/")
    I.click("Choose return date")
    I.see("Choose return date")
    I.press("Escape")
    I.dont_see("Page Up and Page Down change the month")


def test_passengers_cap():
    """passengers box type 12 then tab -> capped at 9"""
    I.go_to("/flights/")
    I.fill("Passengers", "12")
    I.press("Tab")
    I.see_value("Passengers", "9")


def test_passengers_arrow_up():
    """passengers field, ArrowUp twice -> 3"""
    I.go_to("/flights/")
    I.click("Passengers")
    I.press("ArrowUp")
    I.press("ArrowUp")
    I.see_value("Passengers", "3")


def test_sort_earliest():
    """madrid->vienna one way 2026-05-15, sort Earliest departure -> AU 836 08:15 listed"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Madrid")
    I.fill("To", "Vienna")
    I.fill("Depart", "2026-05-15")
    I.click("Search flights")
    I.select("Sort by", "Earliest departure")
    I.see("08:15 – 11:25")


def test_promo_weekend15():
    """WEEKEND15 code -> '15% off every fare' msg on search"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Lisbon")
    I.fill("Depart", "2026-05-01")
    I.fill("Promo code", "weekend15")
    I.click("Search flights")
    I.see("WEEKEND15 applied: 15% off every fare.")


def test_destination_missing():
    """one way, from Oslo, no destination -> 'Choose a destination.'"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.see("Choose a destination.")
    I.see("We couldn't search yet: fix 1 field below.")


def test_remove_passenger():
    """+ passenger twice then − once => 2"""
    I.go_to("/flights/")
    I.click("Add passenger")
    I.click("Add passenger")
    I.click("Remove passenger")
    I.see_value("Passengers", "2")
