"""Skyhop flight booker: comboboxes, date picker dialog, spin button, radios, switch, search and errors."""

import pytest
from playwright.sync_api import Page, expect

from testgen import I

pytestmark = pytest.mark.browser


@pytest.fixture
def flights(page: Page, sites_url: str) -> Page:
    page.goto(f"{sites_url}/flights/")
    return page


def prices(page: Page) -> list[int]:
    """The per-passenger fares listed, top to bottom ("$129 per passenger" -> 129)."""
    return [int(t.split("$")[1].split("per")[0]) for t in page.locator(".flight__price").all_inner_texts()]


def pick_date(page: Page, opener: str, day: str) -> None:
    page.get_by_role("button", name=opener).click()
    page.get_by_role("dialog").get_by_role("gridcell", name=day, exact=True).click()


def test_airport_combobox_filters_as_you_type_and_enter_picks(flights: Page) -> None:
    box = flights.get_by_role("combobox", name="From")
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press_sequentially("b")
    listbox = flights.get_by_role("listbox", name="Departure airports")
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(listbox.get_by_role("option")).to_have_text(["Barcelona (BCN)Spain", "Berlin (BER)Germany"])
    flights.keyboard.press("ArrowDown")
    flights.keyboard.press("ArrowDown")
    active = listbox.get_by_role("option", name="Berlin (BER)")
    expect(box).to_have_attribute("aria-activedescendant", active.get_attribute("id"))
    expect(box).to_be_focused()
    flights.keyboard.press("ArrowDown")  # wraps to the first option
    first_id = listbox.get_by_role("option").first.get_attribute("id")
    expect(box).to_have_attribute("aria-activedescendant", first_id)
    flights.keyboard.press("Enter")
    expect(box).to_have_value("Barcelona (BCN)")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(flights.get_by_role("status").first).to_have_text("Search to see flights.")  # Enter did not submit


def test_airport_combobox_matches_country_and_escape_closes_then_clears(flights: Page) -> None:
    box = flights.get_by_role("combobox", name="To")
    box.fill("spain")
    options = flights.get_by_role("listbox", name="Arrival airports").get_by_role("option")
    expect(options).to_have_count(2)
    flights.keyboard.press("Escape")
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).to_have_value("spain")
    flights.keyboard.press("Escape")
    expect(box).to_have_value("")
    box.fill("zzz")
    expect(flights.get_by_text("No matches")).to_be_visible()
    flights.keyboard.press("Alt+ArrowDown")
    expect(box).not_to_have_attribute("aria-activedescendant", "")


def test_airport_combobox_by_mouse(flights: Page) -> None:
    box = flights.get_by_role("combobox", name="To")
    box.click()
    options = flights.get_by_role("listbox", name="Arrival airports").get_by_role("option")
    expect(options).to_have_count(14)
    options.filter(has_text="Rome (FCO)").click()
    expect(box).to_have_value("Rome (FCO)")
    expect(box).to_be_focused()
    box.click()
    expect(flights.get_by_role("option", name="Rome (FCO)")).to_have_attribute("aria-selected", "true")
    flights.get_by_role("heading", name="Where to next?").click()  # leaving the field closes the list
    expect(box).to_have_attribute("aria-expanded", "false")


def test_airline_combobox_completes_inline(flights: Page) -> None:
    box = flights.get_by_role("combobox", name="Preferred airline")
    expect(box).to_have_attribute("aria-autocomplete", "both")
    box.press_sequentially("Bl")
    expect(box).to_have_value("Bluewing")
    assert box.evaluate("n => n.value.slice(n.selectionStart, n.selectionEnd)") == "uewing"
    flights.keyboard.press("Enter")
    expect(box).to_have_value("Bluewing")
    expect(box).to_have_attribute("aria-expanded", "false")
    box.fill("")
    box.press_sequentially("Me")
    flights.keyboard.press("Backspace")  # deletes the completed part, then nothing is completed
    expect(box).to_have_value("Me")
    flights.keyboard.press("ArrowDown")
    expect(box).to_have_value("Meridian")
    flights.keyboard.press("Tab")
    expect(box).to_have_value("Meridian")
    expect(flights.get_by_label("Promo code")).to_be_focused()


