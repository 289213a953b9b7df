"""The pages of ``quotekit render`` and ``quotekit report``, opened in headless Chromium.

A probe script, put in front of the page's Content Security Policy (which would block it
anywhere else), waits for the page to load, reads the DOM and the computed style, focuses
each quote, and writes what it found into an attribute that ``--dump-dom`` prints. CI
installs Debian's ``chromium``; elsewhere the tests skip when it is missing.
"""

from __future__ import annotations

import itertools
import json
import os
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from quotekit.cli import main

from .chromium import BROWSER, chromium

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "article.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"
_PROBE = r"""<script>
addEventListener("load", () => {
  // The text of an element without the details panels inside it.
  const textOf = (element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let text = "";
    while (walker.nextNode()) {
      if (!walker.currentNode.parentElement.closest(".tip")) text += walker.currentNode.data;
    }
    return text;
  };
  // Chromium matches :focus only while the window has the focus, which a headless window
  // is not always given. Each :focus rule of the page's stylesheet is copied with the class
  // "probe-focus" in place of :focus, so that what focus shows is read either way.
  const windowFocused = document.hasFocus();
  for (const sheet of document.styleSheets) {
    for (const rule of [...sheet.cssRules]) {
      if (!rule.selectorText || !/:focus(?![-\w])/.test(rule.selectorText)) continue;
      const selector = rule.selectorText.replace(/:focus(?![-\w])/g, ".probe-focus");
      sheet.insertRule(`${selector} { ${rule.style.cssText} }`, sheet.cssRules.length);
    }
  }
  const quotes = [...document.querySelectorAll("mark.q[id]")].map((mark) => {
    const section = mark.closest("section");
    const pieces = section.querySelectorAll(`mark.q[data-quote="${mark.dataset.quote}"]`);
    const tip = document.getElementById(mark.getAttribute("aria-describedby"));
    const before = getComputedStyle(tip).display;
    const kind = mark.classList[1];
    mark.focus();
    const focused = document.activeElement === mark;
    const after = getComputedStyle(tip).display;
    mark.blur();
    mark.classList.add("probe-focus");
    const shown = getComputedStyle(tip).display;
    mark.classList.remove("probe-focus");
    return {
      start: Number(mark.dataset.start), end: Number(mark.dataset.end),
      kind, text: [...pieces].map(textOf).join(""),
      tabIndex: mark.tabIndex, focused, before, after, shown, tip: tip.textContent,
      style: getComputedStyle(mark).borderBottomStyle,
    };
  });
  const facts = {
    windowFocused,
    direction: getComputedStyle(document.body).direction,
    resources: performance.getEntriesByType("resource").map((entry) => entry.name),
    scripts: document.scripts.length,
    images: document.images.length,
    svgs: [...document.querySelectorAll("svg")].map((svg) => ({
      inline: svg.parentElement.closest("body") !== null,
      labels: [...svg.querySelectorAll("text:not(.n)")].map((t) => ({
        text: t.textContent, direction: getComputedStyle(t).direction,
        // The label's right edge is at the chart's right edge: it runs right to left.
        right: Math.round(svg.getBoundingClientRect().right - t.getBoundingClientRect().right),
      })),
      bars: svg.querySelectorAll("rect").length,
    })),
    tables: document.querySelectorAll("table").length,
    figures: [...document.querySelectorAll("dl.figures dd")].map((dd) => dd.textContent),
    legend: document.querySelectorAll(".legend li").length,
    text: [...document.querySelectorAll(".text")].map(textOf),
    quotes,
  };
  document.documentElement.setAttribute("data-probe", JSON.stringify(facts));
});
</script>
"""


class _Root(HTMLParser):
    """The attributes of the ``<html>`` element of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.attributes: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.attributes = dict(attrs)


@pytest.fixture(scope="module")
def browser() -> str:
    if BROWSER is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have chromium: .ci/run installs Debian's package")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return BROWSER


def probe(browser: str, page: str, where: Path) -> tuple[dict[str, str | None], dict[str, Any]]:
    """Open ``page`` in Chromium; return the ``<html>`` attributes and the probe's facts."""
    head = '<meta charset="utf-8">\n'
    assert page.count(head) == 1
    path = where / "probed.html"
    path.write_text(page.replace(head, head + _PROBE), encoding="utf-8")
    dom = chromium(browser, path, where / "profile", "--dump-dom")
    root = _Root()
    root.feed(dom)
    facts = root.attributes.pop("data-probe")
    assert facts, "the probe did not run"
    return root.attributes, json.loads(facts)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 0
    return capsys.readouterr().out


