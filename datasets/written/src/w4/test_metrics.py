"""metrics: tasks written by w4."""

from testgen import I


def test_last_7_days_revenue():
    """As a sales manager, I want to see last week's numbers so that I can report on them.
AC1: Date range = Last 7 days
AC2: Revenue shows $2,341.59 from 9 paid orders
AC3: the table says Showing 1–10 of 11 orders"""
    I.go_to("/metrics/")
    I.select("Date range", "Last 7 days")
    I.see("$2,341.59")
    I.see("From 9 paid orders")
    I.see("Showing 1–10 of 11 orders")


def test_region_filter_cards():
    """AC1: Region = North (last 30 days)
AC2: Revenue $2,283.73 and Refunds $349.03
AC3: the card notes say "Last 30 days · North\""""
    I.go_to("/metrics/")
    I.select("Region", "North")
    I.see("$2,283.73")
    I.see("$349.03")
    I.see("1 refund · Last 30 days · North")


def test_all_time_totals():
    """As a finance lead I want the all-time view. Choosing All time should show 60 orders and $2,446.21 in refunds."""
    I.go_to("/metrics/")
    I.select("Date range", "All time")
    I.see("Showing 1–10 of 60 orders")
    I.see("$2,446.21")


def test_this_month_south_no_refunds():
    """AC: This month + South shows Refunds $0.00 and "0 refunds\""""
    I.go_to("/metrics/")
    I.select("Date range", "This month")
    I.select("Region", "South")
    I.see("0 refunds · This month · South")


def test_search_by_customer():
    """As a support agent I want to look up a customer's orders.
AC1: search orders for "hana"
AC2: the list shows Hana Sato's orders and "Showing 1–4 of 4 orders"
AC3: Kofi Mensah's orders are not shown"""
    I.go_to("/metrics/")
    I.fill("Search orders", "hana")
    I.see("Showing 1–4 of 4 orders")
    I.dont_see("Kofi Mensah")


def test_search_by_order_number():
    """AC: searching "#1042" finds exactly one order (Kofi Mensah, $419.33)"""
    I.go_to("/metrics/")
    I.fill("Search orders", "#1042")
    I.see("Showing 1–1 of 1 order")
    I.see("$419.33")


def test_search_no_results():
    """As a user, I want a clear message when nothing matches: searching "zelda" shows "No orders match your filters." and "Showing 0 orders"."""
    I.go_to("/metrics/")
    I.fill("Search orders", "zelda")
    I.see("No orders match your filters.")
    I.see("Showing 0 orders")


def test_clear_filters():
    """AC1: search "zelda" (no results), then Clear filters
AC2: back to Showing 1–10 of 45 orders and the empty message is gone"""
    I.go_to("/metrics/")
    I.fill("Search orders", "zelda")
    I.click("Clear filters")
    I.see("Showing 1–10 of 45 orders")
    I.dont_see("No orders match your filters.")


def test_next_page():
    """As a user browsing orders, I want to page through them.
AC: Next shows "Showing 11–20 of 45 orders" and "Page 2 of 5\""""
    I.go_to("/metrics/")
    I.click("Next")
    I.see("Showing 11–20 of 45 orders")
    I.see("Page 2 of 5")


def test_jump_to_last_page():
    """AC: clicking page 5 shows Showing 41–45 of 45 orders"""
    I.go_to("/metrics/")
    I.click("Page 5")
    I.see("Showing 41–45 of 45 orders")


def test_previous_page():
    """Going to page 3 and then Previous should land on Page 2 of 5."""
    I.go_to("/metrics/")
    I.click("Page 3")
    I.click("Previous")
    I.see("Page 2 of 5")


def test_filter_resets_page():
    """As a user, changing a filter should take me back to the first page.
- go to page 4
- change Region to East
- "Page 1 of 2" is shown"""
    I.go_to("/metrics/")
    I.click("Page 4")
    I.select("Region", "East")
    I.see("Page 1 of 2")


def test_open_order_panel():
    """As a manager I want order details without leaving the list.
AC1: click order #1019
AC2: a panel "Order #1019" opens with customer email mateo@example.com and 3 items"""
    I.go_to("/metrics/")
    I.click("#1019")
    I.see("Order #1019")
    I.see("mateo@example.com")


def test_close_order_panel():
    """AC1: open #1001, then Close
AC2: the "Order #1001" panel and ada@example.com are no longer visible"""
    I.go_to("/metrics/")
    I.click("#1001")
    I.see("ada@example.com")
    I.click("Close")
    I.dont_see("ada@example.com")


def test_escape_closes_panel():
    """Escape should close the order panel: open #1048, press Escape, bruno@example.com is gone."""
    I.go_to("/metrics/")
    I.click("#1048")
    I.see("bruno@example.com")
    I.press("Escape")
    I.dont_see("bruno@example.com")


def test_sort_by_total():
    """As an analyst, I want the smallest orders first.
AC: after clicking the Total column header, the cheap $46.82 order (#1015) is on the first page"""
    I.go_to("/metrics/")
    I.click("Total")
    I.see("$46.82")


def test_sort_by_total_descending():
    """AC1: click Total twice (descending)
AC2: the biggest order in the last 30 days, $489.63, is listed
AC3: the smallest, $40.00, is not on this page"""
    I.go_to("/metrics/")
    I.click("Total")
    I.click("Total")
    I.see("$489.63")
    I.dont_see("$40.00")


