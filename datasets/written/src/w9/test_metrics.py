"""metrics: tasks written by w9."""

from testgen import I


def test_last_7_days():
    """Switch the date range to last 7 days. Orders card should drop to 11 and revenue to $2,341.59."""
    I.go_to("/metrics/")
    I.select("Date range", "Last 7 days")
    I.see("$2,341.59")
    I.see("Showing 1–10 of 11 orders")


def test_all_time_total():
    """All time should show all 60 orders and revenue $11,416.65 from 45 paid orders"""
    I.go_to("/metrics/")
    I.select("Date range", "All time")
    I.see("$11,416.65")
    I.see("From 45 paid orders · All time · All regions")


def test_region_north():
    """Filter to the North region - revenue card updates to $2,283.73 and the notes say North"""
    I.go_to("/metrics/")
    I.select("Region", "North")
    I.see("$2,283.73")
    I.see("1 refund · Last 30 days · North")


def test_this_month_south_no_refunds():
    """this month + South region: no refunds at all, refunds card shows $0.00"""
    I.go_to("/metrics/")
    I.select("Date range", "This month")
    I.select("Region", "South")
    I.see("0 refunds · This month · South")
    I.see("$0.00")


def test_search_customer():
    """Search orders for Ada. Only her 4 orders should be left in the table."""
    I.go_to("/metrics/")
    I.fill("Search orders", "Ada")
    I.see("Showing 1–4 of 4 orders")
    I.see("Ada Okafor")
    I.dont_see("Kofi Mensah")


def test_search_order_number():
    """Look up order #1042 by typing it in the search - just that one row"""
    I.go_to("/metrics/")
    I.fill("Search orders", "#1042")
    I.see("Showing 1–1 of 1 order")
    I.see("Kofi Mensah")


def test_search_no_match():
    """Search for something that isn't there (zelda). Table goes away and you get a no orders match message."""
    I.go_to("/metrics/")
    I.fill("Search orders", "zelda")
    I.see("No orders match your filters.")
    I.see("Showing 0 orders")


def test_clear_filters():
    """After a search with no results, Clear filters brings back all 45 orders and empties the search box"""
    I.go_to("/metrics/")
    I.fill("Search orders", "zelda")
    I.click("Clear filters")
    I.see("Showing 1–10 of 45 orders")
    I.see_value("Search orders", "")


def test_old_order_needs_all_time():
    """Order 1012 is older than 30 days so searching it finds nothing; switching to All time it shows up."""
    I.go_to("/metrics/")
    I.fill("Search orders", "1012")
    I.see("No orders match your filters.")
    I.select("Date range", "All time")
    I.see("Showing 1–1 of 1 order")
    I.see("#1012")


def test_next_page():
    """Go to the next page of orders. Counter says 11 to 20 and page 2 of 5"""
    I.go_to("/metrics/")
    I.click("Next")
    I.see("Showing 11–20 of 45 orders")
    I.see("Page 2 of 5")


def test_jump_to_last_page():
    """Jump straight to page 5 - should be showing the last 5 orders (41-45)"""
    I.go_to("/metrics/")
    I.click("Page 5")
    I.see("Showing 41–45 of 45 orders")


def test_previous_page():
    """next, next, previous -> we're on page 2"""
    I.go_to("/metrics/")
    I.click("Next")
    I.click("Next")
    I.click("Previous")
    I.see("Page 2 of 5")


def test_filter_resets_page():
    """If I'm on page 3 and change the region, it should jump back to page 1"""
    I.go_to("/metrics/")
    I.click("Page 3")
    I.select("Region", "West")
    I.see("Page 1 of 2")
    I.see("Showing 1–10 of 11 orders")


def test_sort_by_total():
    """Sort by Total, cheapest first. Ada's $40.00 order is still on page 1 but Kofi's big $419.33 order drops off it."""
    I.go_to("/metrics/")
    I.click("Total")
    I.see("$40.00")
    I.dont_see("$419.33")


