"""flights: tasks written by w5."""

from testgen import I


def test_round_trip_search():
    """Scenario: round trip search
Given I am on the flights page
When I fill "From" with "Oslo" and "To" with "Rome"
And I enter Depart "2026-04-10" and Return "2026-04-17"
And I click "Search flights"
Then I should see "5 flights from Oslo to Rome on 2026-04-10, returning 2026-04-17\""""
    I.go_to("/flights/")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.fill("Return", "2026-04-17")
    I.click("Search flights")
    I.see("5 flights from Oslo to Rome on 2026-04-10, returning 2026-04-17")


def test_one_way_search():
    """Given I'm on Skyhop
When I choose "One way", search from "Lisbon" to "Berlin" departing "2026-05-02"
Then the results say "5 flights from Lisbon to Berlin on 2026-05-02"
and the Return field should not be shown"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Berlin")
    I.fill("Depart", "2026-05-02")
    I.click("Search flights")
    I.see("5 flights from Lisbon to Berlin on 2026-05-02")
    I.dont_see("Return")


def test_empty_search_errors():
    """Scenario: search with nothing filled
When I click "Search flights" straight away
Then I should see "We couldn't search yet: fix 4 fields below."
And "Choose a departure airport.\""""
    I.go_to("/flights/")
    I.click("Search flights")
    I.see("We couldn't search yet: fix 4 fields below.")
    I.see("Choose a departure airport.")


def test_same_airport_error():
    """Given I am on the flights page
When I pick "Paris" as From and "Paris" as To and search
Then I see "Choose a destination different from the departure airport.\""""
    I.go_to("/flights/")
    I.fill("From", "Paris")
    I.fill("To", "Paris")
    I.click("Search flights")
    I.see("Choose a destination different from the departure airport.")


def test_unknown_city_error():
    """When I type "Gotham" into From and search
Then it says "Choose a departure airport from the list.\""""
    I.go_to("/flights/")
    I.fill("From", "Gotham")
    I.click("Search flights")
    I.see("Choose a departure airport from the list.")


def test_past_depart_date():
    """Scenario: depart in the past
Given I enter "2026-03-01" as the Depart date
When I click Search flights
Then I should see "The depart date can't be in the past.\""""
    I.go_to("/flights/")
    I.fill("Depart", "2026-03-01")
    I.click("Search flights")
    I.see("The depart date can't be in the past.")


def test_bad_date_format():
    """when I put "10/04/2026" in Depart and press Search flights
then I see "Enter the date as YYYY-MM-DD.\""""
    I.go_to("/flights/")
    I.fill("Depart", "10/04/2026")
    I.click("Search flights")
    I.see("Enter the date as YYYY-MM-DD.")


def test_return_before_depart():
    """Scenario: return before depart
Given From "Oslo", To "Rome", Depart "2026-04-10" and Return "2026-04-05"
When I search
Then I should see "The return date must be on or after the depart date."
and no flights are listed: "5 flights from Oslo to Rome" should not appear"""
    I.go_to("/flights/")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.fill("Return", "2026-04-05")
    I.click("Search flights")
    I.see("The return date must be on or after the depart date.")
    I.dont_see("5 flights from Oslo to Rome")


def test_date_after_sale_end():
    """When I enter a depart date of "2027-01-15" and search
Then I should see "Flights are on sale until 2026-12-31.\""""
    I.go_to("/flights/")
    I.fill("Depart", "2027-01-15")
    I.click("Search flights")
    I.see("Flights are on sale until 2026-12-31.")


def test_multi_city_note():
    """Scenario: multi-city
When I choose "Multi-city"
Then I should see "Multi-city trips are booked by our travel team.\""""
    I.go_to("/flights/")
    I.click("Multi-city")
    I.see("Multi-city trips are booked by our travel team.")


def test_multi_city_search_blocked():
    """Given Multi-city is selected
When I click Search flights
Then the alert says "Multi-city trips can't be booked online. Call 0800 555 0199.\""""
    I.go_to("/flights/")
    I.click("Multi-city")
    I.click("Search flights")
    I.see("Multi-city trips can't be booked online. Call 0800 555 0199.")


