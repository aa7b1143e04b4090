"""metrics: tasks written by w1."""

from testgen import I


def test_range_last_7():
    """date range Last 7 days -> revenue $2,341.59 from 9 paid orders"""
    I.go_to("/metrics/")
    I.select("Date range", "Last 7 days")
    I.see("$2,341.59")
    I.see("From 9 paid orders · Last 7 days · All regions")


def test_region_north():
    """region North => revenue card $2,283.73, note says '10 paid orders · Last 30 days · North'"""
    I.go_to("/metrics/")
    I.select("Region", "North")
    I.see("$2,283.73")
    I.see("From 10 paid orders · Last 30 days · North")


def test_all_time():
    """all time -> 60 orders in table, refunds $2,446.21"""
    I.go_to("/metrics/")
    I.select("Date range", "All time")
    I.see("Showing 1–10 of 60 orders")
    I.see("$2,446.21")


def test_this_month_south_no_refunds():
    """this month + South: 0 refunds"""
    I.go_to("/metrics/")
    I.select("Date range", "This month")
    I.select("Region", "South")
    I.see("0 refunds · This month · South")


def test_west_last7_pending():
    """[cards] last 7 days, west -> 1 pending"""
    I.go_to("/metrics/")
    I.select("Date range", "Last 7 days")
    I.select("Region", "West")
    I.see("1 pending · Last 7 days · West")


def test_search_customer():
    """search orders 'dana' -> 3 orders (dana novak)"""
    I.go_to("/metrics/")
    I.fill("Search orders", "dana")
    I.see("Showing 1–3 of 3 orders")
    I.see("Dana Novak")


def test_search_order_number():
    """search '#1042' => 1 order, Kofi Mensah"""
    I.go_to("/metrics/")
    I.fill("Search orders", "#1042")
    I.see("Showing 1–1 of 1 order")
    I.see("Kofi Mensah")
    I.dont_see("Ada Okafor")


def test_search_nothing():
    """search 'zebra' -> No orders match your filters., table gone"""
    I.go_to("/metrics/")
    I.fill("Search orders", "zebra")
    I.see("No orders match your filters.")
    I.see("Showing 0 orders")


def test_clear_filters():
    """no-match search then Clear filters btn -> back to 1–10 of 45, search box empty"""
    I.go_to("/metrics/")
    I.fill("Search orders", "zebra")
    I.click("Clear filters")
    I.see("Showing 1–10 of 45 orders")
    I.see_value("Search orders", "")


def test_clear_filters_region():
    """region East + search 'qqq' (nothing), clear filters => Region back to All regions"""
    I.go_to("/metrics/")
    I.select("Region", "East")
    I.fill("Search orders", "qqq")
    I.click("Clear filters")
    I.see_value("Region", "All regions")


def test_export():
    """Export CSV -> toast 'Exported 45 orders to orders-2026-03-14.csv.'"""
    I.go_to("/metrics/")
    I.click("Export CSV")
    I.see("Exported 45 orders to orders-2026-03-14.csv.")


def test_export_filtered():
    """search 'hana' then export -> only those orders exported (4)"""
    I.go_to("/metrics/")
    I.fill("Search orders", "hana")
    I.click("Export CSV")
    I.see("Exported 4 orders to orders-2026-03-14.csv.")


def test_export_empty():
    """export w/ no matches shouldn't export anything -> 'There are no orders to export.'"""
    I.go_to("/metrics/")
    I.fill("Search orders", "xyz")
    I.click("Export CSV")
    I.see("There are no orders to export.")
    I.dont_see("Exported")


def test_next_page():
    """orders pager Next -> 11–20 of 45, Page 2 of 5"""
    I.go_to("/metrics/")
    I.click("Next")
    I.see("Showing 11–20 of 45 orders")
    I.see("Page 2 of 5")


def test_last_page():
    """page 5 -> 41–45"""
    I.go_to("/metrics/")
    I.click("Page 5")
    I.see("Showing 41–45 of 45 orders")