def test_trip_type_radio_group_keyboard_and_mouse(flights: Page) -> None:
    round_trip = flights.get_by_role("radio", name="Round trip")
    one_way = flights.get_by_role("radio", name="One way")
    expect(round_trip).to_have_attribute("aria-checked", "true")
    round_trip.focus()
    flights.keyboard.press("ArrowRight")
    expect(one_way).to_be_focused()
    expect(one_way).to_have_attribute("aria-checked", "true")
    expect(round_trip).to_have_attribute("tabindex", "-1")
    expect(flights.get_by_role("textbox", name="Return")).to_be_hidden()
    flights.keyboard.press("ArrowLeft")
    flights.keyboard.press("ArrowLeft")  # wraps to the last radio
    expect(flights.get_by_role("radio", name="Multi-city")).to_have_attribute("aria-checked", "true")
    expect(flights.get_by_text("Multi-city trips are booked by our travel team.")).to_be_visible()
    round_trip.click()
    expect(round_trip).to_have_attribute("aria-checked", "true")
    expect(flights.get_by_role("textbox", name="Return")).to_be_visible()
    expect(flights.get_by_text("Multi-city trips are booked by our travel team.")).to_be_hidden()


def test_passenger_spin_button(flights: Page) -> None:
    spin = flights.get_by_role("spinbutton", name="Passengers")
    expect(spin).to_have_attribute("aria-valuenow", "1")
    expect(flights.get_by_role("button", name="Remove passenger")).to_be_disabled()
    spin.focus()
    flights.keyboard.press("ArrowUp")
    flights.keyboard.press("ArrowUp")
    expect(spin).to_have_value("3")
    expect(spin).to_have_attribute("aria-valuetext", "3 passengers")
    flights.keyboard.press("End")
    expect(spin).to_have_attribute("aria-valuenow", "9")
    expect(flights.get_by_role("button", name="Add passenger")).to_be_disabled()
    flights.keyboard.press("ArrowUp")
    expect(spin).to_have_value("9")
    flights.keyboard.press("PageDown")
    expect(spin).to_have_value("6")
    flights.keyboard.press("Home")
    expect(spin).to_have_value("1")
    flights.keyboard.press("ArrowDown")
    expect(spin).to_have_value("1")
    flights.get_by_role("button", name="Add passenger").click()
    expect(spin).to_have_attribute("aria-valuetext", "2 passengers")
    spin.fill("42")
    spin.blur()
    expect(spin).to_have_value("9")


def test_flexible_dates_switch(flights: Page) -> None:
    switch = flights.get_by_role("switch", name="Flexible dates")
    expect(switch).to_have_attribute("aria-checked", "false")
    switch.click()
    expect(switch).to_have_attribute("aria-checked", "true")
    expect(switch).to_have_text("On")
    flights.keyboard.press("Space")
    expect(switch).to_have_attribute("aria-checked", "false")
    flights.keyboard.press("Enter")
    expect(switch).to_have_text("On")


def test_date_picker_by_keyboard(flights: Page) -> None:
    opener = flights.get_by_role("button", name="Choose depart date")
    opener.focus()
    flights.keyboard.press("Enter")
    dialog = flights.get_by_role("dialog", name="Choose depart date")
    expect(dialog).to_be_visible()
    expect(dialog).to_have_attribute("aria-modal", "true")
    today = dialog.get_by_role("gridcell", name="14", exact=True)
    expect(today).to_be_focused()
    expect(today).to_have_attribute("aria-current", "date")
    expect(dialog.get_by_role("gridcell", name="13", exact=True)).to_have_attribute("aria-disabled", "true")
    flights.keyboard.press("ArrowLeft")  # yesterday is not bookable
    expect(today).to_be_focused()
    flights.keyboard.press("ArrowRight")
    flights.keyboard.press("ArrowDown")
    expect(dialog.get_by_role("gridcell", name="22", exact=True)).to_be_focused()
    flights.keyboard.press("Home")
    expect(dialog.get_by_role("gridcell", name="16", exact=True)).to_be_focused()
    flights.keyboard.press("End")
    expect(dialog.get_by_role("gridcell", name="22", exact=True)).to_be_focused()
    flights.keyboard.press("PageDown")
    expect(dialog.get_by_text("April 2026")).to_be_visible()
    expect(dialog.get_by_role("gridcell", name="22", exact=True)).to_be_focused()
    flights.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    expect(flights.get_by_role("textbox", name="Depart")).to_have_value("2026-04-22")
    expect(opener).to_be_focused()
    flights.keyboard.press("Enter")
    expect(dialog.get_by_role("gridcell", name="22", exact=True)).to_have_attribute("aria-selected", "true")
    flights.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(flights.get_by_role("textbox", name="Depart")).to_have_value("2026-04-22")
    expect(opener).to_be_focused()


