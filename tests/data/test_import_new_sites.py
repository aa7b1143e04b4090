"""The importer on each of the sites modelled on real widgets: one written test per site replays into a
verified record whose outlines name what the test acts on."""

from __future__ import annotations

import textwrap

import pytest

from testgen.data.importers import parse_file
from testgen.data.importers.replay import replay

pytestmark = pytest.mark.browser

TESTS = {
    "groceries": ('Add an item', ['I.fill("Add an item", "Eggs")', 'I.press("Enter")',
                                  'I.see("Added Eggs.")']),
    "chores": ('Chore', ['I.fill("Chore", "Mop the floor")', 'I.click("Add chore")',
                         'I.see("Mop the floor")']),
    "packing": ('Item name', ['I.fill("Item name", "Sunscreen")', 'I.click("Add to list")',
                              'I.see("Sunscreen")']),
    "reading": ('Title', ['I.fill("Title", "Dune")', 'I.fill("Author", "Frank Herbert")',
                          'I.click("Add book")', 'I.see("Added Dune by Frank Herbert.")']),
    "claims": ('Submit claim', ['I.click("Submit claim")', 'I.see("There is a problem")']),
    "metrics": ('Next', ['I.click("Next")', 'I.see("Showing 11–20 of 45 orders")']),
    "flights": ('Search flights', ['I.click("Search flights")', 'I.see("Choose a departure airport.")']),
    "editor": ('Edit', ['I.click("Edit")', 'I.click("Find and replace")', 'I.fill("Find", "tomato")',
                        'I.see("5 matches")']),
    "helpdesk": ('New ticket', ['I.click("New ticket")', 'I.click("Create ticket")',
                                'I.see("Enter a subject.")']),
    "filebox": ('Rename', ['I.click("Roadmap.pdf")', 'I.click("Rename")', 'I.fill("New name", "a/b")',
                           'I.click("Save name")', 'I.see("Names can\'t contain a slash.")']),
    "inventory": ('Next page', ['I.click("Next page")', 'I.see("Showing 11–20 of 57")']),
    "outdoor": ('Next slide', ['I.click("Next slide")', 'I.see("New: Trail Runner 2")']),
}


@pytest.mark.parametrize("site", sorted(TESTS))
def test_a_written_test_on_each_new_site_becomes_a_verified_record(site, tmp_path, driver):
    named, lines = TESTS[site]
    body = "\n".join(f"    {line}" for line in [f'I.go_to("/{site}/")', *lines])
    path = tmp_path / f"test_{site}.py"
    path.write_text(textwrap.dedent(f'''\
        from testgen import I


        def test_it():
            """a task on {site}"""
        ''') + body + "\n")
    result = replay(driver, parse_file(path), verify=True)
    assert result.problems == [], result.problems
    [record] = result.records
    assert record.site == site and [s.line for s in record.steps] == lines
    assert named in record.steps[0].outline
    assert record.meta["verified"]["fails_when_broken"]