def test_swap_airports():
    """Scenario: Swap airports
Given From is "Dublin" and To is "Athens"
When I click "Swap airports"
Then From shows "Athens" and To shows "Dublin\""""
    I.go_to("/flights/")
    I.fill("From", "Dublin")
    I.fill("To", "Athens")
    I.click("Swap airports")
    I.see_value("From", "Athens")
    I.see_value("To", "Dublin")


def test_add_passengers():
    """When I click "Add passenger" twice
then the Passengers box should say 3"""
    I.go_to("/flights/")
    I.click("Add passenger")
    I.click("Add passenger")
    I.see_value("Passengers", "3")


def test_flexible_switch():
    """Scenario: Flexible dates
When I click the "Flexible dates" switch
Then it shows "On\""""
    I.go_to("/flights/")
    I.click("Flexible dates")
    I.see("On", near="Flexible dates")
    I.dont_see("Off")


def test_select_cheapest_flight():
    """Given I searched Oslo to Rome one way on 2026-04-10
When I click "Select" on "Northjet NJ 948"
Then "Your trip" shows "Northjet NJ 948, Oslo to Rome on 2026-04-10 at 11:31. 1 passenger, Economy: $82 total.\""""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.click("Search flights")
    I.click("Select", near="Northjet NJ 948")
    I.see("Northjet NJ 948, Oslo to Rome on 2026-04-10 at 11:31. 1 passenger, Economy: $82 total.")


def test_valid_promo():
    """Scenario: promo code
Given a one way search Oslo → Rome on "2026-04-10"
And the Promo code "spring26"
When I search
Then I should see "SPRING26 applied: 10% off every fare."
And the cheapest fare is "$74\""""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.fill("Promo code", "spring26")
    I.click("Search flights")
    I.see("SPRING26 applied: 10% off every fare.")
    I.see("$74")


def test_invalid_promo():
    """When I enter promo code "FREEFLY" and hit Search flights
Then I see "This promo code isn't valid.\""""
    I.go_to("/flights/")
    I.fill("Promo code", "FREEFLY")
    I.click("Search flights")
    I.see("This promo code isn't valid.")


def test_airline_without_flights():
    """Scenario: preferred airline that doesn't fly the route
Given I search one way from Oslo to Rome on 2026-04-10 with Preferred airline "Bluewing"
Then I should see "No Bluewing flights from Oslo to Rome. Clear the airline to see all 5 flights.\""""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.fill("Preferred airline", "Bluewing")
    I.click("Search flights")
    I.see("No Bluewing flights from Oslo to Rome. Clear the airline to see all 5 flights.")


def test_airline_filter_keeps_northjet():
    """Given a one-way Oslo to Rome search for 2026-04-10 with airline "Northjet"
Then I see "2 flights from Oslo to Rome on 2026-04-10"
And Coastal Air CA 286 should not be listed"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.fill("Preferred airline", "Northjet")
    I.click("Search flights")
    I.see("2 flights from Oslo to Rome on 2026-04-10")
    I.dont_see("Coastal Air CA 286")


def test_business_cabin_price():
    """Scenario: business class
Given one way Oslo to Rome on 2026-04-10
When I select Cabin "Business" and search, then pick Northjet NJ 948
Then the total says "Business: $246 total.\""""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.select("Cabin", "Business")
    I.click("Search flights")
    I.click("Select", near="Northjet NJ 948")
    I.see("Business: $246 total.")


def test_two_passengers_total():
    """given One way, Oslo to Rome, 2026-04-10 and 2 passengers
when I search and select the Northjet NJ 948 flight
then it should say "2 passengers, Economy: $164 total.\""""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.click("Add passenger")
    I.click("Search flights")
    I.click("Select", near="Northjet NJ 948")
    I.see("2 passengers, Economy: $164 total.")


def test_continue_to_passenger_details():
    """Scenario: hold the fare
Given I selected a flight from a one way Lisbon to Berlin search on 2026-05-02
When I click "Continue to passenger details"
Then I see "Fare held for 20 minutes. Passenger details come next.\""""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Berlin")
    I.fill("Depart", "2026-05-02")
    I.click("Search flights")
    I.click("Select", near="Aurora Airways AU 532")
    I.click("Continue to passenger details")
    I.see("Fare held for 20 minutes. Passenger details come next.")


