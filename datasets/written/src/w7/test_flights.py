"""flights: tasks written by w7."""

from testgen import I


def test_search_empty_form():
    """click Search flights with empty form, Expected: "We couldn't search yet: fix 4 fields below.\""""
    I.go_to("/flights/")
    I.click("Search flights", near="Clear search")
    I.see("We couldn't search yet: fix 4 fields below.")
    I.see("Choose a departure airport.")


def test_one_way_madrid_paris():
    """One way from Madrid to Paris, depart 2026-04-10, search. Result: 5 flights from Madrid to Paris on 2026-04-10"""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Madrid")
    I.fill("To", "Paris")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights", near="Clear search")
    I.see("5 flights from Madrid to Paris on 2026-04-10")


def test_same_airport_error():
    """put Lisbon in From and also Lisbon in To, one way, date 2026-05-01. system must not accept: "Choose a destination different from the departure airport.\""""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Lisbon")
    I.fill("Depart", "2026-05-01")
    I.click("Search flights", near="Clear search")
    I.see("Choose a destination different from the departure airport.")


def test_unknown_airport():
    """From = Valencia (not in list) -> after search must appear Choose a departure airport from the list."""
    I.go_to("/flights/")
    I.fill("From", "Valencia")
    I.click("Search flights", near="Clear search")
    I.see("Choose a departure airport from the list.")


def test_past_date():
    """1. one way 2. from Rome to Oslo 3. depart 2026-03-01 (past) 4. search
Expected: The depart date can't be in the past."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Rome")
    I.fill("To", "Oslo")
    I.fill("Depart", "2026-03-01")
    I.click("Search flights", near="Clear search")
    I.see("The depart date can't be in the past.")


def test_wrong_date_format():
    """write the depart date like 10/04/2026 , the error "Enter the date as YYYY-MM-DD." should be showed"""
    I.go_to("/flights/")
    I.fill("Depart", "10/04/2026")
    I.click("Search flights", near="Clear search")
    I.see("Enter the date as YYYY-MM-DD.")


def test_date_after_sale_end():
    """depart 2027-01-15 is too late. Verify message Flights are on sale until 2026-12-31."""
    I.go_to("/flights/")
    I.fill("Depart", "2027-01-15")
    I.click("Search flights", near="Clear search")
    I.see("Flights are on sale until 2026-12-31.")


def test_return_before_depart():
    """Round trip Berlin - Athens, depart 2026-06-10, return 2026-06-05, search -> The return date must be on or after the depart date."""
    I.go_to("/flights/")
    I.fill("From", "Berlin")
    I.fill("To", "Athens")
    I.fill("Depart", "2026-06-10")
    I.fill("Return", "2026-06-05")
    I.click("Search flights", near="Clear search")
    I.see("The return date must be on or after the depart date.")


def test_round_trip_results():
    """search round trip Dublin to Prague, 2026-07-01 and back 2026-07-08. Expected text "from Dublin to Prague on 2026-07-01, returning 2026-07-08\""""
    I.go_to("/flights/")
    I.fill("From", "Dublin")
    I.fill("To", "Prague")
    I.fill("Depart", "2026-07-01")
    I.fill("Return", "2026-07-08")
    I.click("Search flights", near="Clear search")
    I.see("from Dublin to Prague on 2026-07-01, returning 2026-07-08")


def test_multi_city_not_online():
    """select Multi-city and search. must appear "Multi-city trips can't be booked online. Call 0800 555 0199.\""""
    I.go_to("/flights/")
    I.check("Multi-city")
    I.click("Search flights", near="Clear search")
    I.see("Multi-city trips can't be booked online. Call 0800 555 0199.")


def test_invalid_promo():
    """promo code FREE100 is not valid, verify that appears This promo code isn't valid."""
    I.go_to("/flights/")
    I.fill("Promo code", "FREE100")
    I.click("Search flights", near="Clear search")
    I.see("This promo code isn't valid.")


def test_promo_lowercase_ok():
    """codes are case insensitive: put spring26 in small letters, one way Vienna to Milan 2026-04-20, search. Expected: SPRING26 applied: 10% off every fare."""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Vienna")
    I.fill("To", "Milan")
    I.fill("Depart", "2026-04-20")
    I.fill("Promo code", "spring26")
    I.click("Search flights", near="Clear search")
    I.see("SPRING26 applied: 10% off every fare.")
    I.dont_see("This promo code isn't valid.")


def test_add_passenger():
    """make click two times on Add passenger, the Passengers value must be 3"""
    I.go_to("/flights/")
    I.click("Add passenger")
    I.click("Add passenger")
    I.see_value("Passengers", "3")


def test_flexible_dates_text():
    """turn on Flexible dates, one way Amsterdam to Barcelona on 2026-05-05 and search; results say "on 2026-05-05 ±3 days\""""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Amsterdam")
    I.fill("To", "Barcelona")
    I.fill("Depart", "2026-05-05")
    I.check("Flexible dates")
    I.click("Search flights", near="Clear search")
    I.see("on 2026-05-05 ±3 days")


def test_select_flight_hold():
    """search one way Paris to Rome 2026-04-02, click Select on first flight. Expected: the trip summary shows "1 passenger, Economy\""""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "Paris")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-02")
    I.click("Search flights", near="Clear search")
    I.click("Select")
    I.see("1 passenger, Economy")


def test_two_passengers_business():
    """2 passengers in Business cabin, one way London Heathrow to Oslo 2026-09-12, search and Select the first flight. The summary must say "2 passengers, Business\""""
    I.go_to("/flights/")
    I.check("One way")
    I.fill("From", "London Heathrow")
    I.fill("To", "Oslo")
    I.fill("Depart", "2026-09-12")
    I.click("Add passenger")
    I.select("Cabin", "Business")
    I.click("Search flights", near="Clear search")
    I.click("Select")
    I.see("2 passengers, Business")


def test_swap_airports():
    """From Athens To Madrid, make click on Swap airports -> From field is Madrid now"""
    I.go_to("/flights/")
    I.fill("From", "Athens")
    I.fill("To", "Madrid")
    I.click("Swap airports")
    I.see_value("From", "Madrid")
    I.see_value("To", "Athens")
