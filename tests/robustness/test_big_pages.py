"""Pages and sentences of any size: the model reads a budgeted outline through its recurrent state in
chunks, so generation ends with a test or a clear refusal in bounded memory and time."""

from __future__ import annotations

import resource
import subprocess
import sys

import pytest
import torch

from html_compactor import compact
from testgen.generate import planner as planner_module
from testgen.generate.errors import NothingToTest
from testgen.generate.live import GenerateConfig, generate_offline, within_budget
from testgen.generate.load import BASE_MODEL, load_generator, planner_factory
from testgen.generate.planner import ModelPlanner, PageView, stream
from tests.robustness.pages import buttons_page, catalogue_page

needs_model = pytest.mark.skipif(not BASE_MODEL.is_dir(), reason="no shipped model in testgen/weights/base")
MAX_RSS_KB = 2 * 1024 * 1024


@pytest.fixture(scope="module")
def generator():
    if not BASE_MODEL.is_dir():
        pytest.skip("no shipped model in testgen/weights/base")
    return load_generator()


def test_streaming_in_chunks_reads_what_one_pass_reads(generator):
    ids = torch.randint(0, generator.tokenizer.vocab_size, (300,)).tolist()
    with torch.no_grad():
        logits, state, hidden = generator.rwkv(torch.tensor([ids]), return_hidden=True)
        last, streamed_state, streamed_hidden = stream(generator.rwkv, ids, chunk=64)
    torch.testing.assert_close(last, logits[0, -1], atol=1e-4, rtol=1e-4)
    torch.testing.assert_close(streamed_hidden, hidden[0], atol=1e-4, rtol=1e-4)
    torch.testing.assert_close(streamed_state.wkv, state.wkv, atol=1e-4, rtol=1e-4)


def test_no_model_call_reads_more_than_one_chunk(generator, monkeypatch, tmp_path):
    outline = compact(buttons_page(tmp_path / "page.html", 150), fold=False)
    widths = []
    rwkv = generator.rwkv
    original = type(rwkv).forward

    def counting(self, tokens, *args, **kwargs):
        widths.append(tokens.shape[1])
        return original(self, tokens, *args, **kwargs)

    monkeypatch.setattr(type(rwkv), "forward", counting)
    monkeypatch.setattr(planner_module, "STREAM_CHUNK", 128)
    planner = ModelPlanner(generator, "Click Button 149 and see Done")
    planner.propose(PageView(outline.text), [])
    assert max(widths) <= 128 < sum(widths)


def test_a_page_over_budget_keeps_the_lines_the_task_needs(tmp_path):
    task = "Click Button 17 and see Done"
    whole = compact(buttons_page(tmp_path / "page.html", 5000), query=task)
    assert whole.tokens() > 1000
    kept = within_budget(whole, 1000)
    assert kept.tokens() <= 1000
    assert '"Button 17"' in kept.text and '"Done"' in kept.text
    small = compact("<button>Go</button><p>Hi</p>", query=task)
    assert within_budget(small, 1000) is small


def test_an_endless_sentence_is_refused_before_it_is_read(tmp_path):
    page = buttons_page(tmp_path / "page.html", 3)
    with pytest.raises(NothingToTest, match="characters long"):
        generate_offline("Click Button 1 and see Done. " * 2000, str(page), planner_factory("rules"))


@needs_model
@pytest.mark.slow
def test_a_page_of_thousands_of_buttons_gets_a_test(tmp_path):
    page = buttons_page(tmp_path / "page.html", 5000)
    steps = generate_offline("Click Button 4321 and see Done", str(page), planner_factory("model"),
                             GenerateConfig(budget=2048))
    assert [s.render() for s in steps] == ['I.click("Button 4321")', 'I.see("Done")']


@needs_model
def test_a_name_that_holds_a_shorter_name_is_the_one_clicked(tmp_path):
    page = catalogue_page(tmp_path / "page.html", 0.05)  # ~170 cards: "Add 1" … "Add 170", folded
    steps = generate_offline("Click Add 17 and see End of list", str(page), planner_factory("model"),
                             GenerateConfig(budget=1024))
    assert [s.render() for s in steps if s.verb != "go_to"] == ['I.click("Add 17")', 'I.see("End of list")']


def generate_in_child(page, task: str) -> tuple[subprocess.CompletedProcess, int]:
    """`testgen generate --html --json` in a child process: its answer and its peak RSS in KB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run(
        [sys.executable, "-m", "testgen", "generate", task, "--html", str(page), "--json"],
        capture_output=True, text=True, timeout=1200,
    )
    return done, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


@needs_model
@pytest.mark.slow
@pytest.mark.parametrize(
    ("build", "task"),
    [
        (lambda path: buttons_page(path, 200_000), "Click Button 17 and see Done"),
        (lambda path: catalogue_page(path, 50), "Click Add 17 and see End of list"),
    ],
    ids=["200k-buttons", "50MB"],
)
def test_huge_pages_end_in_bounded_memory(tmp_path, build, task):
    done, peak_kb = generate_in_child(build(tmp_path / "page.html"), task)
    assert done.returncode in (0, 2), done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert '"steps"' in done.stdout or '"error"' in done.stdout
    assert peak_kb <= MAX_RSS_KB, f"peak RSS {peak_kb / 1024:.0f} MB"
