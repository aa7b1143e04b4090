"""Targets and values in any script: a sentence naming Japanese, Korean, Chinese, Cyrillic or accented
words names something, quotation marks of other languages quote, and a role said in English finds a field
the page labels in another language."""

from __future__ import annotations

import urllib.parse

import pytest

from testgen.generate.baseline import RulePlanner
from testgen.generate.features import Candidate, element_features
from testgen.generate.live import GenerateConfig, check_task, generate_live, generate_offline
from testgen.generate.load import BASE_MODEL, planner_factory
from testgen.reading.spans import value_spans
from testgen.reading.words import content_words, normalise

CONFIG = GenerateConfig(step_timeout=2.0)
PAGE = (
    "<main><button>ログイン</button><p>ようこそ、ボブさん</p><button>로그인</button><p>환영합니다</p>"
    "<button>登录</button><p>欢迎回来</p><button>Войти</button><p>Добро пожаловать</p></main>"
)
GERMAN = (
    '<header><form role="search"><label>Suche <input type="search" name="q"></label><button>Suchen</button>'
    "</form></header><main><h1>Übersicht</h1><p>Ergebnisse für Größe</p></main>"
)
SENTENCES = [
    ("Click ログイン and see ようこそ、ボブさん", ['I.click("ログイン")', 'I.see("ようこそ、ボブさん")']),
    ("Click 로그인 and check that 환영합니다 is shown", ['I.click("로그인")', 'I.see("환영합니다")']),
    ('Click "登录" and see "欢迎回来"', ['I.click("登录")', 'I.see("欢迎回来")']),
    ("Click Войти and see «Добро пожаловать»", ['I.click("Войти")', 'I.see("Добро пожаловать")']),
]


@pytest.mark.parametrize(
    "task",
    [
        "Click ログイン",
        "로그인을 클릭",
        "点击登录",
        "Нажмите Войти",
        "Κάντε κλικ στο Σύνδεση",
        "انقر على دخول",
        "लॉग इन पर क्लिक करें",
    ],
)
def test_a_sentence_in_any_script_names_something(task):
    check_task(task)  # raises NothingToTest when the sentence is read as naming nothing
    assert content_words(task)


def test_a_name_is_found_inside_a_sentence_without_spaces():
    # Japanese writes no spaces and Korean joins particles to words: the name is still said word for word.
    assert element_features("「ログイン」をクリックして", Candidate("button", "ログイン"), "click")[0] == 1.0
    assert element_features("로그인을 클릭하세요", Candidate("button", "로그인"), "click")[0] == 1.0
    assert element_features("Click Größe", Candidate("button", "Größe"), "click")[0] == 1.0
    assert normalise("Größe") == normalise("GRÖSSE") == "grösse"


@pytest.mark.parametrize(
    ("task", "quoted"),
    [
        ("Suche nach „Größe“ und prüfe „Ergebnisse für Größe“", ["Größe", "Ergebnisse für Größe"]),
        ("「ログイン」をクリックして「ようこそ」を確認", ["ログイン", "ようこそ"]),
        ("Cliquez sur « Connexion » et voyez «Bonjour»", ["Connexion", "Bonjour"]),
        ("『登录』", ["登录"]),
    ],
)
def test_quotation_marks_of_other_languages_quote(task, quoted):
    assert [s.text for s in value_spans(task) if s.kind == "quoted"] == quoted


@pytest.mark.parametrize(("task", "steps"), SENTENCES)
def test_targets_in_any_script_are_planned(tmp_path, task, steps):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert [s.render() for s in generate_offline(task, str(page), RulePlanner, CONFIG)] == steps


@pytest.mark.skipif(not BASE_MODEL.is_dir(), reason="no shipped model in testgen/weights/base")
@pytest.mark.parametrize(("task", "steps"), SENTENCES[:3])
def test_the_shipped_model_plans_targets_in_any_script(tmp_path, task, steps):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert [s.render() for s in generate_offline(task, str(page), planner_factory("model"), CONFIG)] == steps


@pytest.mark.parametrize("planner", ["rules", "model"])
def test_a_search_keeps_its_step_on_a_page_in_german(tmp_path, planner):
    if planner == "model" and not BASE_MODEL.is_dir():
        pytest.skip("no shipped model in testgen/weights/base")
    page = tmp_path / "page.html"
    page.write_text(GERMAN, encoding="utf-8")
    task = 'Search for Größe and check that "Ergebnisse für Größe" is shown'
    steps = generate_offline(task, str(page), planner_factory(planner), CONFIG)
    assert [s.render() for s in steps] == ['I.fill("Suche", "Größe")', 'I.see("Ergebnisse für Größe")']


@pytest.mark.browser
def test_a_japanese_page_gets_a_passing_test_live(testgen_browser):
    show = "document.querySelector('p').textContent='ようこそ、ボブさん'"
    html = f'<button onclick="{show}">ログイン</button><p></p>'
    url = "data:text/html;charset=utf-8," + urllib.parse.quote(html)
    result = generate_live("Click ログイン and see ようこそ、ボブさん", url, RulePlanner, CONFIG,
                           browser=testgen_browser)
    assert result.passed, result.failure
    assert [s.render() for s in result.steps][1:] == ['I.click("ログイン")', 'I.see("ようこそ、ボブさん")']