def test_date_picker_by_mouse_traps_focus_and_limits_return(flights: Page) -> None:
    flights.get_by_role("button", name="Choose depart date").click()
    dialog = flights.get_by_role("dialog", name="Choose depart date")
    expect(dialog.get_by_role("button", name="Previous month")).to_be_disabled()
    dialog.get_by_role("button", name="Next month").click()
    expect(dialog.get_by_text("April 2026")).to_be_visible()
    dialog.get_by_role("gridcell", name="10", exact=True).click()
    expect(flights.get_by_role("textbox", name="Depart")).to_have_value("2026-04-10")

    flights.get_by_role("button", name="Choose return date").click()
    dialog = flights.get_by_role("dialog", name="Choose return date")
    expect(dialog.get_by_role("gridcell", name="10", exact=True)).to_be_focused()
    expect(dialog.get_by_role("gridcell", name="9", exact=True)).to_have_attribute("aria-disabled", "true")
    dialog.get_by_role("gridcell", name="9", exact=True).click(force=True)  # disabled: nothing happens
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("button", name="Previous month")).to_be_disabled()  # April is the first month
    for name in ["Cancel", "Next month"]:
        flights.keyboard.press("Tab")
        expect(dialog.get_by_role("button", name=name)).to_be_focused()
    flights.keyboard.press("Tab")
    expect(dialog.get_by_role("gridcell", name="10", exact=True)).to_be_focused()
    flights.keyboard.press("Shift+Tab")
    expect(dialog.get_by_role("button", name="Next month")).to_be_focused()
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_be_hidden()
    expect(flights.get_by_role("textbox", name="Return")).to_have_value("")


def test_empty_search_shows_alert_and_inline_errors(flights: Page) -> None:
    flights.get_by_role("button", name="Search flights").click()
    expect(flights.get_by_role("alert")).to_have_text("We couldn't search yet: fix 4 fields below.")
    for message in ["Choose a departure airport.", "Choose a destination.", "Choose a depart date.",
                    "Choose a return date."]:
        expect(flights.get_by_text(message, exact=True)).to_be_visible()
    expect(flights.get_by_role("combobox", name="From")).to_be_focused()
    expect(flights.get_by_role("combobox", name="From")).to_have_attribute("aria-invalid", "true")
    flights.get_by_role("radio", name="One way").click()
    flights.get_by_role("combobox", name="From").fill("Oslo")
    flights.get_by_role("combobox", name="To").fill("oslo")
    flights.get_by_role("textbox", name="Depart").fill("2026-02-30")
    flights.get_by_label("Promo code").fill("free")
    flights.get_by_role("button", name="Search flights").click()
    expect(flights.get_by_role("alert")).to_have_text("We couldn't search yet: fix 3 fields below.")
    expect(flights.get_by_text("Choose a destination different from the departure airport.")).to_be_visible()
    expect(flights.get_by_text("Enter the date as YYYY-MM-DD.")).to_be_visible()
    expect(flights.get_by_text("This promo code isn't valid.")).to_be_visible()
    expect(flights.get_by_text("Choose a departure airport.", exact=True)).to_be_hidden()
    flights.get_by_role("button", name="Clear search").click()
    expect(flights.get_by_text("We couldn't search yet")).to_be_hidden()
    expect(flights.get_by_role("combobox", name="From")).to_have_value("")


def test_search_lists_sorted_flights_and_selecting_one_totals_the_trip(flights: Page) -> None:
    flights.get_by_role("combobox", name="From").fill("Lisbon (LIS)")
    flights.get_by_role("combobox", name="To").fill("BER")
    pick_date(flights, "Choose depart date", "20")
    flights.get_by_role("textbox", name="Return").fill("2026-03-18")
    flights.get_by_role("button", name="Search flights").click()
    expect(flights.get_by_text("The return date must be on or after the depart date.")).to_be_visible()
    flights.get_by_role("textbox", name="Return").fill("2026-03-27")
    flights.get_by_role("spinbutton", name="Passengers").fill("2")
    flights.get_by_role("button", name="Search flights").click()
    status = flights.locator("#results-status")
    expect(status).to_have_text("5 flights from Lisbon to Berlin on 2026-03-20, returning 2026-03-27")
    listed = prices(flights)
    assert listed == sorted(listed) and len(listed) == 5
    flights.get_by_label("Sort by").select_option(label="Shortest duration")
    durations = flights.locator(".flight__duration").all_inner_texts()
    assert durations == sorted(durations)
    first = flights.get_by_role("listitem").first
    name = first.get_attribute("aria-label")
    each = prices(flights)[0]
    first.get_by_role("button", name="Select").click()
    trip = flights.get_by_role("region", name="Your trip")
    expect(trip).to_contain_text(f"{name}, Lisbon to Berlin on 2026-03-20")
    expect(trip).to_contain_text(f"2 passengers, Economy: ${each * 2} total.")
    expect(flights.get_by_role("button", name="Continue to passenger details")).to_be_focused()
    flights.keyboard.press("Enter")
    expect(trip.get_by_role("status")).to_have_text("Fare held for 20 minutes. Passenger details come next.")
    trip.get_by_role("button", name="Change flight").click()
    expect(trip).to_be_hidden()


