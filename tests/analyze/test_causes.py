"""Each cause on the fixture app: the page is changed by an init script, the analysis must name the cause,
fix what a changed page allows, and refuse to call a broken behaviour fixed."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

TEST = """from testgen import I


def test_sign_in_and_save():
    I.go_to("/app/")
    I.fill("Username", "ada")
    I.fill("Password", "secret")
    I.click("Sign in")
    I.see("Welcome back, ada")
    I.check("Email me offers")
    I.click("Save preferences")
    I.see("Your preferences were saved. Offers: on")
"""


def on_load(body: str) -> str:
    return f"document.addEventListener('DOMContentLoaded', () => {{ {body} }});"


MUTATIONS = {
    "renamed": on_load("document.getElementById('signin').textContent = 'Log in';"),
    "moved": on_load(
        "const label = document.getElementById('offers').parentElement;"
        "const box = document.createElement('details'); const summary = document.createElement('summary');"
        "summary.textContent = 'More options'; box.append(summary); label.before(box); box.append(label);"
    ),
    "ambiguous": on_load(
        "const decoy = document.createElement('button'); decoy.type = 'button';"
        "decoy.textContent = 'Save preferences';"
        "const note = document.createElement('p'); note.textContent = 'Newsletter settings';"
        "document.getElementById('offers').parentElement.after(note, decoy);"
    ),
    "disabled": on_load("document.getElementById('save').disabled = true;"),
    "hidden": on_load("document.getElementById('save').style.display = 'none';"),
    "covered": on_load(
        "const layer = document.createElement('div');"
        "layer.style.cssText = 'position:fixed;inset:0;background:rgba(0,0,0,.4);z-index:10';"
        "const panel = document.createElement('div');"
        "panel.style.cssText = 'background:#fff;margin:4rem;padding:1rem';"
        "panel.textContent = 'We value your privacy. '; const accept = document.createElement('button');"
        "accept.textContent = 'Accept'; accept.onclick = () => layer.remove(); panel.append(accept);"
        "layer.append(panel); document.body.append(layer);"
    ),
    "text_changed": on_load(
        "new MutationObserver(() => { const s = document.getElementById('status');"
        "if (s.textContent.includes('were saved'))"
        "  s.textContent = s.textContent.replace('were saved', 'have been stored'); })"
        ".observe(document.getElementById('status'), {childList: true, characterData: true, subtree: true});"
    ),
    "text_gone": on_load(
        "const save = document.getElementById('save'); save.replaceWith(save.cloneNode(true));"
    ),
    "removed": on_load("document.getElementById('save').remove();"),
    "timing": (
        "const realFetch = window.fetch; window.fetch = (...args) => {"
        "document.getElementById('status').textContent = 'Loading…';"
        "return new Promise(done => setTimeout(() => done(realFetch(...args)), 2500)); };"
    ),
}


def analyze_with(analyzer, app_url, script=None, route=None, baseline=None):
    def hook(context):
        if script:
            context.add_init_script(script=script)
        if route:
            context.route("**/prefs.json", route)

    analyzer.hook = hook
    return analyzer.analyze(TEST, base_url=app_url, baseline=baseline)


def test_unchanged_page_passes_and_records_a_baseline(analyzer, app_url):
    analysis = analyze_with(analyzer, app_url)
    assert analysis.status == "passes"
    assert analysis.baseline is not None and len(analysis.baseline) == 8
    assert any(entry[1] == "Sign in" for entry in analysis.baseline[3]["outline"])


def test_renamed_button_is_fixed_by_its_new_name(analyzer, app_url):
    baseline = analyze_with(analyzer, app_url).baseline
    analysis = analyze_with(analyzer, app_url, MUTATIONS["renamed"], baseline=baseline)
    assert (analysis.status, analysis.cause) == ("fixed", "renamed"), analysis.to_json()
    assert analysis.failing_step == {"line": 8, "source": 'I.click("Sign in")'}
    assert analysis.proposed is not None and analysis.proposed.source == 'I.click("Log in")'
    assert '-    I.click("Sign in")\n+    I.click("Log in")\n' in analysis.patch
    assert 'button "Log in"' in analysis.outline_diff and 'button "Sign in"' in analysis.outline_diff


def test_target_behind_a_disclosure_is_fixed_by_opening_it(analyzer, app_url):
    analysis = analyze_with(analyzer, app_url, MUTATIONS["moved"])
    assert (analysis.status, analysis.cause) == ("fixed", "moved")
    assert analysis.proposed.source == 'I.click("More options")\nI.check("Email me offers")'


@pytest.mark.parametrize("with_baseline", [False, True])
def test_same_named_decoy_is_fixed_with_near(analyzer, app_url, with_baseline):
    baseline = analyze_with(analyzer, app_url).baseline if with_baseline else None
    analysis = analyze_with(analyzer, app_url, MUTATIONS["ambiguous"], baseline=baseline)
    assert (analysis.status, analysis.cause) == ("fixed", "ambiguous")
    assert analysis.failing_step["source"] == 'I.click("Save preferences")'
    assert analysis.failed_at["source"].startswith('I.see("Your preferences')
    assert "near=" in analysis.proposed.source


def test_covering_layer_is_dismissed(analyzer, app_url):
    analysis = analyze_with(analyzer, app_url, MUTATIONS["covered"])
    assert (analysis.status, analysis.cause) == ("fixed", "covered")
    assert analysis.proposed.source.startswith('I.click("Accept")')


def test_slow_page_gets_a_longer_wait(analyzer, app_url):
    analysis = analyze_with(analyzer, app_url, MUTATIONS["timing"])
    assert (analysis.status, analysis.cause) == ("fixed", "timing")
    assert "timeout=" in analysis.proposed.source and analysis.proposed.source.startswith('I.see("Your')


@pytest.mark.parametrize("cause", ["disabled", "hidden", "removed", "text_gone"])
def test_broken_behaviour_is_never_fixed(analyzer, app_url, cause):
    analysis = analyze_with(analyzer, app_url, MUTATIONS[cause])
    assert (analysis.status, analysis.cause) == ("behaviour_changed", cause)
    assert analysis.proposed is None and analysis.patch == ""


def test_reworded_assertion_is_a_behaviour_change_with_its_verified_rewording(analyzer, app_url):
    analysis = analyze_with(analyzer, app_url, MUTATIONS["text_changed"])
    assert (analysis.status, analysis.cause) == ("behaviour_changed", "text_changed")
    fix = analysis.proposed
    assert fix is not None and fix.changes_assertion
    assert fix.source == 'I.see("Your preferences have been stored. Offers: on")'


def test_server_error_is_a_page_error(analyzer, app_url):
    analysis = analyze_with(analyzer, app_url, route=lambda route: route.fulfill(status=500, body="boom"))
    assert (analysis.status, analysis.cause) == ("behaviour_changed", "page_error")
    assert "500" in analysis.explanation


SLOW_SIGN_IN = on_load(
    "const button = document.getElementById('signin'); button.hidden = true;"
    "const note = document.createElement('p'); note.textContent = 'Loading…'; button.after(note);"
    "setTimeout(() => { button.hidden = false; note.remove(); }, 3500);"
)


def test_slow_step_then_a_rename_is_fixed_at_the_rename(analyzer, app_url):
    """The first failure is a slow page; the longer wait gets the test to its real break, which is fixed."""
    renamed_save = on_load("document.getElementById('save').textContent = 'Store preferences';")
    analysis = analyze_with(analyzer, app_url, SLOW_SIGN_IN + renamed_save)
    assert (analysis.status, analysis.cause) == ("fixed", "renamed"), analysis.to_json()
    assert analysis.proposed.source == 'I.click("Store preferences")'
    assert 'I.click("Sign in", timeout=' in analysis.patch
    assert '+    I.click("Store preferences")' in analysis.patch


def test_slow_step_then_a_removal_is_a_behaviour_change(analyzer, app_url):
    analysis = analyze_with(analyzer, app_url, SLOW_SIGN_IN + MUTATIONS["removed"])
    assert (analysis.status, analysis.cause) == ("behaviour_changed", "removed"), analysis.to_json()
    assert analysis.proposed is None and analysis.patch == ""


def test_removed_button_the_site_script_looks_for_is_a_removal(analyzer, app_url):
    """The site's own script fails reading the missing button (null): the removal is the cause."""
    early_removal = (
        "new MutationObserver((_, watcher) => { const save = document.getElementById('save');"
        "if (save) { save.remove(); watcher.disconnect(); } })"
        ".observe(document, {childList: true, subtree: true});"
    )
    analysis = analyze_with(analyzer, app_url, early_removal)
    assert (analysis.status, analysis.cause) == ("behaviour_changed", "removed"), analysis.to_json()
    assert "of null" in analysis.explanation


