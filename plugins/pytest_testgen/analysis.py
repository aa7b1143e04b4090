"""`--analyze`: when a browser test fails, analyze it (`testgen analyze`) and add the verdict to its failure
text, so that the JUnit report says why it failed and what the verified fix is."""

from __future__ import annotations

from typing import Any

import pytest

SECTION = "testgen analyze"


def explain_failure(item: pytest.Item, report: pytest.TestReport, browser: Any, base_url: str | None) -> None:
    """Add the analysis of the failed test `item` to its report's failure text (a section of longrepr)."""
    from testgen.analyze import AnalyzeConfig, Analyzer
    from testgen.errors import TestgenError

    if base_url is None:
        text = "not analyzed: pass --base-url (the analysis re-runs the test against the site)"
    else:
        analyzer = Analyzer(AnalyzeConfig.from_env(), browser=browser)
        try:
            name = getattr(item, "originalname", item.name)
            analysis = analyzer.analyze(item.path.read_text(), test_name=name, base_url=base_url,
                                        path=str(item.path))
            text = analysis.summary()
            if analysis.patch:
                text += "\n" + analysis.patch
        except TestgenError as err:
            text = f"not analyzed: {err}"
    if hasattr(report.longrepr, "addsection"):
        report.longrepr.addsection(SECTION, text)
    else:
        report.longrepr = f"{report.longrepr}\n\n{SECTION}\n{text}"