def test_an_article_page_marks_every_quote(
    browser: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "article.html"
    _run(["render", str(ARTICLE), "-o", str(out)], capsys)
    (extracted,) = [
        json.loads(line) for line in _run(["extract", "--json", str(ARTICLE)], capsys).splitlines()
    ]
    root, facts = probe(browser, out.read_text(encoding="utf-8"), tmp_path)

    assert (root["lang"], root["dir"], facts["direction"]) == ("ar", "rtl", "rtl")
    assert facts["resources"] == [] and facts["scripts"] == 1 and facts["images"] == 0
    assert facts["text"] == [ARTICLE.read_text(encoding="utf-8")]
    assert facts["legend"] >= 5
    wanted = [
        (q["content"]["start"], q["content"]["end"], q["kind"], q["content"]["text"])
        for q in extracted["quotes"]
    ]
    found = [(q["start"], q["end"], q["kind"], q["text"]) for q in facts["quotes"]]
    assert found == wanted and len(found) == 9
    styles = {q["kind"]: q["style"] for q in facts["quotes"]}
    # Not colour alone: each kind has its own line under it.
    assert styles == {"direct": "solid", "mixed": "dashed", "indirect": "dotted"}
    for quote, given in zip(facts["quotes"], extracted["quotes"], strict=True):
        assert quote["tabIndex"] == 0 and quote["focused"]
        assert (quote["before"], quote["shown"]) == ("none", "block"), quote
        if facts["windowFocused"]:
            assert quote["after"] == "block", quote
        assert given["speaker"]["name"] in quote["tip"] and given["rule"] in quote["tip"]
        assert f"{given['confidence']:.2f}" in quote["tip"]


def _corpus(where: Path) -> Path:
    """A few hundred articles of the shared corpus, or the bundled article repeated."""
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as lines:
            chosen = list(itertools.islice(lines, 300))
    else:
        text = ARTICLE.read_text(encoding="utf-8")
        chosen = [
            json.dumps({"id": n, "source": f"s{n % 3}", "text": text}, ensure_ascii=False) + "\n"
            for n in range(30)
        ]
    path = where / "corpus.jsonl"
    path.write_text("".join(chosen), encoding="utf-8")
    return path


def test_a_report_page_draws_its_charts(
    browser: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path)
    out = tmp_path / "report.html"
    _run(["report", str(corpus), "-o", str(out), "--by", "source"], capsys)
    quotes = sum(
        len(json.loads(r)["quotes"])
        for r in _run(["extract", "--jsonl", str(corpus)], capsys).splitlines()
    )
    root, facts = probe(browser, out.read_text(encoding="utf-8"), tmp_path)

    assert (root["lang"], root["dir"], facts["direction"]) == ("ar", "rtl", "rtl")
    assert facts["resources"] == [] and facts["scripts"] == 1 and facts["images"] == 0
    assert len(facts["svgs"]) >= 2 and all(svg["inline"] for svg in facts["svgs"])
    assert facts["tables"] == len(facts["svgs"])
    assert facts["figures"][1] == f"{quotes:,}"
    for svg in facts["svgs"]:
        assert svg["bars"] == len(svg["labels"]) > 0
        for label in svg["labels"]:
            assert label["direction"] == "rtl" and 0 <= label["right"] <= 8, label


def test_a_corpus_page_has_a_section_per_record(
    browser: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    records = [{"id": "a", "text": text}, {"id": "b", "text": "لا شيء."}, {"id": "c", "text": text}]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    out = tmp_path / "all.html"
    _run(["render", "--jsonl", str(corpus), "-o", str(out)], capsys)
    _, facts = probe(browser, out.read_text(encoding="utf-8"), tmp_path)
    assert facts["text"] == [r["text"] for r in records]
    assert len(facts["quotes"]) == 18 and all(q["shown"] == "block" for q in facts["quotes"])
    assert facts["resources"] == []


def test_script_in_an_article_shows_as_text(
    browser: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        'قال الوزير: "<script>document.title = 1</script>". '
        "<img src=x onerror=alert(1)> وأضاف أن </mark></div><b>الخطة</b> جاهزة & مكتملة."
    )
    path = tmp_path / "<script>.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "page.html"
    _run(["render", str(path), "-o", str(out)], capsys)
    _, facts = probe(browser, out.read_text(encoding="utf-8"), tmp_path)
    assert facts["text"] == [text]
    assert facts["scripts"] == 1 and facts["images"] == 0  # the probe alone
    assert facts["quotes"][0]["text"] == "<script>document.title = 1</script>"
