"""Widgets drawn with ARIA roles or styled labels: check, fill, select and see_value on small pages."""

from __future__ import annotations

import pytest

from testgen.runtime import AssertionFailed, BadValue, StateUnchanged, TargetNotFound

pytestmark = pytest.mark.browser

SPIN = """<div role="spinbutton" tabindex="0" aria-label="Font size" aria-valuemin="8" aria-valuemax="40"
  aria-valuenow="16" aria-valuetext="16 point">16 pt</div><p id="log"></p>
<script>
const spin = document.querySelector("[role=spinbutton]");
let size = 16;
spin.addEventListener("keydown", (e) => {
  const by = { ArrowUp: 1, ArrowDown: -1, Home: 8 - size, End: 40 - size }[e.key];
  if (by === undefined) return;
  size = Math.min(40, Math.max(8, size + by));
  spin.setAttribute("aria-valuenow", size);
  spin.setAttribute("aria-valuetext", size + " point");
  spin.textContent = size + " pt";
});
</script>"""


def test_check_on_a_checkbox_the_click_removes(actor, page):
    page.set_content("""<ul><li><label><input type="checkbox"
        onchange="this.closest('li').remove(); document.querySelector('p').textContent = 'Done'">
        Water plants</label></li></ul><p></p>""")
    actor.check("Water plants")
    actor.see("Done")


def test_uncheck_on_a_switch_re_rendered_by_the_click(actor, page):
    page.set_content("""<div id="box"></div><script>
        function draw(on) {
          document.getElementById("box").innerHTML =
            '<button role="switch" aria-checked="' + on + '">Read</button>';
          document.querySelector("button").onclick = () => setTimeout(() => draw(!on), 50);
        }
        draw(true);</script>""")
    actor.uncheck("Read")
    actor.see_value("Read", "unchecked")
    actor.uncheck("Read")  # already clear: no click
    actor.see_value("Read", "unchecked")


def test_check_that_does_not_change_the_state_fails(actor, page):
    page.set_content('<label><input type="checkbox" onclick="return false"> Locked</label>')
    with pytest.raises(StateUnchanged, match="stayed unchecked"):
        actor.check("Locked", timeout=1.5)


@pytest.mark.parametrize("style", [
    "opacity: 0; position: absolute; width: 1px; height: 1px",
    "position: absolute; clip: rect(0 0 0 0); width: 1px; height: 1px",
])
def test_hidden_checkbox_is_used_through_its_label(actor, page, style):
    page.set_content(f"""<input type="checkbox" id="all" style="{style}">
        <label for="all" style="display: inline-block; width: 40px; height: 40px; font-size: 0">
        Mark all</label>
        <p id="out">none</p><script>document.getElementById("all").onchange =
        (e) => document.getElementById("out").textContent = e.target.checked ? "all" : "none";</script>""")
    actor.check("Mark all")
    actor.see("all")
    assert page.is_checked("#all")
    actor.uncheck("Mark all")
    actor.see("none")
    actor.click("Mark all")
    actor.see("all")


def test_checkbox_covered_by_its_own_label(actor, page):
    page.set_content("""<div style="position: relative"><input type="checkbox" id="c" style="margin: 0">
        <label for="c" style="position: absolute; inset: 0; width: 60px; height: 30px; background: #eee">
        Starred</label></div>""")
    actor.check("Starred")
    assert page.is_checked("#c")


def test_see_value_reads_a_spin_button_as_shown(actor, page):
    page.set_content(SPIN)
    actor.see_value("Font size", "16")
    actor.see_value("Font size", "16 pt")
    actor.see_value("Font size", "16 point")
    with pytest.raises(AssertionFailed, match='shown as "16 point", "16 pt"'):
        actor.see_value("Font size", "17 pt", timeout=0.3)


def test_fill_moves_a_spin_button_with_the_keyboard(actor, page):
    page.set_content(SPIN)
    actor.fill("Font size", "20")
    actor.see_value("Font size", "20 pt")
    actor.fill("Font size", "9 pt")  # nearer the minimum: Home, then arrows up
    actor.see_value("Font size", "9")
    with pytest.raises(BadValue, match="out of its range"):
        actor.fill("Font size", "41")
    with pytest.raises(BadValue, match="no number"):
        actor.fill("Font size", "large")


def test_fill_finds_a_slider_by_its_name(actor, page):
    page.set_content("""<div role="slider" tabindex="0" aria-label="Volume" aria-valuemin="0"
        aria-valuemax="10" aria-valuenow="2" style="width: 80px; height: 10px; background: #ccc"
        onkeydown="const n = +this.getAttribute('aria-valuenow')
                     + ({ArrowUp: 1, ArrowDown: -1}[event.key] || 0);
                   this.setAttribute('aria-valuenow', n);
                   this.setAttribute('aria-valuetext', n + ' of 10')"></div>""")
    actor.fill("Volume", "7")
    actor.see_value("Volume", "7 of 10")


GROUPS = """
<div role="radiogroup" aria-label="Alignment">
  <span role="radio" aria-checked="true" tabindex="0">Left</span>
  <span role="radio" aria-checked="false" tabindex="-1">Right</span></div>
<div role="tablist" aria-label="Period">
  <button role="tab" aria-selected="true">Monthly</button>
  <button role="tab" aria-selected="false">Yearly</button>
</div>
<ul role="tree" aria-label="Folders"><li role="treeitem" aria-selected="false">Music</li>
  <li role="treeitem" aria-selected="false">Photos</li></ul>
<p id="out"></p>
<script>
document.querySelectorAll("[role=radio],[role=tab],[role=treeitem]").forEach((item) => item.onclick = () => {
  item.parentElement.querySelectorAll("[role]").forEach((other) =>
    other.setAttribute(other.role === "radio" ? "aria-checked" : "aria-selected", String(other === item)));
  document.getElementById("out").textContent = "Chose " + item.textContent;
});
</script>"""


@pytest.mark.parametrize(("group", "option"), [("Alignment", "right"), ("Period", "Yearly"),
                                               ("Folders", "Photos")])
def test_select_clicks_the_item_of_a_group(actor, page, group, option):
    page.set_content(GROUPS)
    actor.select(group, option)
    actor.see(f"Chose {option.capitalize()}")


def test_select_names_the_items_of_a_group_when_none_matches(actor, page):
    page.set_content(GROUPS)
    with pytest.raises(TargetNotFound, match="its radios are: Left, Right"):
        actor.select("Alignment", "Centre")