def test_export_csv():
    """As a manager I want to export what I'm looking at.
AC: with Region West, Export CSV says "Exported 11 orders to orders-2026-03-14.csv.\""""
    I.go_to("/metrics/")
    I.select("Region", "West")
    I.click("Export CSV")
    I.see("Exported 11 orders to orders-2026-03-14.csv.")


def test_export_nothing():
    """AC: exporting with a search that matches nothing ("qqq") says "There are no orders to export.\""""
    I.go_to("/metrics/")
    I.fill("Search orders", "qqq")
    I.click("Export CSV")
    I.see("There are no orders to export.")


def test_pending_count_card():
    """The Orders card should count pending orders for the range: Last 7 days shows "2 pending · Last 7 days · All regions"."""
    I.go_to("/metrics/")
    I.select("Date range", "Last 7 days")
    I.see("2 pending · Last 7 days · All regions")


def test_search_with_region():
    """AC1: Region South and search "ivan"
AC2: only Ivan Petrov's South orders: Showing 1–2 of 2 orders"""
    I.go_to("/metrics/")
    I.select("Region", "South")
    I.fill("Search orders", "ivan")
    I.see("Showing 1–2 of 2 orders")


def test_sort_by_order_number():
    """AC: sorting by the Order column puts the oldest order numbers first, so #1002 appears on page 1"""
    I.go_to("/metrics/")
    I.click("Order")
    I.see("#1002")


def test_sort_date_oldest_first():
    """As an analyst, I want to flip the date order to see the oldest orders in the range first. Clicking Date once shows 13 Feb 2026 orders at the top."""
    I.go_to("/metrics/")
    I.click("Date")
    I.see("13 Feb 2026")


def test_this_month_revenue():
    """AC1: Date range This month
AC2: Revenue $4,111.88 "From 17 paid orders · This month · All regions\""""
    I.go_to("/metrics/")
    I.select("Date range", "This month")
    I.see("$4,111.88")
    I.see("From 17 paid orders · This month · All regions")


def test_export_default_view():
    """AC: Export CSV on the default view says "Exported 45 orders to orders-2026-03-14.csv.\""""
    I.go_to("/metrics/")
    I.click("Export CSV")
    I.see("Exported 45 orders to orders-2026-03-14.csv.")


def test_pending_order_panel():
    """As a manager chasing unpaid orders, I want to open a pending one.
AC: order #1060 opens with Status Pending, customer Jade Brooks and email jade@example.com"""
    I.go_to("/metrics/")
    I.click("#1060")
    I.see("Order #1060")
    I.see("jade@example.com")


def test_west_last_week():
    """AC: Last 7 days + Region West gives "Showing 1–3 of 3 orders" and a single page (Page 1 of 1)"""
    I.go_to("/metrics/")
    I.select("Date range", "Last 7 days")
    I.select("Region", "West")
    I.see("Showing 1–3 of 3 orders")
    I.see("Page 1 of 1")


def test_search_resets_page():
    """As a user on page 2, typing a search should bring me back to the start: Next, then search "ada" — Page 1 of 1."""
    I.go_to("/metrics/")
    I.click("Next")
    I.see("Page 2 of 5")
    I.fill("Search orders", "ada")
    I.see("Page 1 of 1")


def test_sort_by_customer():
    """AC1: click the Customer column header
AC2: the first page only has names from A to C: Ada Okafor is listed and Mateo Ruiz is not"""
    I.go_to("/metrics/")
    I.click("Customer")
    I.see("Ada Okafor")
    I.dont_see("Mateo Ruiz")


def test_refunds_card_all_time():
    """AC: with All time and Region East, the Refunds card shows $727.89 from "2 refunds · All time · East\""""
    I.go_to("/metrics/")
    I.select("Date range", "All time")
    I.select("Region", "East")
    I.see("$727.89")
    I.see("2 refunds · All time · East")


def test_panel_switches_order():
    """As a manager comparing orders, the panel should always show the order I opened last: open #1001, close it, open #1007 — the panel shows eli@example.com and not ada@example.com."""
    I.go_to("/metrics/")
    I.click("#1001")
    I.click("Close")
    I.click("#1007")
    I.see("eli@example.com")
    I.dont_see("ada@example.com")


def test_south_last_30_revenue():
    """AC1: Region South
AC2: Revenue reads $2,539.85 and the list says Showing 1–10 of 11 orders"""
    I.go_to("/metrics/")
    I.select("Region", "South")
    I.see("$2,539.85")
    I.see("Showing 1–10 of 11 orders")


def test_search_partial_order_number():
    """As a support agent with half an order number, "105" should find the #105x orders from the last 30 days — 7 of them."""
    I.go_to("/metrics/")
    I.fill("Search orders", "105")
    I.see("Showing 1–7 of 7 orders")


def test_next_page_content():
    """AC: page 2 of the default view lists order #1049 (Gus Moreau, 6 Mar 2026)"""
    I.go_to("/metrics/")
    I.click("Page 2")
    I.see("#1049")
    I.see("Showing 11–20 of 45 orders")


def test_clear_filters_keeps_sort():
    """As an analyst, clearing filters shouldn't undo my sorting.
AC1: sort by Total, then search "zzz" and Clear filters
AC2: the list is back to 45 orders and still sorted by Total, so the cheap $46.82 order is on the first page"""
    I.go_to("/metrics/")
    I.click("Total")
    I.fill("Search orders", "zzz")
    I.click("Clear filters")
    I.see("Showing 1–10 of 45 orders")
    I.see("$46.82")