def test_previous_page():
    """pg 3 then Previous => Page 2 of 5"""
    I.go_to("/metrics/")
    I.click("Page 3")
    I.click("Previous")
    I.see("Page 2 of 5")


def test_filter_resets_page():
    """go to page 4, then region North -> back to page 1 (of 2)"""
    I.go_to("/metrics/")
    I.click("Page 4")
    I.select("Region", "North")
    I.see("Page 1 of 2")
    I.see("Showing 1–10 of 12 orders")


def test_open_order_panel():
    """click order #1042 -> side panel 'Order #1042', email kofi@example.com"""
    I.go_to("/metrics/")
    I.click("#1042")
    I.see("Order #1042")
    I.see("kofi@example.com")


def test_close_order_panel():
    """open #1001 panel then Close -> panel gone (no ada@example.com)"""
    I.go_to("/metrics/")
    I.click("#1001")
    I.see("ada@example.com")
    I.click("Close")
    I.dont_see("ada@example.com")


def test_escape_order_panel():
    """order panel closes on Esc"""
    I.go_to("/metrics/")
    I.click("#1048")
    I.see("bruno@example.com")
    I.press("Escape")
    I.dont_see("bruno@example.com")


def test_sort_total_asc():
    """sort by Total (1 click, low->high) -> $46.82 order shows on pg 1"""
    I.go_to("/metrics/")
    I.click("Total")
    I.see("$46.82")


def test_sort_total_desc():
    """Total header twice => biggest first, $489.63 up top"""
    I.go_to("/metrics/")
    I.click("Total")
    I.click("Total")
    I.see("$489.63")
    I.dont_see("$40.00")


def test_sort_customer():
    """sort Customer A-Z -> Ada Okafor's #1027 on first page"""
    I.go_to("/metrics/")
    I.click("Customer")
    I.see("#1027")


def test_panel_refunded_status():
    """all time, search 1005, open it -> panel w/ hana@example.com, total $436.52"""
    I.go_to("/metrics/")
    I.select("Date range", "All time")
    I.fill("Search orders", "1005")
    I.click("#1005")
    I.see("hana@example.com")
    I.see("$436.52")


def test_orders_card_this_month():
    """This month -> orders card note '2 pending · This month · All regions', 21 orders in table"""
    I.go_to("/metrics/")
    I.select("Date range", "This month")
    I.see("2 pending · This month · All regions")
    I.see("Showing 1–10 of 21 orders")


def test_last7_one_page():
    """last 7 days has 11 orders -> 2 pages; page 2 shows 11–11"""
    I.go_to("/metrics/")
    I.select("Date range", "Last 7 days")
    I.click("Page 2")
    I.see("Showing 11–11 of 11 orders")


def test_search_order_not_in_range():
    """#1012 is from 6 Feb, outside last 30 days -> search finds nothing"""
    I.go_to("/metrics/")
    I.fill("Search orders", "1012")
    I.see("No orders match your filters.")
    I.dont_see("Dana Novak")


def test_panel_items_count():
    """[panel] open #1060 -> jade@example.com, total $361.67"""
    I.go_to("/metrics/")
    I.click("#1060")
    I.see("Order #1060")
    I.see("jade@example.com")
    I.see("$361.67", near="Total")


def test_sort_date_oldest():
    """Date column click = oldest first (asc) -> 13 Feb 2026 orders on top"""
    I.go_to("/metrics/")
    I.click("Date")
    I.see("13 Feb 2026")


def test_region_east_refunds():
    """last 30 days, East -> refunds $407.69"""
    I.go_to("/metrics/")
    I.select("Region", "East")
    I.see("$407.69")
    I.see("1 refund · Last 30 days · East")


def test_search_partial_name():
    """search 'fisch' -> lena fischer only"""
    I.go_to("/metrics/")
    I.fill("Search orders", "fisch")
    I.see("Lena Fischer")
    I.dont_see("Kofi Mensah")
