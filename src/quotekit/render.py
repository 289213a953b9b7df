"""Articles as HTML pages with their quotes marked: :func:`render_html` and its corpus forms.

A page shows the text as it was given, every quote highlighted by kind (a solid, dashed or
dotted underline as well as a colour), the cue boxed and the speaker's mention underlined
twice. Each quote is a focusable ``<mark>``: on hover or keyboard focus a panel gives the
speaker, how the name was found, the confidence and the rule, and screen readers read the
same panel as the mark's description. A legend explains the marks and a list gives the
article's sources, one entry per source entity, with links to their quotes.

Spans may nest (a cue inside an earlier quote) and, rarely, cross; a span that crosses
another is closed and opened again around it, so the page is always well-formed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from quotekit._html import GENDERS, KINDS, RESOLUTIONS, TYPES, escape, label, page
from quotekit._records import with_quotes
from quotekit.config import ExtractConfig
from quotekit.errors import ConfigError, check_text
from quotekit.extract import extract_quotes
from quotekit.types import Quote, Span

__all__ = ["render_corpus_html", "render_corpus_pages", "render_html"]

#: The longest excerpt of a quote in the list of sources, in characters.
_EXCERPT = 160
#: The longest file name made from a record's id, before ``.html``.
_NAME = 80
#: What a file name made from an id may not hold: anything but letters, digits, ``-`` ``.``.
_UNSAFE_NAME = re.compile(r"[^\w.-]+")

_STYLE = """
html { scroll-padding-bottom: 11rem; }
.text { white-space: pre-wrap; font-size: 1.15rem; line-height: 2.4; }
mark.q { color: inherit; border-bottom: 3px solid; padding: 0.15em 0; }
mark.direct { background: #d9e9fb; border-bottom-style: solid; border-color: #1d5ea8; }
mark.mixed { background: #ecdff9; border-bottom-style: dashed; border-color: #6a3c9e; }
mark.indirect { background: #fcefc4; border-bottom-style: dotted; border-color: #805a00; }
mark.q[id]::before {
  content: attr(data-quote); font-size: 0.7em; font-weight: bold; vertical-align: super;
  padding-inline-end: 0.15em; color: #333;
}
mark.q:focus { outline: 3px solid #111; outline-offset: 1px; }
.cue { outline: 1.5px solid #222; outline-offset: 1px; border-radius: 3px; font-weight: bold; }
.who { text-decoration: underline double; text-underline-offset: 0.45em; }
.tip {
  display: none; position: fixed; z-index: 2; bottom: 0.75rem; inset-inline: 0.75rem;
  max-width: 40rem; margin-inline: auto; padding: 0.5rem 0.9rem; background: #fff;
  border: 2px solid #222; border-radius: 6px; box-shadow: 0 3px 10px rgb(0 0 0 / 30%);
  font-size: 0.95rem; line-height: 1.7; white-space: normal;
}
.tip > span { display: block; }
mark.q:hover:not(:has(mark.q:hover)) + .tip, mark.q:focus + .tip { display: block; }
.legend { border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem 0.5rem; }
.legend h2 { font-size: 1.05rem; border: 0; margin: 0.5rem 0 0; }
.legend ul { list-style: none; padding: 0; margin: 0.25rem 0; }
.legend li { margin: 0.2rem 0; }
.sources > li { margin-bottom: 0.75rem; }
.sources .name { font-weight: bold; }
.sources ol { list-style: none; padding-inline-start: 1rem; margin: 0; }
nav ol { columns: 2; }
"""

_LEGEND = """<section class="legend" aria-labelledby="legend">
<h2 id="legend">دليل القراءة</h2>
<ul>
<li><mark class="q direct">اقتباس مباشر</mark> <code dir="ltr">direct</code>: الكلام كله بين \
علامتي تنصيص (خط متصل)</li>
<li><mark class="q mixed">اقتباس مختلط</mark> <code dir="ltr">mixed</code>: عبارة فيها كلمات \
منقولة بين علامتي تنصيص (خط متقطع)</li>
<li><mark class="q indirect">اقتباس غير مباشر</mark> <code dir="ltr">indirect</code>: كلام \
منقول بلا علامات تنصيص (خط منقّط)</li>
<li><span class="cue">فعل القول</span>: الكلمة أو العبارة التي تسند الكلام (قال، أكد، بحسب) \
(في إطار)</li>
<li><span class="who">المتحدث</span>: اسم المتحدث كما ورد بجانب فعل القول (خط مزدوج)</li>
</ul>
<p class="meta">الرقم قبل كل اقتباس هو رقمه في قائمة المصادر. مرّر المؤشر على اقتباس أو انتقل \
إليه بمفتاح Tab لترى المتحدث وطريقة تحديده ودرجة الثقة والقاعدة.</p>
</section>"""


@attrs.frozen(eq=False)
class _Mark:
    """One highlighted span: the tags around it and what follows its first piece."""

    start: int
    end: int
    #: Of two marks on the same span, the lower rank is the outer one.
    rank: int
    tag: str
    #: The opening tag of the first piece, and of each later piece when a crossing mark
    #: split it.
    first: str
    again: str
    #: HTML placed right after the first piece (a quote's details panel).
    after: str = ""


def _check_spans(text: str, quotes: object) -> tuple[Quote, ...]:
    if isinstance(quotes, (str, bytes)) or not isinstance(quotes, Iterable):
        raise TypeError(f"quotes must be a sequence of Quote, not {type(quotes).__name__}")
    checked = tuple(quotes)
    for number, quote in enumerate(checked):
        if not isinstance(quote, Quote):
            raise TypeError(f"quotes[{number}] must be a Quote, not {type(quote).__name__}")
        spans: list[tuple[str, Span | None]] = [
            ("content", quote.content),
            ("cue", quote.cue.span if quote.cue else None),
            ("speaker mention", quote.speaker.mention if quote.speaker else None),
        ]
        for what, span in spans:
            if span is not None and not (
                0 <= span.start <= span.end <= len(text)
                and text[span.start : span.end] == span.text
            ):
                raise ValueError(
                    f"quotes[{number}]: the {what} span [{span.start}, {span.end}) does not "
                    "index this text (were the quotes extracted from another one?)"
                )
    return checked


def _tip(quote: Quote, number: int, ident: str) -> str:
    rows = [f"<b>اقتباس {number}</b>: {label(KINDS, quote.kind)}"]
    if quote.speaker is None:
        rows.append("المتحدث: لم يُعثر عليه")
    else:
        rows.append(f"المتحدث: <bdi>{escape(quote.speaker.name)}</bdi>")
        rows.append(f"التحديد: {label(RESOLUTIONS, quote.speaker.resolution)}")
    if quote.cue is not None:
        rows.append(f"فعل القول: <bdi>{escape(quote.cue.span.text)}</bdi>")
    rows.append(
        f'الثقة: <span dir="ltr">{quote.confidence:.2f}</span> · '
        f'القاعدة: <code dir="ltr">{escape(quote.rule)}</code>'
    )
    body = "".join(f"<span>{row}</span>" for row in rows)
    return f'<span class="tip" role="tooltip" id="{ident}-tip">{body}</span>'


def _marks(quotes: Sequence[Quote], prefix: str) -> list[_Mark]:
    marks = []
    # A cue or a mention shared by several quotes (قال إن ... وإن ...) is marked once.
    shared: dict[tuple[str, int, int], list[int]] = defaultdict(list)
    for number, quote in enumerate(quotes, 1):
        ident = f"{prefix}q{number}"
        kind = escape(quote.kind)
        start, end = quote.content.start, quote.content.end
        first = (
            f'<mark class="q {kind}" id="{ident}" tabindex="0" data-quote="{number}" '
            f'data-start="{start}" data-end="{end}" aria-describedby="{ident}-tip">'
        )
        again = f'<mark class="q {kind}" data-quote="{number}">'
        marks.append(_Mark(start, end, 0, "mark", first, again, _tip(quote, number, ident)))
        if quote.speaker is not None and quote.speaker.mention is not None:
            shared["who", quote.speaker.mention.start, quote.speaker.mention.end].append(number)
        if quote.cue is not None:
            shared["cue", quote.cue.span.start, quote.cue.span.end].append(number)
    for (kind, start, end), numbers in shared.items():
        tag = f'<span class="{kind}" data-quotes="{" ".join(map(str, numbers))}">'
        marks.append(_Mark(start, end, 1 if kind == "who" else 2, "span", tag, tag))
    return marks


def _nest(text: str, marks: Sequence[_Mark]) -> str:
    """Return ``text`` escaped, with ``marks`` as well-nested elements."""
    opening: dict[int, list[_Mark]] = defaultdict(list)
    for mark in marks:
        opening[mark.start].append(mark)
    for group in opening.values():
        group.sort(key=lambda m: (-m.end, m.rank))
    out: list[str] = []
    stack: list[_Mark] = []
    split: set[_Mark] = set()

    def close_at(cut: int) -> None:
        # Close every mark that ends here; a mark above one of them in the stack, which
        # goes on, is closed too and opened again after them.
        ending = sum(1 for m in stack if m.end == cut)
        again = []
        while ending:
            mark = stack.pop()
            out.append(f"</{mark.tag}>")
            if mark not in split:
                out.append(mark.after)
                split.add(mark)
            if mark.end == cut:
                ending -= 1
            else:
                again.append(mark)
        for mark in reversed(again):
            out.append(mark.again)
            stack.append(mark)

    done = 0
    for cut in sorted({0, len(text), *opening, *(m.end for m in marks)}):
        out.append(escape(text[done:cut]))
        done = cut
        close_at(cut)
        for mark in opening.get(cut, ()):
            out.append(mark.first)
            stack.append(mark)
        close_at(cut)  # empty spans
    return "".join(out)


def _excerpt(text: str) -> str:
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1].rstrip() + "…"


def _source(quote: Quote) -> object:
    """What one source's quotes share: its entity (its name without one), or ``None``."""
    speaker = quote.speaker
    if speaker is None:
        return None
    return speaker.name if speaker.entity is None else speaker.entity


def _sources(quotes: Sequence[Quote], prefix: str, level: int) -> str:
    groups: dict[object, list[int]] = {}
    for number, quote in enumerate(quotes, 1):
        groups.setdefault(_source(quote), []).append(number)
    items = []
    # In the order of their first quotes, the quotes without a speaker last.
    ordered = sorted(groups.items(), key=lambda group: group[0] is None)
    for index, (_key, numbers) in enumerate(ordered, 1):
        speaker = quotes[numbers[0] - 1].speaker
        if speaker is None:
            head = '<span class="name">بلا متحدث</span>'
        else:
            head = (
                f'<bdi class="name">{escape(speaker.name)}</bdi> <span class="meta">'
                f"{label(TYPES, speaker.type)} · {label(GENDERS, speaker.gender)}</span>"
            )
        rows = []
        for number in numbers:
            quote = quotes[number - 1]
            cue = f" · <bdi>{escape(quote.cue.span.text)}</bdi>" if quote.cue else ""
            rows.append(
                f'<li><a href="#{prefix}q{number}">{number}. '
                f"<bdi>{escape(_excerpt(quote.content.text))}</bdi></a> "
                f'<span class="meta">{label(KINDS, quote.kind)}{cue} · '
                f'<span dir="ltr">{quote.confidence:.2f}</span></span></li>'
            )
        items.append(f'<li id="{prefix}s{index}">{head}\n<ol>{"".join(rows)}</ol></li>')
    heading = f'<h{level} id="{prefix}sources">المصادر ({len(groups)})</h{level}>'
    body = f'<ol class="sources">\n{"".join(items)}\n</ol>' if items else "<p>لا اقتباسات.</p>"
    return f'<section aria-labelledby="{prefix}sources">\n{heading}\n{body}\n</section>'


def _counts(quotes: Sequence[Quote]) -> str:
    sources = {_source(q) for q in quotes} - {None}
    return f'<p class="meta">الاقتباسات: {len(quotes)} · المصادر: {len(sources)}</p>'


def _document(text: str, quotes: Sequence[Quote], prefix: str, level: int) -> str:
    """The text with its marks, then its sources; headings start at ``<h{level}>``."""
    return (
        f'<section aria-labelledby="{prefix}text">\n'
        f'<h{level} id="{prefix}text">النص</h{level}>\n'
        f'<div class="text">{_nest(text, _marks(quotes, prefix))}</div>\n'
        "</section>\n" + _sources(quotes, prefix, level)
    )


def _title(text: str) -> str:
    words = text.split()
    return " ".join(words[:8]) + (" …" if len(words) > 8 else "") if words else "نص فارغ"


def render_html(
    text: str,
    quotes: Iterable[Quote] | None = None,
    *,
    config: ExtractConfig | None = None,
    title: str | None = None,
) -> str:
    """Return one self-contained HTML page of ``text`` with its quotes marked.

    Args:
        text: An article (any string).
        quotes: Its quotes, as :func:`~quotekit.extract_quotes` returned them for this very
            text; ``None`` to extract them here.
        config: The :class:`~quotekit.ExtractConfig` to extract with when ``quotes`` is
            ``None``.
        title: The page's title; by default the first words of the text.

    Returns:
        An HTML5 page, ``lang="ar" dir="rtl"``, that loads nothing from anywhere.

    Raises:
        ConfigError: For both ``quotes`` and ``config``.
        TypeError: When ``quotes`` holds something other than quotes.
        ValueError: When a quote's span does not index ``text``.

    Example:
        >>> page = render_html('قال الوزير: "نعم".', title="مثال")
        >>> page.count('<mark class="q direct" id="q1"'), "<title>مثال</title>" in page
        (1, True)
    """
    check_text(text)
    if quotes is None:
        found = extract_quotes(text, config=config)
    elif config is not None:
        raise ConfigError("render_html: give quotes, or a config to extract them with, not both")
    else:
        found = _check_spans(text, quotes)
    title = _title(text) if title is None else check_text(title, name="title")
    body = (
        f"<header>\n<h1>{escape(title)}</h1>\n{_counts(found)}\n</header>\n"
        + _LEGEND
        + f"\n<main>\n{_document(text, found, '', 2)}\n</main>"
    )
    return page(title=title, body=body, style=_STYLE)


def _heading(number: int, record: Mapping[str, Any]) -> tuple[str, str]:
    """The title of a record (its ``title``, else its ``id``) and a line about it."""
    ident = record.get("id")
    title = record.get("title")
    name = title if isinstance(title, str) and title.strip() else None
    about = [] if ident is None else [f'<bdi dir="ltr">{escape(str(ident))}</bdi>']
    url = record.get("url")
    if isinstance(url, str) and url.startswith(("https://", "http://")):
        about.append(f'<a href="{escape(url)}" rel="noreferrer"><bdi>{escape(url)}</bdi></a>')
    heading = name or (str(ident) if ident is not None else f"المستند {number}")
    return heading, " · ".join(about)


def render_corpus_html(
    records: Iterable[Mapping[str, Any]],
    *,
    config: ExtractConfig | None = None,
    title: str = "الاقتباسات",
) -> str:
    """Return one page with a section per ``{"id", "text"}`` record, and a contents list.

    A record's ``title`` (or else its ``id``) heads its section; its ``url``, when it is a
    web address, is linked.

    Raises:
        ValueError: For a record without a ``text`` string (the message gives its number).

    Example:
        >>> records = [{"id": "a", "text": "قال إن الخطة جاهزة"}, {"id": "b", "text": ""}]
        >>> page = render_corpus_html(records)
        >>> page.count('<section class="document"'), page.count('<mark class="q indirect" id=')
        (2, 1)
    """
    check_text(title, name="title")
    toc, sections = [], []
    for number, record, quotes in with_quotes(records, config=config):
        prefix = f"d{number}-"
        heading, about = _heading(number, record)
        toc.append(
            f'<li><a href="#{prefix}doc"><bdi>{escape(heading)}</bdi></a> ({len(quotes)})</li>'
        )
        sections.append(
            f'<section class="document" aria-labelledby="{prefix}doc">\n'
            f'<h2 id="{prefix}doc"><bdi>{escape(heading)}</bdi></h2>\n'
            f'<p class="meta">{about}</p>\n{_counts(quotes)}\n'
            f"{_document(record['text'], quotes, prefix, 3)}\n</section>"
        )
    body = (
        f"<header>\n<h1>{escape(title)}</h1>\n"
        f'<p class="meta">المستندات: {len(sections)}</p>\n</header>\n'
        + _LEGEND
        + f'\n<nav aria-labelledby="contents"><h2 id="contents">المحتويات</h2>\n'
        f"<ol>{''.join(toc)}</ol></nav>\n<main>\n" + "\n".join(sections) + "\n</main>"
    )
    return page(title=title, body=body, style=_STYLE)


def _file_name(record: Mapping[str, Any], number: int, used: set[str]) -> str:
    ident = record.get("id")
    stem = _UNSAFE_NAME.sub("_", str(ident)).strip("._")[:_NAME] if ident is not None else ""
    stem = stem or f"{number:05d}"
    name, extra = f"{stem}.html", 1
    while name.casefold() in used or name == "index.html":
        extra += 1
        name = f"{stem}-{extra}.html"
    used.add(name.casefold())
    return name


def render_corpus_pages(
    records: Iterable[Mapping[str, Any]], *, config: ExtractConfig | None = None
) -> Iterator[tuple[str, str]]:
    """Yield ``(file name, page)`` for each record, then ``("index.html", contents page)``.

    Each page is what :func:`render_html` returns for the record's text, titled by its
    ``title`` or ``id``. A file name is made from the record's ``id`` (letters, digits,
    ``-`` and ``.``; a number when there is no id), never twice and never ``index.html``.

    Example:
        >>> [name for name, _ in render_corpus_pages([{"id": "a/1", "text": "قال إن الخطة جاهزة"}])]
        ['a_1.html', 'index.html']
    """
    used: set[str] = set()
    rows = []
    for number, record, quotes in with_quotes(records, config=config):
        name = _file_name(record, number, used)
        heading, about = _heading(number, record)
        yield name, render_html(record["text"], quotes, title=heading)
        rows.append(
            f'<tr><td class="n">{number}</td><td><a href="{escape(name)}">'
            f'<bdi>{escape(heading)}</bdi></a><br><span class="meta">{about}</span></td>'
            f'<td class="n">{len(quotes)}</td></tr>'
        )
    table = (
        '<table>\n<thead><tr><th class="n">#</th><th>المستند</th>'
        '<th class="n">الاقتباسات</th></tr></thead>\n<tbody>'
        + "\n".join(rows)
        + "</tbody>\n</table>"
    )
    body = (
        f'<header>\n<h1>الاقتباسات</h1>\n<p class="meta">المستندات: {len(rows)}</p>\n'
        f"</header>\n<main>\n{table}\n</main>"
    )
    yield "index.html", page(title="الاقتباسات", body=body, style="")
