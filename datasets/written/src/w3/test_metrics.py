"""metrics: tasks written by w3."""

from testgen import I


def test_range_last_7_days():
    """[Tallyboard] Date range → Last 7 days. Revenue card should show $2,341.59 from 9 paid orders, Orders 11"""
    I.go_to("/metrics/")
    I.select("Date range", "Last 7 days")
    I.see("$2,341.59")
    I.see("From 9 paid orders · Last 7 days · All regions")
    I.see("Showing 1–10 of 11 orders")


def test_range_all_time():
    """switch the range to All time: 60 orders, revenue $11,416.65, refunds 7 refunds $2,446.21"""
    I.go_to("/metrics/")
    I.select("Date range", "All time")
    I.see("$11,416.65")
    I.see("7 refunds · All time · All regions")
    I.see("$2,446.21")


def test_range_this_month():
    """This month → Revenue $4,111.88, 2 pending"""
    I.go_to("/metrics/")
    I.select("Date range", "This month")
    I.see("$4,111.88")
    I.see("2 pending · This month · All regions")


def test_region_north():
    """Region filter North (default 30 days). Expected Revenue $2,283.73 and "1 refund" singular in the refunds note"""
    I.go_to("/metrics/")
    I.select("Region", "North")
    I.see("$2,283.73")
    I.see("1 refund · Last 30 days · North")


def test_region_hides_other_regions_rows():
    """Filter Region = South, the table should not have any West orders e.g. #1007 Eli Haddad"""
    I.go_to("/metrics/")
    I.select("Region", "South")
    I.see("Showing 1–10 of 11 orders")
    I.see("Kofi Mensah")
    I.dont_see("#1007")


def test_range_and_region_combined():
    """Last 7 days + East = only 2 orders (Mateo Ruiz #1019 and Dana Novak #1025)"""
    I.go_to("/metrics/")
    I.select("Date range", "Last 7 days")
    I.select("Region", "East")
    I.see("Showing 1–2 of 2 orders")
    I.see("#1019")
    I.see("#1025")


def test_search_by_customer():
    """Search orders "ada" → only Ada Okafor's orders in the last 30 days, 4 of them"""
    I.go_to("/metrics/")
    I.fill("Search orders", "ada")
    I.see("Showing 1–4 of 4 orders")
    I.see("Ada Okafor")
    I.dont_see("Kofi Mensah")


def test_search_by_order_number_with_hash():
    """searching "#1042" (with the hash) should find exactly one order, "Showing 1–1 of 1 order" """
    I.go_to("/metrics/")
    I.fill("Search orders", "#1042")
    I.see("Showing 1–1 of 1 order")
    I.see("Kofi Mensah")


def test_search_no_match_empty_state():
    """Steps: type "zzz" in Search orders.
Expected: "No orders match your filters." + a Clear filters button, "Showing 0 orders" """
    I.go_to("/metrics/")
    I.fill("Search orders", "zzz")
    I.see("No orders match your filters.")
    I.see("Showing 0 orders")


def test_clear_filters_button():
    """From the empty state click Clear filters → back to the default list, 45 orders, and the "No orders match" message gone"""
    I.go_to("/metrics/")
    I.fill("Search orders", "zzz")
    I.click("Clear filters")
    I.see("Showing 1–10 of 45 orders")
    I.dont_see("No orders match your filters.")


def test_clear_filters_resets_region():
    """Clear filters should also reset Region back to All regions (not just the search). Set West + search zzz, clear."""
    I.go_to("/metrics/")
    I.select("Region", "West")
    I.fill("Search orders", "zzz")
    I.click("Clear filters")
    I.see_value("Region", "All regions")
    I.see("Showing 1–10 of 45 orders")


def test_export_csv():
    """Export CSV with default filters → toast "Exported 45 orders to orders-2026-03-14.csv." """
    I.go_to("/metrics/")
    I.click("Export CSV")
    I.see("Exported 45 orders to orders-2026-03-14.csv.")


def test_export_filtered():
    """Export respects filters: Last 7 days, North → Exported 3 orders to orders-2026-03-14.csv."""
    I.go_to("/metrics/")
    I.select("Date range", "Last 7 days")
    I.select("Region", "North")
    I.click("Export CSV")
    I.see("Exported 3 orders to orders-2026-03-14.csv.")


def test_export_nothing():
    """Export with a search that matches nothing must not claim it exported anything: "There are no orders to export." """
    I.go_to("/metrics/")
    I.fill("Search orders", "nobody")
    I.click("Export CSV")
    I.see("There are no orders to export.")
    I.dont_see("Exported 0 orders")


def test_open_order_panel():
    """Click order #1042 in the table. Side panel "Order #1042" with Kofi Mensah, kofi@example.com, Total $419.33"""
    I.go_to("/metrics/")
    I.click("#1042")
    I.see("Order #1042")
    I.see("kofi@example.com")
    I.see("$419.33")


def test_close_order_panel():
    """order details panel → Close. Panel goes away (no "Order #1001" heading)"""
    I.go_to("/metrics/")
    I.click("#1001")
    I.see("Order #1001")
    I.click("Close")
    I.dont_see("Order #1001")


def test_escape_closes_panel():
    """Escape should close the order panel too. Open #1048, Escape."""
    I.go_to("/metrics/")
    I.click("#1048")
    I.see("bruno@example.com")
    I.press("Escape")
    I.dont_see("bruno@example.com")


