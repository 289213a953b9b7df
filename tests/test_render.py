"""``render_html`` and ``quotekit render`` without a browser: structure, escaping, errors."""

from __future__ import annotations

import json
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quotekit
from quotekit import Cue, Quote, Span, Speaker
from quotekit.cli import main

from .conftest import mixed_text

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
VOID = {"meta", "br", "img", "link", "input", "hr", "wbr"}
#: What a page shows for the code points no encoding can write.
UNWRITABLE = str.maketrans(dict.fromkeys((0, *range(0xD800, 0xE000)), "\ufffd"))


class Page(HTMLParser):
    """Checks that every element closes in order, and reads the marked text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[str] = []
        self.pieces: dict[str, str] = defaultdict(str)
        self.marks: list[dict[str, str | None]] = []
        self.tags: dict[str, int] = defaultdict(int)
        self.feed(html)
        self.close()
        assert self.stack == [], f"unclosed: {self.stack}"

    def _classes(self) -> list[str]:
        return [c for _, a in self.stack for c in (a.get("class") or "").split()]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        if tag in VOID:
            return
        self.stack.append((tag, dict(attrs)))
        if tag == "div" and dict(attrs).get("class") == "text":
            self.texts.append("")
        if tag == "mark" and dict(attrs).get("id"):
            self.marks.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        opened, _ = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>"

    def handle_data(self, data: str) -> None:
        classes = self._classes()
        if "text" not in classes or "tip" in classes:
            return
        self.texts[-1] += data
        for tag, attrs in self.stack:
            if tag == "mark":
                self.pieces[str(attrs["data-quote"])] += data


def test_the_example_article() -> None:
    quotes = quotekit.extract_quotes(ARTICLE)
    page = Page(quotekit.render_html(ARTICLE, title="مثال"))
    assert page.texts == [ARTICLE]
    assert [(m["data-start"], m["data-end"]) for m in page.marks] == [
        (str(q.content.start), str(q.content.end)) for q in quotes
    ]
    assert [page.pieces[str(n)] for n in range(1, len(quotes) + 1)] == [
        q.content.text for q in quotes
    ]
    assert page.tags["script"] == page.tags["link"] == page.tags["img"] == 0


@st.composite
def texts_and_quotes(draw: st.DrawFn) -> tuple[str, list[Quote]]:
    """A text and quotes whose spans nest, cross, touch, repeat or are empty."""
    text = draw(mixed_text)
    cut = st.integers(0, len(text))

    def span() -> Span:
        a, b = sorted((draw(cut), draw(cut)))
        return Span.of(text, a, b)

    quotes = []
    for _ in range(draw(st.integers(0, 5))):
        speaker = Speaker(
            name=draw(mixed_text),
            mention=span() if draw(st.booleans()) else None,
            resolution="linked",
            entity=draw(st.integers(0, 2)),
        )
        quotes.append(
            Quote(
                kind=draw(st.sampled_from(["direct", "mixed", "indirect"])),
                content=span(),
                cue=Cue(span=span(), lemma="قال", form="past") if draw(st.booleans()) else None,
                speaker=speaker if draw(st.booleans()) else None,
                confidence=draw(st.floats(0, 1)),
                rule=draw(mixed_text),
            )
        )
    return text, quotes


@given(texts_and_quotes())
def test_any_spans_give_a_well_formed_page(case: tuple[str, list[Quote]]) -> None:
    text, quotes = case
    page = Page(quotekit.render_html(text, quotes))
    assert page.texts == [text.translate(UNWRITABLE)]
    assert len(page.marks) == len(quotes)
    for number, quote in enumerate(quotes, 1):
        assert page.pieces[str(number)] == quote.content.text.translate(UNWRITABLE)


@given(mixed_text)
def test_any_text_gives_a_page(text: str) -> None:
    page = quotekit.render_html(text)
    page.encode("utf-8")  # writable
    assert Page(page).texts == [text.translate(UNWRITABLE)]


def test_bad_quotes_are_named() -> None:
    quotes = quotekit.extract_quotes(ARTICLE)
    with pytest.raises(ValueError, match=r"quotes\[0\]: the content span \[156, 204\)"):
        quotekit.render_html(ARTICLE[1:], quotes)
    with pytest.raises(TypeError, match=r"quotes\[1\] must be a Quote, not dict"):
        quotekit.render_html(ARTICLE, [quotes[0], quotes[1].to_dict()])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="quotes must be a sequence of Quote, not str"):
        quotekit.render_html(ARTICLE, "quotes")  # type: ignore[arg-type]
    with pytest.raises(quotekit.ConfigError, match="not both"):
        quotekit.render_html(ARTICLE, quotes, config=quotekit.ExtractConfig())
    with pytest.raises(TypeError, match="title must be str"):
        quotekit.render_html(ARTICLE, title=3)  # type: ignore[arg-type]


def test_escaping_without_a_browser() -> None:
    text = 'قال الوزير: "<script>alert(1)</script>" & <b onclick="x">نعم</b>'
    html = quotekit.render_html(text, title="<script>")
    assert "<script" not in html and "<b " not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert Page(html).texts == [text]


def test_a_config_reaches_the_extraction() -> None:
    text = "وأعرب الوزير عن قلقه البالغ من الوضع"  # a speech act with a noun object: 0.35
    low = quotekit.ExtractConfig(min_confidence=0.0)
    assert len(Page(quotekit.render_html(text, config=low)).marks) == len(
        quotekit.extract_quotes(text, config=low)
    )
    assert Page(quotekit.render_html(text)).marks == []


def test_sources_are_listed_once_per_entity() -> None:
    html = quotekit.render_html(ARTICLE)
    quotes = quotekit.extract_quotes(ARTICLE)
    entities = {q.speaker.entity for q in quotes if q.speaker}
    assert html.count('<li id="s') == len(entities)
    for number in range(1, len(quotes) + 1):
        assert html.count(f'href="#q{number}"') == 1


def _corpus(tmp_path: Path) -> tuple[Path, list[dict[str, object]]]:
    records: list[dict[str, object]] = [
        {"id": "ant/1", "title": "<مقال> أول", "url": "https://example.org/1", "text": ARTICLE},
        {"id": "ant/1", "text": "لا شيء."},
        {"text": "وقال الوزير إن الخطة جاهزة."},
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path, records


def test_cli_render_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "article.html"
    assert main(["render", str(article), "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert out.read_text(encoding="utf-8") == quotekit.render_html(ARTICLE, title="article.txt")
    assert main(["render", str(article), "--title", "T", "--min-confidence", "0.9"]) == 0
    page = Page(capsys.readouterr().out)
    assert len(page.marks) == sum(q.confidence >= 0.9 for q in quotekit.extract_quotes(ARTICLE))
    assert list(tmp_path.glob(".*")) == []  # no temporary file left


def test_cli_render_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus, records = _corpus(tmp_path)
    assert main(["render", "--jsonl", str(corpus), "-o", str(tmp_path / "pages") + "/"]) == 0
    names = sorted(p.name for p in (tmp_path / "pages").iterdir())
    assert names == ["00003.html", "ant_1-2.html", "ant_1.html", "index.html"]
    index = (tmp_path / "pages" / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{name}"' in index for name in names if name != "index.html")
    assert "&lt;مقال&gt; أول" in index
    one = tmp_path / "one.html"
    assert main(["render", "--jsonl", str(corpus), "-o", str(one)]) == 0
    page = Page(one.read_text(encoding="utf-8"))
    assert page.texts == [r["text"] for r in records]
    assert page.tags["section"] >= 3 * len(records)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["render"], "give one FILE"),
        (["render", "a.txt", "b.txt"], "give one FILE"),
        (["render", "a.txt", "--jsonl", "c.jsonl"], "not both"),
    ],
)
def test_cli_render_usage(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


def test_cli_render_names_a_bad_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"id": 1, "text": "نص"}\n{"id": 2}\n', encoding="utf-8")
    assert main(["render", "--jsonl", str(corpus), "-o", str(tmp_path / "x.html")]) == 2
    assert 'bad.jsonl:2: no "text" field' in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()
