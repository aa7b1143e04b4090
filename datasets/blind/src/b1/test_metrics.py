"""metrics: tasks written by b1."""

from testgen import I


def test_last_seven_days_range():
    """Switch the date range to Last 7 days. Orders card should drop to 11, revenue to $2,341.59, and the table says Showing 1–10 of 11 orders."""
    I.go_to("/metrics/")
    I.select("Date range", "Last 7 days")
    I.see("11")
    I.see("$2,341.59")
    I.see("Showing 1–10 of 11 orders")


def test_region_north_filter():
    """Region = North -> cards recalculated for North only: revenue $2,283.73 from 10 paid orders, 12 orders listed"""
    I.go_to("/metrics/")
    I.select("Region", "North")
    I.see("$2,283.73")
    I.see("From 10 paid orders · Last 30 days · North")
    I.see("Showing 1–10 of 12 orders")


def test_all_time_range():
    """can you check the All time range? should show all 60 orders over 6 pages"""
    I.go_to("/metrics/")
    I.select("Date range", "All time")
    I.see("Showing 1–10 of 60 orders")
    I.see("Page 1 of 6")


def test_search_by_customer_name():
    """Search orders for "kofi".
Expected: only Kofi Mensah's 4 orders are left ("Showing 1–4 of 4 orders"); other customers such as Ada Okafor are no longer in the table."""
    I.go_to("/metrics/")
    I.fill("Search orders", "kofi")
    I.see("Showing 1–4 of 4 orders")
    I.see("Kofi Mensah")
    I.dont_see("Ada Okafor")


def test_search_without_match():
    """Given the orders table
When I search for "Zoltan"
Then the table is replaced by "No orders match your filters." and the count line reads Showing 0 orders"""
    I.go_to("/metrics/")
    I.fill("Search orders", "Zoltan")
    I.see("No orders match your filters.")
    I.see("Showing 0 orders")


def test_clear_filters_button():
    """1. Pick region West
2. Search orders for xyz so nothing matches
3. Click Clear filters
Expected: no more "No orders match" message, all 45 orders back and the region dropdown back on All regions"""
    I.go_to("/metrics/")
    I.select("Region", "West")
    I.fill("Search orders", "xyz")
    I.click("Clear filters")
    I.dont_see("No orders match your filters.")
    I.see("Showing 1–10 of 45 orders")
    I.see_value("Region", "All regions")


def test_sort_by_total_ascending():
    """Click the Total column header once - cheapest orders first, so the $46.82 order (#1015) should now be on the first page"""
    I.go_to("/metrics/")
    I.click("Total")
    I.see("$46.82")
    I.see("#1015")


def test_next_page():
    """Next in the pager -> Showing 11–20 of 45 orders, Page 2 of 5"""
    I.go_to("/metrics/")
    I.click("Next")
    I.see("Showing 11–20 of 45 orders")
    I.see("Page 2 of 5")


def test_open_order_details():
    """Open order #1042 from the table. A side panel titled "Order #1042" should show Kofi's email, kofi@example.com."""
    I.go_to("/metrics/")
    I.click("#1042")
    I.see("Order #1042")
    I.see("kofi@example.com")


def test_close_order_panel():
    """Order side panel should go away when closed.
Open #1048 (Bruno Silva), click Close - the panel with bruno@example.com must not be visible anymore."""
    I.go_to("/metrics/")
    I.click("#1048")
    I.see("bruno@example.com")
    I.click("Close")
    I.dont_see("bruno@example.com")


def test_export_csv_toast():
    """Export CSV with default filters - message "Exported 45 orders to orders-2026-03-14.csv." pops up"""
    I.go_to("/metrics/")
    I.click("Export CSV")
    I.see("Exported 45 orders to orders-2026-03-14.csv.")


def test_export_with_nothing_to_export():
    """Export should refuse when the search leaves no orders.
data: search = nobody
Expected: "There are no orders to export." and no "Exported" message"""
    I.go_to("/metrics/")
    I.fill("Search orders", "nobody")
    I.click("Export CSV")
    I.see("There are no orders to export.")
    I.dont_see("Exported")


def test_last_week_east_combination():
    """Combine filters: Last 7 days and region East. Expected only 2 orders, Orders card note "1 pending · Last 7 days · East" and no refunds (0 refunds)."""
    I.go_to("/metrics/")
    I.select("Date range", "Last 7 days")
    I.select("Region", "East")
    I.see("Showing 1–2 of 2 orders")
    I.see("1 pending · Last 7 days · East")
    I.see("0 refunds · Last 7 days · East")


def test_search_by_order_number():
    """Searching the order number with the hash (#1005) should find exactly that order - Hana Sato, Refunded, $436.52"""
    I.go_to("/metrics/")
    I.fill("Search orders", "#1005")
    I.see("Showing 1–1 of 1 order")
    I.see("Hana Sato")
    I.see("$436.52")


def test_filter_resets_to_first_page():
    """Given I'm on page 3 of the orders
When I change the region to West
Then I'm back on page 1 ("Page 1 of 2") with Showing 1–10 of 11 orders"""
    I.go_to("/metrics/")
    I.click("Page 3")
    I.see("Page 3 of 5")
    I.select("Region", "West")
    I.see("Page 1 of 2")
    I.see("Showing 1–10 of 11 orders")
