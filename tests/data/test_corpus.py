"""Single-page tasks on saved real pages replay on a fresh load; field checks fail before the fill."""

from __future__ import annotations

import random

import pytest

from testgen.data.corpus import CorpusSession, corpus_pages, page_records
from testgen.step import Step

pytestmark = pytest.mark.browser
PAGES = corpus_pages()


@pytest.mark.skipif(not PAGES, reason="../shared/corpus is absent beside the checkout")
def test_corpus_tasks_replay_and_mean_something(driver):
    page = min(PAGES, key=lambda p: p.stat().st_size)
    with CorpusSession(driver.browser, page, driver.config) as session:
        records = page_records(session, page, random.Random(3), tasks=4, phrasings=1)
    assert records, f"no task found on {page.name}"
    for record in records:
        assert record.site == "corpus" and record.start_url.startswith("corpus:")
        steps = [Step.parse(s.line) for s in record.steps]
        with CorpusSession(driver.browser, page, driver.config) as session:
            session.run(Step("go_to", session.url))
            if steps[-1].verb == "see_value":
                assert session.fails(steps[-1])
            for step in steps:
                session.run(step)