def test_sort_total_descending():
    """Click Total twice to sort biggest first. Top order should be #1052 at $489.63, and the cheap $40 one not on the first page."""
    I.go_to("/metrics/")
    I.click("Total")
    I.click("Total")
    I.see("$489.63")
    I.dont_see("$40.00")


def test_open_order_panel():
    """Click an order number (#1042) to open its details. Panel shows the customer email and items."""
    I.go_to("/metrics/")
    I.click("#1042")
    I.see("Order #1042")
    I.see("kofi@example.com")


def test_close_panel():
    """Open the details for #1001 then close it. The panel should be gone"""
    I.go_to("/metrics/")
    I.click("#1001")
    I.see("ada@example.com")
    I.click("Close")
    I.dont_see("ada@example.com")


def test_escape_closes_panel():
    """Escape should also close the order panel"""
    I.go_to("/metrics/")
    I.click("#1048")
    I.see("Order #1048")
    I.press("Escape")
    I.dont_see("Order #1048")


def test_export_csv():
    """Export CSV with the default filters. A message says 45 orders were exported."""
    I.go_to("/metrics/")
    I.click("Export CSV")
    I.see("Exported 45 orders to orders-2026-03-14.csv.")


def test_export_nothing():
    """exporting when no orders match gets refused with a message"""
    I.go_to("/metrics/")
    I.fill("Search orders", "zelda")
    I.click("Export CSV")
    I.see("There are no orders to export.")


def test_pending_count():
    """Last 30 days in the East: 2 pending orders in the orders card note"""
    I.go_to("/metrics/")
    I.select("Region", "East")
    I.see("2 pending · Last 30 days · East")


def test_export_filtered():
    """Export with North selected should only export the 12 North orders"""
    I.go_to("/metrics/")
    I.select("Region", "North")
    I.click("Export CSV")
    I.see("Exported 12 orders to orders-2026-03-14.csv.")


def test_all_time_pages():
    """All time has 60 orders so the pager goes to 6 pages"""
    I.go_to("/metrics/")
    I.select("Date range", "All time")
    I.see("Page 1 of 6")
    I.see("Showing 1–10 of 60 orders")


def test_refunded_order_details():
    """Open order 1014 - it was refunded, and it's Ada's"""
    I.go_to("/metrics/")
    I.fill("Search orders", "1014")
    I.click("#1014")
    I.see("Order #1014")
    I.see("ada@example.com")


def test_next_disabled_on_last_page():
    """West region in the last 7 days fits on one page; the search count says 3 orders and there's only Page 1 of 1"""
    I.go_to("/metrics/")
    I.select("Date range", "Last 7 days")
    I.select("Region", "West")
    I.see("Showing 1–3 of 3 orders")
    I.see("Page 1 of 1")


def test_search_partial_name():
    """searching part of a surname like 'okaf' still finds Ada Okafor's orders"""
    I.go_to("/metrics/")
    I.fill("Search orders", "okaf")
    I.see("Showing 1–4 of 4 orders")


def test_clear_filters_resets_region():
    """Region East plus a search that finds nothing, then Clear filters: region goes back to all regions"""
    I.go_to("/metrics/")
    I.select("Region", "East")
    I.fill("Search orders", "zelda")
    I.click("Clear filters")
    I.see_value("Region", "All regions")
    I.see("Showing 1–10 of 45 orders")


def test_sort_by_customer():
    """Sort by customer name A-Z: Ada Okafor's orders come first, Mateo isn't on page 1"""
    I.go_to("/metrics/")
    I.click("Customer")
    I.see("Ada Okafor")
    I.dont_see("Mateo Ruiz")


def test_panel_switches_order():
    """With one order open, clicking another order shows that one instead"""
    I.go_to("/metrics/")
    I.click("#1042")
    I.see("kofi@example.com")
    I.click("#1007")
    I.see("Order #1007")
    I.dont_see("kofi@example.com")