def test_promo_flexible_airline_and_multi_city_change_the_outcome(flights: Page) -> None:
    flights.get_by_role("radio", name="One way").click()
    flights.get_by_role("combobox", name="From").fill("DUB")
    flights.get_by_role("combobox", name="To").fill("VIE")
    flights.get_by_role("textbox", name="Depart").fill("2026-05-01")
    flights.get_by_role("button", name="Search flights").click()
    cheapest = prices(flights)[0]
    flights.get_by_label("Promo code").fill("spring26")
    flights.get_by_role("switch", name="Flexible dates").click()
    flights.get_by_role("button", name="Search flights").click()
    expect(flights.get_by_text("SPRING26 applied: 10% off every fare.")).to_be_visible()
    status = flights.locator("#results-status")
    expect(status).to_have_text("5 flights from Dublin to Vienna on 2026-05-01 ±3 days")
    assert prices(flights)[0] < cheapest
    airlines = ["Aurora Airways", "Bluewing", "Coastal Air", "Meridian", "Northjet", "Pinecrest Air"]
    missing = [a for a in airlines if not flights.get_by_role("listitem").filter(has_text=a).count()]
    flights.get_by_role("combobox", name="Preferred airline").fill(missing[0])
    flights.get_by_role("button", name="Search flights").click()
    expect(status).to_have_text(
        f"No {missing[0]} flights from Dublin to Vienna. Clear the airline to see all 5 flights.")
    flights.get_by_role("radio", name="Multi-city").click()
    flights.get_by_role("button", name="Search flights").click()
    expect(flights.get_by_role("alert")).to_have_text(
        "Multi-city trips can't be booked online. Call 0800 555 0199.")


# ---- the same widgets driven by testgen's runtime ---------------------------------------------------------

def test_i_books_a_flight(flights: Page) -> None:
    I.click("One way")
    I.fill("From", "Paris")
    I.click("Paris (CDG)")
    I.fill("To", "Rome")
    I.press("ArrowDown")
    I.press("Enter")
    I.see_value("To", "Rome (FCO)")
    I.fill("Depart", "2026-06-02")
    I.fill("Passengers", "3")
    I.select("Cabin", "Business")
    I.click("Search flights")
    I.see("5 flights from Paris to Rome on 2026-06-02")
    I.click("Select", near="Results")
    I.see("3 passengers, Business")
    I.click("Continue to passenger details")
    I.see("Fare held for 20 minutes.")


def test_i_sees_errors(flights: Page) -> None:
    I.click("Search flights")
    I.see("We couldn't search yet: fix 4 fields below.")
    I.see("Choose a destination.")
    I.click("Multi-city")
    I.see("Call 0800 555 0199")
    I.click("Add passenger")
    I.see_value("Passengers", "2")


def test_i_picks_a_date_in_the_picker(flights: Page) -> None:
    I.click("Choose depart date")
    with I.within("Choose depart date"):
        I.click("Next month")
        I.see("April 2026")
        I.click("20")
    I.see_value("Depart", "2026-04-20")


def test_i_selects_an_airport_from_the_combobox(flights: Page) -> None:
    I.select("From", "Lisbon (LIS)")
    I.see_value("From", "Lisbon (LIS)")
    I.select("Preferred airline", "Northjet")
    I.see_value("Preferred airline", "Northjet")


def test_i_checks_the_flexible_dates_switch(flights: Page) -> None:
    I.check("Flexible dates")
    I.see_value("Flexible dates", "on")
    I.uncheck("Flexible dates")
    I.see_value("Flexible dates", "off")
