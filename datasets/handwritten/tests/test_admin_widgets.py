"""Admin dashboard and widget gallery, described the way testers write tickets. Written after the reader
changes they measure, and never used to tune them."""

from testgen import I


def test_admin_select_user():
    """Select Ava Abbott in the users table; a bar should say 1 selected"""
    I.go_to("/admin/")
    I.check("Select Ava Abbott")
    I.see("1 selected")


def test_admin_filter_suspended():
    """Filter the users by Status = Suspended and check that Ava Abbott disappears from the table."""
    I.go_to("/admin/")
    I.select("Status", "Suspended")
    I.dont_see("Ava Abbott")


def test_admin_next_page():
    """Go to the next page of users (Next button) and confirm "Showing 11–20 of 36" is displayed."""
    I.go_to("/admin/")
    I.click("Next")
    I.see("Showing 11–20 of 36")


def test_admin_api_keys():
    """Open API keys from the sidebar. Should read: API keys are managed by the platform team"""
    I.go_to("/admin/")
    I.click("API keys")
    I.see("API keys are managed by the platform team")


def test_widgets_dialog_escape():
    """Open dialog, then close it with Escape; the dialog text "Dialog title" must not be visible."""
    I.go_to("/widgets/")
    I.click("Open dialog")
    I.press("Escape")
    I.dont_see("Dialog title")


def test_widgets_lifetime_tab():
    """Switch to the Lifetime tab and verify "Every future update included." is shown"""
    I.go_to("/widgets/")
    I.click("Lifetime")
    I.see("Every future update included.")
