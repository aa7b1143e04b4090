"""Step definitions for the xfer scenarios: each body is plain testgen steps, so `testgen data import`
reads the scenarios as tests."""

from pytest_bdd import given, parsers, then, when

from testgen import I


@given(parsers.parse("I log on as {user} on the xfer page"))
def log_on_at_xfer(user):
    I.go_to("/bank/transfer.html")
    I.fill("Username", user)
    I.fill("Password", "s3cret!")
    I.click("Sign in")


@when(parsers.parse("I xfer {amount} from {last_four} to {other_four}"))
def xfer(amount, last_four, other_four):
    I.select("From account", last_four)
    I.select("To account", other_four)
    I.fill("Amount ($)", amount)


@when("I hit Review")
def hit_review():
    I.click("Continue")


@when("I hit Send")
def hit_send():
    I.click("Confirm transfer")


@when("I hit Edit")
def hit_edit():
    I.click("Edit")


@then(parsers.parse('I see "{text}"'))
def see(text):
    I.see(text)


@then(parsers.parse("I don't see \"{text}\""))
def dont_see(text):
    I.dont_see(text)


@then(parsers.parse("the amount still says {amount}"))
def amount_kept(amount):
    I.see_value("Amount ($)", amount)