def test_change_flight_hides_trip():
    """Given I picked Aurora Airways AU 532 from Lisbon to Berlin (one way, 2026-05-02)
When I click "Change flight"
Then the "Your trip" box should not be shown"""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Lisbon")
    I.fill("To", "Berlin")
    I.fill("Depart", "2026-05-02")
    I.click("Search flights")
    I.click("Select", near="Aurora Airways AU 532")
    I.click("Change flight")
    I.dont_see("Your trip")


def test_clear_search():
    """Scenario: Clear search
Given I typed "Vienna" in From and "Madrid" in To
When I click "Clear search"
Then both fields are empty"""
    I.go_to("/flights/")
    I.fill("From", "Vienna")
    I.fill("To", "Madrid")
    I.click("Clear search")
    I.see_value("From", "")
    I.see_value("To", "")


def test_flexible_in_results():
    """When I switch on Flexible dates and search one way Dublin to Athens for 2026-06-01
Then the results read "5 flights from Dublin to Athens on 2026-06-01 ±3 days\""""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Dublin")
    I.fill("To", "Athens")
    I.fill("Depart", "2026-06-01")
    I.click("Flexible dates")
    I.click("Search flights")
    I.see("5 flights from Dublin to Athens on 2026-06-01 ±3 days")


def test_airport_code_accepted():
    """Scenario: IATA codes
When I fill From with "LHR", To with "CDG", Depart with "2026-07-01", choose One way and search
Then I should see "flights from London Heathrow to Paris\""""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "LHR")
    I.fill("To", "CDG")
    I.fill("Depart", "2026-07-01")
    I.click("Search flights")
    I.see("5 flights from London Heathrow to Paris on 2026-07-01")


def test_calendar_cancel():
    """Given I open "Choose depart date"
Then the calendar dialog shows its keyboard hint
When I click Cancel
Then the calendar should not be visible anymore"""
    I.go_to("/flights/")
    I.click("Choose depart date")
    I.see("Arrow keys move between days, Page Up and Page Down change the month, Enter chooses.")
    I.click("Cancel")
    I.dont_see("Arrow keys move between days, Page Up and Page Down change the month, Enter chooses.")


def test_calendar_pick_day():
    """Scenario: pick a date from the calendar
When I click "Choose depart date" and pick the 20th
Then the Depart field has "2026-03-20\""""
    I.go_to("/flights/")
    I.click("Choose depart date")
    I.click("20")
    I.see_value("Depart", "2026-03-20")


def test_calendar_next_month():
    """Scenario: calendar paging
When I click "Choose depart date" and then "Next month"
Then the month shows "April 2026\""""
    I.go_to("/flights/")
    I.click("Choose depart date")
    I.click("Next month")
    I.see("April 2026")


def test_missing_return_date():
    """Given round trip is selected and From "Madrid", To "Milan", Depart "2026-05-20"
When I search without a return date
Then I see "Choose a return date.\""""
    I.go_to("/flights/")
    I.fill("From", "Madrid")
    I.fill("To", "Milan")
    I.fill("Depart", "2026-05-20")
    I.click("Search flights")
    I.see("Choose a return date.")
    I.see("We couldn't search yet: fix 1 field below.")


def test_remove_passenger_back_to_one():
    """Scenario: passengers down
When I click "Add passenger" three times and "Remove passenger" once
Then Passengers shows 3"""
    I.go_to("/flights/")
    I.click("Add passenger")
    I.click("Add passenger")
    I.click("Add passenger")
    I.click("Remove passenger")
    I.see_value("Passengers", "3")


def test_weekend_promo_first_class():
    """Given a one way Oslo to Rome search on 2026-04-10, cabin "First", promo "weekend15"
When I select Northjet NJ 948
Then the trip total is "$349\""""
    I.go_to("/flights/")
    I.click("One way")
    I.fill("From", "Oslo")
    I.fill("To", "Rome")
    I.fill("Depart", "2026-04-10")
    I.select("Cabin", "First")
    I.fill("Promo code", "weekend15")
    I.click("Search flights")
    I.click("Select", near="Northjet NJ 948")
    I.see("First: $349 total.")
