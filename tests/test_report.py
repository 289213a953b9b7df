"""``corpus_report``, ``report_html`` and ``quotekit report``: counts checked one by one."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

import quotekit
from quotekit.cli import main

from .test_render import Page

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
TEXTS = [
    ARTICLE,
    'قالت الوزيرة سلمى علي: "الخطة جاهزة". وأضافت أن التنفيذ سيبدأ غدا.',
    "وقال الوزير سامي يوسف إن العجز سينخفض. وأكدت الوزارة في بيان أن الأرقام دقيقة.",
    "لا شيء هنا.",
    "وقالت الوزيرة سلمى عليّ إن المستشفى سيفتح قريبا.",  # another spelling, one name
]
RECORDS: list[dict[str, Any]] = [
    {"id": n, "source": ["أ", "ب", None, "أ", 7][n], "text": text} for n, text in enumerate(TEXTS)
]


def _by_hand(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The report's figures counted straight from ``extract_quotes``."""
    kinds: Counter[str] = Counter()
    groups: dict[Any, Counter[str]] = defaultdict(Counter)
    women: dict[Any, set[Any]] = defaultdict(set)
    names: Counter[str] = Counter()
    people: dict[Any, set[Any]] = defaultdict(set)
    unattributed = 0
    for number, record in enumerate(records):
        value = None if record["source"] is None else str(record["source"])
        groups[value]["documents"] += 1
        for q in quotekit.extract_quotes(record["text"]):
            kinds[q.kind] += 1
            groups[value]["quotes"] += 1
            if q.speaker is None:
                unattributed += 1
                continue
            names[quotekit.normalize(q.speaker.name, config="search")] += 1
            if q.speaker.type == "person":
                people[q.speaker.gender].add((number, q.speaker.entity))
                if q.speaker.gender == "f":
                    women[value].add((number, q.speaker.entity))
    return {
        "kinds": kinds,
        "groups": groups,
        "women": {k: len(v) for k, v in women.items()},
        "names": names,
        "people": {k: len(v) for k, v in people.items()},
        "unattributed": unattributed,
    }


def test_the_counts_match_the_quotes() -> None:
    report = quotekit.corpus_report(RECORDS, by="source")
    hand = _by_hand(RECORDS)
    assert report.documents == len(RECORDS)
    assert report.characters == sum(len(t) for t in TEXTS)
    assert report.quotes == sum(hand["kinds"].values()) > 10
    assert report.unattributed == hand["unattributed"]
    assert [k.label for k in report.kinds] == ["direct", "mixed", "indirect"]
    assert {k.label: k.quotes for k in report.kinds} == hand["kinds"]
    assert {g.label: g.quotes for g in report.groups} == {
        k: v["quotes"] for k, v in hand["groups"].items()
    }
    assert {g.label: g.documents for g in report.groups} == {
        k: v["documents"] for k, v in hand["groups"].items()
    }
    assert {g.label: g.women for g in report.groups if g.women} == hand["women"]
    assert {g.label: g.sources for g in report.genders} == hand["people"]
    # The value and the source with the most quotes first.
    assert report.groups[0].label == "أ"
    top = report.sources[0]
    assert (top.quotes, top.documents) == (hand["names"].most_common(1)[0][1], 1)
    # Two spellings of one canonical name are one source, in two documents.
    salma = next(s for s in report.sources if s.name == "سلمى علي")
    assert (salma.quotes, salma.documents, salma.gender, salma.type) == (3, 2, "f", "person")
    assert salma.aliases == ("سلمى عليّ",)
    assert sum(s.quotes for s in report.sources) == report.quotes - report.unattributed
    assert sum(c.quotes for c in report.confidence) == report.quotes
    assert report.to_dict()["sources"][0]["name"] == top.name


def test_workers_give_the_same_report() -> None:
    records = RECORDS * 10
    assert quotekit.corpus_report(records, by="source", workers=2) == quotekit.corpus_report(
        records, by="source"
    )


@pytest.mark.parametrize(
    ("records", "by", "message"),
    [
        ([{"id": 1, "text": "نص"}, {"id": 2}], None, r"records\[1\] has no 'text' string"),
        (["نص"], None, r"records\[0\] has no 'text' string"),
        (
            [{"text": "نص", "s": 1}],
            "source",
            r"no record has the field 'source'.*the first has 's', 'text'",
        ),
        ([{"text": "نص", "source": ["أ"]}], "source", "record 1: the field 'source' holds list"),
        ([{"text": "نص"}], "", "by must be the name of a record field"),
    ],
)
def test_bad_records_are_named(records: list[Any], by: str | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        quotekit.corpus_report(records, by=by)


def test_the_page() -> None:
    report = quotekit.corpus_report(RECORDS, by="source")
    html = quotekit.report_html(report, top=2, title="<تقرير>")
    page = Page(html)
    assert page.tags["svg"] == page.tags["table"] == 6
    assert page.tags["script"] == page.tags["img"] == page.tags["link"] == 0
    assert "<title>&lt;تقرير&gt;</title>" in html
    # The top 2 sources: two bars in the first chart.
    first = html[html.index("<svg") : html.index("</svg>")]
    assert first.count("<rect") == 2
    without = quotekit.report_html(quotekit.corpus_report(RECORDS))
    assert Page(without).tags["svg"] == 5
    with pytest.raises(ValueError, match="top must be"):
        quotekit.report_html(report, top=0)


def test_an_empty_corpus() -> None:
    report = quotekit.corpus_report([], by="source")
    assert (report.documents, report.quotes, report.sources) == (0, 0, ())
    assert Page(quotekit.report_html(report)).tags["svg"] == 6


def test_names_and_values_are_escaped() -> None:
    records = [{"source": "<b>x</b>", "text": 'قال <i>الوزير</i>: "نعم".'}]
    html = quotekit.report_html(quotekit.corpus_report(records, by="source"))
    assert "<b>" not in html and "<i>" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html


def test_cli_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS))
    out = tmp_path / "report.html"
    assert main(["report", str(corpus), "-o", str(out), "--by", "source", "--top", "3"]) == 0
    captured = capsys.readouterr()
    assert captured.out == captured.err == ""  # no progress when stderr is not a terminal
    report = quotekit.corpus_report(RECORDS, by="source")
    assert out.read_text(encoding="utf-8") == quotekit.report_html(
        report, top=3, title="تقرير الاقتباسات: corpus.jsonl"
    )
    assert main(["report", str(corpus), "--by", "nothing"]) == 2
    assert "no record has the field 'nothing'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["report", str(corpus), "--top", "0"])
    assert "--top: must be a whole number of at least 1" in capsys.readouterr().err


def test_cli_report_shows_progress_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"text": "نص"}) + "\n" for _ in range(120)))
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert main(["report", str(corpus), "-o", str(tmp_path / "r.html")]) == 0
    assert "120 articles in" in capsys.readouterr().err
    assert main(["report", str(corpus), "-o", str(tmp_path / "r.html"), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
