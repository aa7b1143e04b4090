"""Why did this test fail? Run it to its failing step, read the live page, name the cause, and propose
only fixes that a full re-run verified and that keep every assertion (docs/analyze.md).

    from testgen.analyze import analyze
    analysis = analyze(source, base_url="http://127.0.0.1:8765")
    analysis.to_json()   # {"status": "fixed", "cause": "renamed", "fixes": [...], "patch": "..."}
"""

from testgen.analyze.analysis import STATUSES, Analysis, Fix
from testgen.analyze.analyzer import Analyzer, analyze
from testgen.analyze.config import AnalyzeConfig, AnalyzeConfigError
from testgen.analyze.diagnose import BEHAVIOUR_CAUSES, CAUSES
from testgen.analyze.script import TestNotAnalyzable

__all__ = [
    "BEHAVIOUR_CAUSES",
    "CAUSES",
    "STATUSES",
    "Analysis",
    "AnalyzeConfig",
    "AnalyzeConfigError",
    "Analyzer",
    "Fix",
    "TestNotAnalyzable",
    "analyze",
]
