"""metrics: tasks written by w7."""

from testgen import I


def test_next_page():
    """In Orders table click Next. Expected: Page 2 of 5, Showing 11–20 of 45 orders"""
    I.go_to("/metrics/")
    I.click("Next")
    I.see("Page 2 of 5")
    I.see("Showing 11–20 of 45 orders")


def test_search_order_number():
    """search orders by number 1001 -> only one order, "Showing 1–1 of 1 order" and Ada Okafor in table"""
    I.go_to("/metrics/")
    I.fill("Search orders", "1001")
    I.see("Showing 1–1 of 1 order")
    I.see("Ada Okafor")


def test_search_no_results():
    """write in Search orders "Zorro" (customer not exist). Result must be Showing 0 orders"""
    I.go_to("/metrics/")
    I.fill("Search orders", "Zorro")
    I.see("Showing 0 orders")


def test_export_nothing():
    """1. search "qqq" so nothing is found 2. make click on Export CSV
Expected: There are no orders to export."""
    I.go_to("/metrics/")
    I.fill("Search orders", "qqq")
    I.click("Export CSV")
    I.see("There are no orders to export.")


def test_export_all():
    """click Export CSV with default filters, must to appear Exported 45 orders to orders-2026-03-14.csv."""
    I.go_to("/metrics/")
    I.click("Export CSV")
    I.see("Exported 45 orders to orders-2026-03-14.csv.")


def test_date_range_last_7():
    """change Date range to Last 7 days, the summary notes must say "Last 7 days · All regions" and not Last 30 days"""
    I.go_to("/metrics/")
    I.select("Date range", "Last 7 days")
    I.see("Last 7 days · All regions")
    I.dont_see("Last 30 days · All regions")


def test_region_north():
    """put Region North. Verify that the cards show North instead of All regions"""
    I.go_to("/metrics/")
    I.select("Region", "North")
    I.see("Last 30 days · North")
    I.dont_see("Last 30 days · All regions")


def test_open_order_details():
    """make click on order #1042, the details panel open with title Order #1042"""
    I.go_to("/metrics/")
    I.click("#1042")
    I.see("Order #1042")


def test_search_clears_to_other_page():
    """go to page 3 , then search Kofi Mensah, Page 3 of 5 must not be shown anymore"""
    I.go_to("/metrics/")
    I.click("Page 3")
    I.see("Page 3 of 5")
    I.fill("Search orders", "Kofi Mensah")
    I.dont_see("Page 3 of 5")


def test_previous_page():
    """Next and after Previous -> back at Page 1 of 5"""
    I.go_to("/metrics/")
    I.click("Next")
    I.see("Page 2 of 5")
    I.click("Previous")
    I.see("Page 1 of 5")


def test_all_time_range():
    """Date range All time, the summary note must say "All time · All regions\""""
    I.go_to("/metrics/")
    I.select("Date range", "All time")
    I.see("All time · All regions")


def test_last_page():
    """click Page 5 of orders. Expected: Showing 41–45 of 45 orders and Page 5 of 5"""
    I.go_to("/metrics/")
    I.click("Page 5")
    I.see("Showing 41–45 of 45 orders")
    I.see("Page 5 of 5")
