"""Every verb of `I` against real pages in headless Chromium, and the errors a failing step raises."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from testgen.runtime import (
    AssertionFailed,
    NavigationFailed,
    StepTimeout,
    TargetNotFound,
    UnknownVerb,
)

pytestmark = pytest.mark.browser


def test_form_verbs_fill_select_check_and_submit(actor, page):
    actor.go_to("form.html")
    actor.fill("Username", "bob")
    actor.fill("Password", "hunter2")
    actor.fill("Email address", "bob@example.com")
    actor.fill("Phone number", "555")
    actor.fill("About you", 'Line one\nSays "hi" \\ bye')
    actor.select("Country", "France")
    actor.check("I agree to the terms")
    actor.check("Pro")
    actor.see_value("Username", "bob")
    actor.see_value("Country", "France")
    actor.see_value("I agree to the terms", "checked")
    actor.see_value("Free", "unchecked")
    assert page.input_value("textarea") == 'Line one\nSays "hi" \\ bye'
    actor.click("Create account")
    actor.see("Welcome, bob (pro, agreed)")
    actor.uncheck("I agree to the terms")
    actor.click("Create account")
    actor.see("not agreed")
    assert [r.verb for r in actor.trace][:3] == ["go_to", "fill", "fill"]
    assert actor.trace[1].resolved == {"role": "textbox", "name": "Username", "frame": ""}
    assert all(r.outcome == "passed" and r.ms >= 0 for r in actor.trace)


def test_select_by_value_and_unknown_option(actor):
    actor.go_to("form.html")
    actor.select("Country", "de")
    actor.see_value("Country", "Germany")
    with pytest.raises(TargetNotFound, match=r'no option "Spain" .*options are: Germany, France'):
        actor.select("Country", "Spain")


def test_select_by_the_words_that_name_one_option(actor, page):
    page.set_content(
        '<label for="p">Plan</label><select id="p"><option>Free</option><option>Plus – $8/month</option>'
        "<option>Business – $20/seat/month</option><option>Business Plus</option></select>"
    )
    actor.select("Plan", "plus – $8/month")
    actor.see_value("Plan", "Plus – $8/month")
    actor.select("Plan", "$20/seat/month")
    assert page.input_value("select") == "Business – $20/seat/month"
    actor.see_value("Plan", "$20/seat/month")
    with pytest.raises(AssertionFailed, match="holds"):
        actor.see_value("Plan", "Free", timeout=0.3)
    # "Business" names two options and "Plus" two: neither is guessed.
    with pytest.raises(TargetNotFound, match='no option "Business"'):
        actor.select("Plan", "Business")
    with pytest.raises(AssertionFailed):
        actor.see_value("Plan", "Business", timeout=0.3)


def test_keyboard_type_press_and_fill_replaces(actor, page):
    page.set_content('<input aria-label="Search"><p id="out"></p><script>'
                     'document.querySelector("input").addEventListener("keydown", e => {'
                     ' if (e.key === "Enter") document.getElementById("out").textContent ='
                     ' "Searched " + e.target.value;'
                     "});</script>")
    actor.fill("Search", "old text")
    actor.fill("Search", "sho")
    actor.type("es")
    actor.press("Enter")
    actor.see("Searched shoes")
    actor.press("Control+A")
    actor.press("Backspace")
    actor.see_value("Search", "")


def test_click_double_click_and_hover(actor, page):
    page.set_content("""<button onclick="this.textContent='Clicked'">Press me</button>
        <div ondblclick="this.textContent='Opened'" style="width:100px">Folder</div>
        <span onmouseover="document.getElementById('tip').hidden=false">Help</span>
        <p id="tip" hidden>Tooltip text</p>""")
    actor.dont_see("Tooltip text")
    actor.hover("Help")
    actor.see("Tooltip text")
    actor.double_click("Folder")
    actor.see("Opened")
    actor.click("Press me")
    actor.see("Clicked")
    actor.dont_see("Press me")


def test_navigation_with_relative_urls_and_see_url(actor):
    actor.go_to("form.html")
    actor.see_url("form.html")
    actor.go_to("next.html")
    actor.see("You made it")
    actor.click("Back to the form")
    actor.see_url("/form.html")
    actor.see("Create your account")


def test_auto_wait_for_content_added_later(actor, page):
    page.set_content("""<p>Loading</p><script>setTimeout(() => {
        const b = document.createElement("button"); b.textContent = "Continue";
        b.onclick = () => document.body.append("Done!"); document.body.append(b);
        document.querySelector("p").remove(); }, 1000);</script>""")
    actor.click("Continue")
    actor.wait_for("Done!", timeout=3)
    actor.dont_see("Loading")


def test_waits_for_a_disabled_button_to_enable(actor, page):
    page.set_content("""<button disabled onclick="this.textContent='Sent'">Send</button>
        <script>setTimeout(() => document.querySelector("button").disabled = false, 700)</script>""")
    actor.click("Send")
    actor.see("Sent")


def test_within_and_near_in_the_runtime(actor, page):
    page.set_content("""<ul><li>Apple <button onclick="this.parentNode.remove()">Remove</button></li>
        <li>Pear <button onclick="this.parentNode.remove()">Remove</button></li></ul>
        <div style="margin-top:200px"><h3>Shipping</h3><input aria-label="Street"></div>
        <div style="margin-top:200px"><h3>Billing</h3><input aria-label="Street"></div>""")
    with actor.within("Pear"):
        actor.click("Remove")
    actor.dont_see("Pear")
    actor.see("Apple")
    actor.fill("Street", "Main St 1", near="Billing")
    assert page.eval_on_selector_all("input", "els => els.map(e => e.value)") == ["", "Main St 1"]
    assert [r.verb for r in actor.trace][:1] == ["within"]


def test_iframe_and_shadow_dom_actions(actor, page):
    page.set_content("""<iframe name="payment" srcdoc="<label>Card number <input></label>
        <button onclick='document.body.append(&quot;Paid&quot;)'>Pay</button>"></iframe>
        <x-greeting></x-greeting><script>customElements.define("x-greeting", class extends HTMLElement {
          constructor() { super(); const root = this.attachShadow({mode: "open"});
            root.innerHTML = "<button>Wave</button><p></p>";
            root.querySelector("button").onclick = () => root.querySelector("p").textContent = "Waved"; }});
        </script>""")
    actor.fill("Card number", "4242")
    actor.click("Pay")
    actor.see("Paid")
    assert actor.trace[-2].resolved["frame"] == "payment"
    actor.click("Wave")
    actor.see("Waved")


def test_missing_target_names_the_line_the_closest_candidates_and_a_screenshot(actor, page):
    page.set_content("""<button>Sign in</button><a href="#h">Login help</a>
        <h1>Log in to your account</h1><p>Unrelated paragraph about weather</p>""")
    with pytest.raises(TargetNotFound) as failure:
        actor.click("Log on")
    message = str(failure.value)
    line = failure.traceback[0].lineno + 1  # pytest counts from 0
    expected = f'click("Log on") at test_actor.py:{line} — no clickable element named "Log on"'
    assert message.startswith(expected)
    closest = re.search(r"Closest: (.*?)\. Screenshot", message).group(1)
    expected_closest = {'button "Sign in"', 'link "Login help"', 'heading "Log in to your account"'}
    assert set(closest.split(", ")) == expected_closest
    shot = Path(failure.value.screenshot)
    assert shot.exists() and shot.stat().st_size > 0 and str(shot) in message
    assert actor.trace[-1].outcome == "failed" and actor.trace[-1].screenshot == str(shot)


def test_see_failure_is_an_assertion_error(actor, page):
    page.set_content("<p>Your order is pending</p>")
    with pytest.raises(AssertionError) as failure:
        actor.see("Your order has shipped", timeout=0.3)
    assert isinstance(failure.value, AssertionFailed)
    assert 'did not see "Your order has shipped"' in str(failure.value)
    assert 'paragraph "Your order is pending"' in str(failure.value)
    with pytest.raises(AssertionFailed, match='still see "pending"'):
        actor.dont_see("pending", timeout=0.3)
    with pytest.raises(AssertionFailed, match='holds "", not "x"'):
        page.set_content('<input aria-label="Name">')
        actor.see_value("Name", "x", timeout=0.3)
    with pytest.raises(AssertionFailed, match="does not contain"):
        actor.see_url("/checkout", timeout=0.3)


def test_hidden_target_times_out_saying_so(actor, page):
    page.set_content('<button style="display:none">Secret</button>')
    with pytest.raises(StepTimeout, match=r'found button "Secret" but it stayed hidden for 0.3 s'):
        actor.click("Secret", timeout=0.3)
    with pytest.raises(StepTimeout, match='"Never" did not appear within 0.3 s'):
        actor.wait_for("Never", timeout=0.3)


def test_unreachable_url_raises_navigation_failed(actor):
    with pytest.raises(NavigationFailed, match=r"could not open http://127\.0\.0\.1:9/ .*server is running"):
        actor.go_to("http://127.0.0.1:9/")


def test_relative_url_without_base_url(actor):
    actor.base_url = None
    with pytest.raises(NavigationFailed, match="no base URL is set"):
        actor.go_to("/login")


def test_misspelled_verb_suggests_the_right_one(actor):
    with pytest.raises(AttributeError, match="Did you mean click?"):
        actor.clik("Save")
    with pytest.raises(UnknownVerb, match="Did you mean dont_see?"):
        actor.dontsee("Save")


def test_unknown_key_name(actor, page):
    page.set_content("<input autofocus>")
    with pytest.raises(Exception, match="key names look like Enter"):
        actor.press("Entr")