def test_next_page():
    """Pagination: Next → Showing 11–20 of 45 orders, Page 2 of 5"""
    I.go_to("/metrics/")
    I.click("Next")
    I.see("Showing 11–20 of 45 orders")
    I.see("Page 2 of 5")


def test_last_page_button():
    """click Page 5 → Showing 41–45 of 45 orders, label Page 5 of 5"""
    I.go_to("/metrics/")
    I.click("Page 5")
    I.see("Showing 41–45 of 45 orders")
    I.see("Page 5 of 5")


def test_filter_resets_page():
    """Be on page 3, then change Region to West. Page should jump back to 1 (Page 1 of 2). Actual once: stayed on page 3 with an empty table"""
    I.go_to("/metrics/")
    I.click("Page 3")
    I.select("Region", "West")
    I.see("Page 1 of 2")
    I.see("Showing 1–10 of 11 orders")


def test_sort_by_total_ascending():
    """Sort by Total (click header) → cheapest first: #1001 $40.00 and $46.82 on page 1. The $483.81 order shouldn't be on page 1"""
    I.go_to("/metrics/")
    I.click("Total")
    I.see("$40.00")
    I.see("$46.82")
    I.dont_see("$483.81")


def test_sort_by_total_descending():
    """Total header twice = most expensive first, $483.81 (#1038 Dana Novak) on page 1, the $40.00 one gone"""
    I.go_to("/metrics/")
    I.click("Total")
    I.click("Total")
    I.see("$483.81")
    I.dont_see("$40.00")


def test_sort_by_customer():
    """Customer column sort A→Z, first orders are Ada Okafor; Mateo Ruiz not on page 1"""
    I.go_to("/metrics/")
    I.click("Customer")
    I.see("Ada Okafor")
    I.dont_see("Mateo Ruiz")


def test_previous_page():
    """go to page 2 and back with Previous — Showing 1–10 of 45 orders again"""
    I.go_to("/metrics/")
    I.click("Next")
    I.click("Previous")
    I.see("Showing 1–10 of 45 orders")
    I.see("Page 1 of 5")


def test_all_time_refunded_status_panel():
    """All time, open #1005 (refunded order from Feb 14) → panel shows Status Refunded, customer Hana Sato"""
    I.go_to("/metrics/")
    I.select("Date range", "All time")
    I.fill("Search orders", "1005")
    I.click("#1005")
    I.see("Order #1005")
    I.see("hana@example.com")
    I.see("Refunded", near="Status")


def test_old_order_outside_range():
    """Order #1006 is from 7 Feb, outside Last 30 days: searching 1006 with default range finds nothing"""
    I.go_to("/metrics/")
    I.fill("Search orders", "1006")
    I.see("Showing 0 orders")
    I.dont_see("Mateo Ruiz")


def test_partial_order_number_search():
    """Search orders "105" (partial number) → 7 orders in the last 30 days, 1050–1057 minus the old ones"""
    I.go_to("/metrics/")
    I.fill("Search orders", "105")
    I.see("Showing 1–7 of 7 orders")
    I.see("#1057")
    I.dont_see("#1058")


def test_sort_date_oldest_first():
    """Date column is sorted newest first by default. Click Date once → oldest first, 13 Feb 2026 at the top; 14 Mar 2026 orders not on page 1"""
    I.go_to("/metrics/")
    I.click("Date")
    I.see("13 Feb 2026")
    I.dont_see("14 Mar 2026")


def test_pending_order_panel():
    """Open #1060 (Jade Brooks) → Status Pending, Items 4, jade@example.com"""
    I.go_to("/metrics/")
    I.click("#1060")
    I.see("jade@example.com")
    I.see("Pending", near="Status")
    I.see("$361.67")


def test_refunds_card_west():
    """Region West: Refunds card $291.37, "1 refund · Last 30 days · West" """
    I.go_to("/metrics/")
    I.select("Region", "West")
    I.see("$291.37")
    I.see("1 refund · Last 30 days · West")


def test_no_refunds_last_7_days():
    """Last 7 days has no refunds: card should be $0.00 and "0 refunds · Last 7 days · All regions" """
    I.go_to("/metrics/")
    I.select("Date range", "Last 7 days")
    I.see("0 refunds · Last 7 days · All regions")
    I.see("$0.00")


def test_search_then_region_narrows():
    """Search "kofi" then Region South → only Kofi Mensah's South orders (#1042), Showing 1–1 of 1 order"""
    I.go_to("/metrics/")
    I.fill("Search orders", "kofi")
    I.select("Region", "South")
    I.see("Showing 1–1 of 1 order")
    I.see("#1042")


def test_export_after_search():
    """Export CSV after searching "ada" exports only those 4: Exported 4 orders to orders-2026-03-14.csv."""
    I.go_to("/metrics/")
    I.fill("Search orders", "ada")
    I.click("Export CSV")
    I.see("Exported 4 orders to orders-2026-03-14.csv.")


def test_search_case_insensitive():
    """Search should ignore case — "KOFI" in capitals still finds Kofi Mensah's 4 orders"""
    I.go_to("/metrics/")
    I.fill("Search orders", "KOFI")
    I.see("Showing 1–4 of 4 orders")
    I.see("Kofi Mensah")
