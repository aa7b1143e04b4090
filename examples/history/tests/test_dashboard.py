"""Dashboard (accounts overview) after log on: balances, recent activity, masked numbers."""

from testgen import I


def test_hb_130_dashboard_balances():
    """HB-130 dashboard shows opening balances
    4821 at $2,450.00, 7730 at $10,120.55"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("$2,450.00")
    I.see("$10,120.55")


def test_hb_131_card_balance_negative():
    """HB-131 0092 balance is shown as a negative -$312.40 on the dashboard"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("-$312.40")


def test_hb_132_total_available_excludes_card():
    """HB-132 total available leaves the card out
    log on, total should read $12,570.55 (4821 + 7730 only)"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Total available: $12,570.55")


def test_hb_135_recent_activity_last_three():
    """HB-135 recent activity on the dashboard = newest 3 only. Interest payment + Grocer's Corner there, payroll deposit not"""
    I.go_to("/bank/")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.see("Interest payment")
    I.see("Grocer's Corner")
    I.dont_see("Payroll deposit - Northwind Ltd")


def test_hb_150_unmask_4821():
    """HB-150 unmask 4821 shows the full number 0042 1189 4821"""
    I.go_to("/bank/accounts.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Checking")
    I.see("Account number 0042 1189 4821")


def test_hb_151_mask_again():
    """HB-151 unmask then mask 7730 - back to 'Account ending 7730', full number gone"""
    I.go_to("/bank/accounts.html")
    I.fill("Username", "alice")
    I.fill("Password", "s3cret!")
    I.click("Sign in")
    I.click("Show number", near="Savings")
    I.click("Hide number", near="Savings")
    I.see("Account ending 7730")
    I.dont_see("0042 1189 7730")