def test_gone_text_is_not_reworded_into_a_text_the_page_already_had(analyzer, app_url):
    """A text that reads like the expected one but stood beside it in the passing run is another text."""
    note = on_load(
        "const p = document.createElement('p');"
        "p.textContent = 'Preferences were last saved on Monday. Offers: on request';"
        "document.getElementById('status').before(p);"
    )
    baseline = analyze_with(analyzer, app_url, note).baseline
    analysis = analyze_with(analyzer, app_url, note + MUTATIONS["text_gone"], baseline=baseline)
    assert (analysis.status, analysis.cause) == ("behaviour_changed", "text_gone"), analysis.to_json()
    assert analysis.proposed is None


def test_hidden_target_an_earlier_step_slipped_past_is_hidden(analyzer, app_url):
    """The checkbox is hidden, so its step checks a similar one beside it and a later check fails: the cause
    is the hidden checkbox at its own step, not the later text."""
    hide_offers = on_load(
        "const label = document.getElementById('offers').parentElement;"
        "const other = document.createElement('label');"
        "other.innerHTML = '<input type=checkbox> Email me offers weekly';"
        "label.after(other); label.style.display = 'none';"
    )
    weekly = on_load(
        "const other = document.createElement('label');"
        "other.innerHTML = '<input type=checkbox> Email me offers weekly';"
        "document.getElementById('offers').parentElement.after(other);"
    )
    baseline = analyze_with(analyzer, app_url, weekly).baseline
    analysis = analyze_with(analyzer, app_url, hide_offers, baseline=baseline)
    assert (analysis.status, analysis.cause) == ("behaviour_changed", "hidden"), analysis.to_json()
    assert analysis.failing_step["source"] == 'I.check("Email me offers")'
    assert analysis.proposed is None
