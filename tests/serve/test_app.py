"""The server's endpoints through FastAPI's test client: event order, answers, limits, auth, docs."""

from __future__ import annotations

import pytest

from testgen.serve.http import read_events
from testgen.serve.work import clause_map
from testgen.step import Step
from tests.serve.conftest import WIDGETS_TASK

SAVED_PAGE = """<!doctype html><html><body><h1>Newsletter</h1>
<label for=mail>Email</label><input id=mail><button>Subscribe</button><p>Thanks for subscribing</p>
</body></html>"""


def generate(client, **body) -> list[tuple[str, dict]]:
    with client.stream("POST", "/v1/generate", json=body) as answer:
        assert answer.status_code == 200, answer.read()
        assert answer.headers["content-type"].startswith("text/event-stream")
        return list(read_events(answer.iter_lines()))


def names(events: list[tuple[str, dict]]) -> list[str]:
    return [name for name, _ in events]


def test_health_models_and_docs(client) -> None:
    health = client.get("/healthz").json()
    assert health["ok"] is True and health["auth"] is False
    assert health["queue"]["running"] is None and health["queue"]["open_contexts"] == 0
    models = {m["id"]: m for m in client.get("/v1/models").json()["models"]}
    assert set(models) == {"model", "rules"} and models["model"]["default"] is True
    schema = client.get("/openapi.json").json()
    assert {"/v1/generate", "/v1/run", "/v1/analyze", "/healthz", "/v1/models"} <= set(schema["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()
    script = next(part.split('"')[0] for part in docs.text.split('src="')[1:] if ".js" in part.split('"')[0])
    assert client.get(script).status_code == 200  # served by the app itself
    page = client.get("/")
    assert page.status_code == 200 and 'id="generate-form"' in page.text


@pytest.mark.browser
def test_generate_streams_steps_then_clause_map_then_the_test(client, sites_url: str) -> None:
    events = generate(client, task=WIDGETS_TASK, url=f"{sites_url}/widgets/")
    order = names(events)
    assert order[:3] == ["accepted", "started", "clauses"]
    assert order[-3:] == ["clause_map", "test", "done"]
    steps = [data["line"] for name, data in events if name == "step"]
    assert steps == ['I.click("Yearly")', 'I.see("$120 per year")']
    assert set(order[3:-3]) == {"step"}
    test = dict(events)["test"]
    assert test["passed"] is True and test["validated"] is True
    assert all(line in test["source"] for line in steps)
    mapping = dict(events)["clause_map"]
    assert [c["steps"] for c in mapping["clauses"]] == [[1], [2]] and mapping["unrealized"] == []
    assert dict(events)["done"]["outcome"] == "done"
    assert client.get("/healthz").json()["queue"]["open_contexts"] == 0


def test_saved_html_is_planned_not_validated(client) -> None:
    events = generate(client, task='Click Subscribe and check that "Thanks for subscribing" is shown',
                      html=SAVED_PAGE, planner="rules")
    test = dict(events)["test"]
    assert test["validated"] is False and test["passed"] is None
    assert 'I.click("Subscribe")' in test["source"] and "I.go_to" not in test["source"]


def test_a_sentence_with_nothing_to_test_is_a_refusal_naming_the_cause(client) -> None:
    events = generate(client, task="12 34 !!", html=SAVED_PAGE)
    assert names(events)[-2:] == ["refusal", "done"]
    refusal = dict(events)["refusal"]
    assert refusal["kind"] == "NothingToTest" and "names nothing to do or check" in refusal["message"]
    assert "test" not in names(events)


@pytest.mark.browser
def test_an_unreachable_url_is_a_refusal(client) -> None:
    events = generate(client, task="Click Save and see Saved", url="http://127.0.0.1:9/", planner="rules")
    refusal = dict(events)["refusal"]
    assert refusal["kind"] == "PageUnreachable" and "127.0.0.1:9" in refusal["message"]


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({"task": "see it", "url": "http://a/", "html": "<p>"}, "exactly one of `url`"),
        ({"task": "see it"}, "exactly one of `url`"),
        ({"task": "see it", "url": "file:///etc/passwd"}, "not an http(s) address"),
        ({"task": "see it", "url": "http://a/", "beam": 99}, "beam"),
    ],
)
def test_bad_requests_are_422_naming_the_field(client, body: dict, problem: str) -> None:
    answer = client.post("/v1/generate", json=body)
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["kind"] == "invalid_request" and problem in error["message"]


