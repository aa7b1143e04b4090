"""The record schema: valid records load, broken ones fail with file, line and field named."""

import gzip
import json

import pytest

from testgen.data.record import Record, RecordError, StepRecord, read_records, validate_record, write_records


def good_record() -> dict:
    return {
        "site": "shop", "start_url": "/shop/login.html", "task": "Log in as bob", "kind": "generate",
        "steps": [{"outline": '[1] textbox "Username"\n[2] button "Log in"', "diff": "",
                   "line": 'I.fill("Username", "bob")', "target_id": 1, "value_source": "task",
                   "value_span": [10, 13], "see_line": None}],
    }


def test_valid_record_round_trips_through_gzip(tmp_path):
    record = validate_record(good_record())
    path = tmp_path / "train.jsonl.gz"
    assert write_records(path, [record, record]) == 2
    loaded = list(read_records(path))
    assert loaded == [record, record]
    with gzip.open(path, "rt") as handle:
        assert json.loads(handle.readline())["steps"][0]["target_id"] == 1


@pytest.mark.parametrize("mutate, field", [
    (lambda r: r.pop("task"), "'task' is missing"),
    (lambda r: r.update(kind="teach"), "'kind' should be one of"),
    (lambda r: r["steps"][0].update(line="click it"), "'steps[0].line'"),
    (lambda r: r["steps"][0].update(value_span=[10, 99]), "'steps[0].value_span' ends at 99"),
    (lambda r: r["steps"][0].update(target_id="1"), "'target_id' should be int"),
    (lambda r: r["steps"][0].update(see_line=7), "'steps[0].see_line' points past"),
    (lambda r: r.update(steps=[]), "'steps' is empty"),
    (lambda r: r.update(kind="repair"), "'repair' is missing"),
    (lambda r: r.update(colour="red"), "'colour' is not part of a record"),
])
def test_broken_record_names_file_line_and_field(tmp_path, mutate, field):
    lines = [good_record(), good_record()]
    mutate(lines[1])
    path = tmp_path / "broken.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n")
    with pytest.raises(RecordError) as caught:
        list(read_records(path))
    assert f"{path}:2:" in str(caught.value)
    assert field in str(caught.value)
    assert "SCHEMA.md" in str(caught.value)


def test_not_json_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(good_record()) + "\n{oops\n")
    with pytest.raises(RecordError, match=r"bad.jsonl:2: not valid JSON"):
        list(read_records(path))


def test_repair_record_needs_fixed_line_exactly_when_fixed():
    data = good_record() | {"kind": "repair", "repair": {
        "mutation": "rename", "failing_step": 0, "error": "no element", "outline": "[1] textbox \"User\"",
        "fixed_line": None, "verdict": "fixed"}}
    with pytest.raises(RecordError, match="repair.fixed_line"):
        validate_record(data)
    data["repair"]["fixed_line"] = 'I.fill("User", "bob")'
    assert validate_record(data).repair.fixed_line == 'I.fill("User", "bob")'


def test_key_separates_different_steps_and_matches_equal_ones():
    one = Record("shop", "/shop/", "t", "generate", [StepRecord("o", "", 'I.click("A")')])
    same = Record("shop", "/shop/", "t", "generate", [StepRecord("other outline", "", 'I.click("A")')])
    other = Record("shop", "/shop/", "t", "generate", [StepRecord("o", "", 'I.click("B")')])
    assert one.key() == same.key()
    assert one.key() != other.key()


def test_stats_count_one_test_said_in_two_ways_once(tmp_path):
    from testgen.data.record import Record, StepRecord, write_records
    from testgen.data.stats import dataset_stats

    def record(task: str, line: str) -> Record:
        return Record("todo", "/todo/", task, "generate", [StepRecord("", "", line)], style="terse")

    path = tmp_path / "train.jsonl.gz"
    said_twice = [record("Click Add", 'I.click("Add")'), record("Press the Add button", 'I.click("Add")')]
    write_records(path, [*said_twice, record("Click Clear", 'I.click("Clear")')])
    stats = dataset_stats(path)
    assert stats["records"] == 3 and stats["tests"] == 2


def test_stats_of_a_dataset_folder_count_writers_sites_and_held_out_leaks(tmp_path, capsys):
    import json

    from testgen.cli import main
    from testgen.data.record import Record, StepRecord, write_records

    def record(site: str, writer: str) -> Record:
        return Record(site, f"/{site}/", f"{writer} on {site}", "generate",
                      [StepRecord("", "", 'I.see("A")')], meta={"writer": writer})

    writers = {w: {"style": "terse", "brief": "notes", "heldout": w == "c"} for w in "abc"}
    (tmp_path / "writers.json").write_text(json.dumps({"heldout_sites": ["bank"], "writers": writers}))
    write_records(tmp_path / "train.jsonl.gz", [record("shop", "a"), record("todo", "b")])
    write_records(tmp_path / "heldout.jsonl.gz", [record("bank", "a"), record("shop", "c")])
    assert main(["data", "stats", str(tmp_path), "--json"]) == 0
    every = json.loads(capsys.readouterr().out)["all"]
    assert (every["records"], every["writers"], every["sites"], every["heldout_in_train"]) == (4, 3, 3, [])
    # A held-out writer's task that reached train is named.
    write_records(tmp_path / "train.jsonl.gz", [record("shop", "a"), record("bank", "c")])
    assert main(["data", "stats", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["all"]["heldout_in_train"] == ["c", "bank"]