def test_sizes_over_their_limits_are_413_naming_the_limit(make_client) -> None:
    small = make_client(max_task=20, max_html=100, max_source=50, max_body=1000)
    cases = [
        ("/v1/generate", {"task": "x" * 21, "url": "http://a/"}, "the limit is 20 characters"),
        ("/v1/generate", {"task": "see it", "html": "<p>" * 40}, "the limit is 100 bytes"),
        ("/v1/run", {"source": "#" * 51}, "the limit is 50 bytes"),
        ("/v1/generate", {"task": "see it", "html": "x" * 2000}, "the limit is 1000 bytes"),
    ]
    for path, body, limit in cases:
        answer = small.post(path, json=body)
        assert answer.status_code == 413, (path, answer.text)
        assert answer.json()["error"]["kind"] == "too_large" and limit in answer.json()["error"]["message"]
    assert small.get("/healthz").json()["queue"]["jobs"]["done"] == 0


def test_a_chunked_body_over_the_limit_is_413(make_client) -> None:
    small = make_client(max_body=1000)
    chunks = (b'{"task": "' + b"x" * 600, b"x" * 600 + b'", "url": "http://a/"}')
    answer = small.post("/v1/generate", content=iter(chunks), headers={"content-type": "application/json"})
    assert answer.status_code == 413 and "the limit is 1000 bytes" in answer.json()["error"]["message"]


def test_bearer_token_is_required_on_the_api_only(make_client, tmp_path) -> None:
    (tmp_path / "token").write_text("s3cret-token\n")
    guarded = make_client(token_file=str(tmp_path / "token"))
    body = {"task": "12 34", "html": SAVED_PAGE}
    missing = guarded.post("/v1/generate", json=body)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert missing.json()["error"]["kind"] == "unauthorized"
    wrong = guarded.get("/v1/models", headers={"Authorization": "Bearer s3cret-tokeN"})
    assert wrong.status_code == 401
    assert guarded.get("/v1/models", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
    right = guarded.post("/v1/generate", json=body, headers={"Authorization": "Bearer s3cret-token"})
    assert right.status_code == 200 and "event: refusal" in right.text
    health = guarded.get("/healthz")
    assert health.status_code == 200 and health.json()["auth"] is True


def test_analyze_without_the_analyzer_is_501(client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("testgen.serve.app.analyzer_installed", lambda: False)
    answer = client.post("/v1/analyze", json={"source": "def test_x(): pass", "base_url": "http://a/"})
    assert answer.status_code == 501 and "analysis is not installed" in answer.json()["error"]["message"]


@pytest.mark.browser
def test_run_streams_each_test_and_a_summary(client, sites_url: str) -> None:
    source = (
        "from testgen import I\n\n"
        "def test_yearly():\n"
        f'    I.go_to("{sites_url}/widgets/")\n'
        '    I.click("Yearly")\n'
        '    I.see("$120 per year")\n\n'
        "def test_wrong_price():\n"
        f'    I.go_to("{sites_url}/widgets/")\n'
        '    I.see("$999 per year", timeout=1)\n'
    )
    with client.stream("POST", "/v1/run", json={"source": source}) as answer:
        events = list(read_events(answer.iter_lines()))
    tests = {data["name"]: data for name, data in events if name == "test"}
    assert tests["test_yearly"]["outcome"] == "passed"
    assert [s["line"] for s in tests["test_yearly"]["steps"]][-1] == 'I.see("$120 per year")'
    wrong = tests["test_wrong_price"]
    assert wrong["outcome"] == "failed" and "$999 per year" in wrong["error"]
    summary = dict(events)["summary"]
    assert (summary["ok"], summary["passed"], summary["failed"]) == (False, 1, 1)
    assert names(events)[-2:] == ["summary", "done"]


def test_run_refuses_a_file_that_does_not_parse(client) -> None:
    with client.stream("POST", "/v1/run", json={"source": "def test_x(:\n    pass\n"}) as answer:
        events = list(read_events(answer.iter_lines()))
    refusal = dict(events)["refusal"]
    assert refusal["kind"] == "TestFileSyntaxError" and refusal["message"].startswith("test_submitted.py:1:")


def test_clause_map_gives_each_step_the_clause_that_says_its_words() -> None:
    task = 'Log in as bob with password hunter2, then check that "Welcome, bob" is shown'
    steps = [Step("fill", "Username", "bob"), Step("fill", "Password", "hunter2"), Step("click", "Log in"),
             Step("see", "Welcome, bob")]
    mapping = clause_map(task, steps)
    assert [c["text"] for c in mapping["clauses"]] == ["Log in as bob with password hunter2",
                                                        'check that "Welcome, bob" is shown']
    assert [c["steps"] for c in mapping["clauses"]] == [[1, 2, 3], [4]]
    unrealized = clause_map(task, steps[:3])["unrealized"]
    assert unrealized == [{"text": 'check that "Welcome, bob" is shown', "problem": "no step does it"}]
