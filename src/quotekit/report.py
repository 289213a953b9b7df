"""A corpus at a glance: who is quoted, by whom, how, as figures and as an HTML page.

:func:`corpus_report` reads ``{"id", "text", ...}`` records once, extracting their quotes,
and counts. :func:`report_html` turns the counts into one self-contained page of inline SVG
charts, each with its table beside it.

How things are counted:

- a *source* is one speaker entity of one document (:attr:`quotekit.Speaker.entity`): a
  person quoted in three articles counts three times, as GenderGapTracker counts people
  quoted;
- the most quoted sources are merged across documents by their canonical name
  (:attr:`quotekit.Speaker.name`, compared after the ``search`` normalisation), the most
  frequent spelling shown;
- gender is counted among sources of type ``person`` only (the grammatical gender of an
  organisation, ``الوزارة``, says nothing of who speaks);
- confidences are counted in steps of 0.1.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal

import attrs

from quotekit._html import GENDERS, KINDS, TYPES, UNKNOWN, escape, page
from quotekit._records import with_quotes
from quotekit._svg import bar_chart
from quotekit.config import ExtractConfig
from quotekit.errors import ConfigError, check_text
from quotekit.normalization import normalize
from quotekit.types import Quote

__all__ = ["CorpusReport", "Source", "Tally", "corpus_report", "report_html"]

_KIND_ORDER = ("direct", "mixed", "indirect")
#: Shown for the records without the ``by`` field.
_NO_VALUE = "بلا قيمة"
_GENDER_ORDER = ("f", "m")
_TYPE_ORDER = ("person", "organisation", "group", "document", "anonymous")

#: A source: (document number, entity number or name).
_SourceKey = tuple[int, Any]


@attrs.frozen(kw_only=True)
class Tally:
    """The quotes that share one value (a kind, a gender, an outlet ...), counted.

    Attributes:
        label: The value; ``None`` when the text or the record does not give one.
        documents: Documents with at least one such quote (for the values of the ``by``
            field: all documents with that value, quoted or not).
        sources: Sources of such quotes, one per speaker entity per document.
        quotes: Such quotes.
        women: Sources among them of type ``person`` and gender ``f``.
        men: Sources among them of type ``person`` and gender ``m``.
    """

    label: str | None
    documents: int
    sources: int
    quotes: int
    women: int
    men: int


@attrs.frozen(kw_only=True)
class Source:
    """One source merged across the corpus by its canonical name.

    Attributes:
        name: The most frequent spelling of the name.
        aliases: The other spellings merged into it, most frequent first.
        type: The most frequent type given to it, or ``None``.
        gender: The most frequent gender given to it, or ``None``.
        documents: Documents that quote it.
        quotes: Its quotes.
    """

    name: str
    aliases: tuple[str, ...]
    type: str | None
    gender: str | None
    documents: int
    quotes: int


@attrs.frozen(kw_only=True)
class CorpusReport:
    """What :func:`corpus_report` counted.

    Attributes:
        by: The record field the ``groups`` are counted by, or ``None``.
        documents: Records read.
        characters: Characters of their texts.
        quotes: Quotes found.
        unattributed: Quotes without a speaker.
        sources: The sources merged by name, most quoted first.
        groups: One tally per value of the ``by`` field, most quotes first.
        kinds: Direct, mixed and indirect quotes.
        genders: Sources of type ``person`` by gender: ``f``, ``m``, then ``None``.
        types: Sources by type.
        confidence: Quotes by confidence, in steps of 0.1 (labels ``"0.8–0.9"``).
    """

    by: str | None
    documents: int
    characters: int
    quotes: int
    unattributed: int
    sources: tuple[Source, ...]
    groups: tuple[Tally, ...]
    kinds: tuple[Tally, ...]
    genders: tuple[Tally, ...]
    types: tuple[Tally, ...]
    confidence: tuple[Tally, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the report as plain dicts and lists, for JSON.

        Example:
            >>> corpus_report([{"text": "قال إن الخطة جاهزة"}]).to_dict()["quotes"]
            1
        """
        return attrs.asdict(self)


class _Tallies:
    """Counts of quotes by one label, with their documents and sources."""

    def __init__(self) -> None:
        self.documents: dict[str | None, set[int]] = defaultdict(set)
        self.sources: dict[str | None, set[_SourceKey]] = defaultdict(set)
        self.quotes: Counter[str | None] = Counter()
        self.women: dict[str | None, set[_SourceKey]] = defaultdict(set)
        self.men: dict[str | None, set[_SourceKey]] = defaultdict(set)

    def add(
        self, label: str | None, document: int, quote: Quote, source: _SourceKey | None
    ) -> None:
        self.documents[label].add(document)
        self.quotes[label] += 1
        if source is None or quote.speaker is None:
            return
        self.sources[label].add(source)
        if quote.speaker.type == "person":
            if quote.speaker.gender == "f":
                self.women[label].add(source)
            elif quote.speaker.gender == "m":
                self.men[label].add(source)

    def tally(self, order: Iterable[str | None] = ()) -> tuple[Tally, ...]:
        """The tallies: first the labels of ``order`` that occur, then the others by count."""
        first = [label for label in order if label in self.documents]
        rest = sorted(
            (label for label in self.documents if label not in first),
            key=lambda label: (-self.quotes[label], label is None, label or ""),
        )
        return tuple(
            Tally(
                label=label,
                documents=len(self.documents[label]),
                sources=len(self.sources[label]),
                quotes=self.quotes[label],
                women=len(self.women[label]),
                men=len(self.men[label]),
            )
            for label in (*first, *rest)
        )


class _Names:
    """The sources merged across documents by canonical name."""

    def __init__(self) -> None:
        self.spellings: dict[str, Counter[str]] = defaultdict(Counter)
        self.types: dict[str, Counter[str]] = defaultdict(Counter)
        self.genders: dict[str, Counter[str]] = defaultdict(Counter)
        self.documents: dict[str, set[int]] = defaultdict(set)
        self.quotes: Counter[str] = Counter()
        self._keys: dict[str, str] = {}

    def add(self, document: int, quote: Quote) -> None:
        speaker = quote.speaker
        if speaker is None:
            return
        key = self._keys.get(speaker.name)
        if key is None:
            key = self._keys[speaker.name] = " ".join(
                normalize(speaker.name, config="search").split()
            )
        self.spellings[key][speaker.name] += 1
        if speaker.type:
            self.types[key][speaker.type] += 1
        if speaker.gender:
            self.genders[key][speaker.gender] += 1
        self.documents[key].add(document)
        self.quotes[key] += 1

    def sources(self) -> tuple[Source, ...]:
        def first(counts: Counter[str]) -> str | None:
            return counts.most_common(1)[0][0] if counts else None

        merged = []
        for key, quotes in self.quotes.items():
            names = [name for name, _ in self.spellings[key].most_common()]
            merged.append(
                Source(
                    name=names[0],
                    aliases=tuple(names[1:]),
                    type=first(self.types[key]),
                    gender=first(self.genders[key]),
                    documents=len(self.documents[key]),
                    quotes=quotes,
                )
            )
        merged.sort(key=lambda s: (-s.quotes, -s.documents, s.name))
        return tuple(merged)


def _field_value(record: Mapping[str, Any], by: str, number: int) -> str | None:
    value = record.get(by)
    if isinstance(value, str):
        return value.strip() or None
    if value is None or isinstance(value, (bool, int, float)):
        return None if value is None else str(value)
    raise ConfigError(
        f"record {number}: the field {by!r} holds {type(value).__name__}; "
        "a report counts by text or numbers"
    )


def _bin(confidence: float) -> str:
    step = min(9, max(0, math.floor(confidence * 10 + 1e-9)))
    return f"{step / 10:.1f}–{(step + 1) / 10:.1f}"


def corpus_report(
    records: Iterable[Mapping[str, Any]],
    *,
    config: ExtractConfig | None = None,
    by: str | None = None,
    workers: int = 1,
) -> CorpusReport:
    """Extract the quotes of every ``{"id", "text", ...}`` record and count them.

    Args:
        records: Mappings with a ``text`` string, read once, lazily.
        config: As for :func:`~quotekit.extract_quotes`.
        by: A field of the records (``"source"``, ``"category"`` ...) to count the quotes
            and sources of each of its values; records without it count under ``None``.
        workers: Processes to extract with, as for :func:`~quotekit.extract_many`.

    Returns:
        The counts; :func:`report_html` makes the page.

    Raises:
        ValueError: For a record without a ``text`` string, a ``by`` field that no record
            holds, or a field value that is neither text nor a number (the message gives
            the record's number).

    Example:
        >>> records = [
        ...     {"source": "أ", "text": 'قالت الوزيرة سلمى علي: "نعم". وأضافت أن الخطة جاهزة.'},
        ...     {"source": "ب", "text": "قال الوزير إن الخطة جاهزة."},
        ... ]
        >>> report = corpus_report(records, by="source")
        >>> report.quotes, [k.quotes for k in report.kinds], report.genders[0].label
        (3, [1, 2], 'f')
        >>> [(g.label, g.quotes, g.women, g.men) for g in report.groups]
        [('أ', 2, 1, 0), ('ب', 1, 0, 1)]
    """
    if by is not None and (not isinstance(by, str) or not by):
        raise ValueError(f"by must be the name of a record field, not {by!r}")
    groups, kinds, genders, types, confidence = (_Tallies() for _ in range(5))
    names = _Names()
    documents = characters = quotes_seen = unattributed = 0
    field_seen = False
    first_fields: list[str] = []
    for number, record, quotes in with_quotes(records, config=config, workers=workers):
        documents += 1
        characters += len(record["text"])
        value = None
        if by is not None:
            first_fields = first_fields or sorted(map(str, record))
            field_seen = field_seen or by in record
            value = _field_value(record, by, number)
            groups.documents[value].add(number)
        for quote in quotes:
            quotes_seen += 1
            speaker = quote.speaker
            source: _SourceKey | None = None
            if speaker is None:
                unattributed += 1
            else:
                source = (number, speaker.name if speaker.entity is None else speaker.entity)
                types.add(speaker.type, number, quote, source)
                if speaker.type == "person":
                    genders.add(speaker.gender, number, quote, source)
            if by is not None:
                groups.add(value, number, quote, source)
            kinds.add(quote.kind, number, quote, source)
            confidence.add(_bin(quote.confidence), number, quote, source)
            names.add(number, quote)
    if by is not None and documents and not field_seen:
        raise ConfigError(
            f"no record has the field {by!r} to count by; the first has "
            + ", ".join(map(repr, first_fields))
        )
    return CorpusReport(
        by=by,
        documents=documents,
        characters=characters,
        quotes=quotes_seen,
        unattributed=unattributed,
        sources=names.sources(),
        groups=groups.tally(),
        kinds=kinds.tally(_KIND_ORDER),
        genders=genders.tally((*_GENDER_ORDER, None)),
        types=types.tally((*_TYPE_ORDER, None)),
        confidence=confidence.tally(sorted(confidence.documents, key=str)),
    )


_STYLE = """
body { max-width: 76rem; }
figure { margin: 1rem 0 2rem; }
figcaption { font-weight: bold; font-size: 1.15rem; margin-bottom: 0.5rem; }
.pair { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; }
.pair td:first-child { max-width: 18rem; }
svg { max-width: 100%; height: auto; font-size: 14px; }
svg rect { fill: #2f6aa8; }
svg text { fill: #1b1b1b; }
svg text.n { fill: #333; }
.figures { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; margin: 0; }
.figures div { border-inline-start: 4px solid #2f6aa8; padding-inline-start: 0.6rem; }
.figures dt { color: var(--muted); font-size: 0.9em; }
.figures dd { margin: 0; font-size: 1.4rem; font-weight: bold; }
"""


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "—"


def _table(caption: str, head: tuple[str, ...], rows: Iterable[tuple[object, ...]]) -> str:
    """A table whose first column is HTML (escaped by the caller) and the others numbers."""
    cells = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{escape(str(cell))}</td>' if index else f"<td>{cell}</td>"
            for index, cell in enumerate(row)
        )
        + "</tr>\n"
        for row in rows
    )
    header = "".join(
        f'<th scope="col" class="{"n" if index else ""}">{escape(name)}</th>'
        for index, name in enumerate(head)
    )
    return (
        f"<table>\n<caption>{escape(caption)}</caption>\n<thead><tr>{header}</tr></thead>\n"
        f"<tbody>\n{cells}</tbody>\n</table>"
    )


def _figure(ident: str, title: str, chart: str, table: str, note: str = "") -> str:
    note_html = f'<p class="meta">{note}</p>' if note else ""
    return (
        f'<figure aria-labelledby="{ident}-caption">\n'
        f'<figcaption id="{ident}-caption">{escape(title)}</figcaption>\n{note_html}'
        f'<div class="pair">\n{chart}\n{table}\n</div>\n</figure>'
    )


def _tally_figure(
    ident: str,
    title: str,
    tallies: tuple[Tally, ...],
    name: Callable[[str | None], str],
    *,
    count: Literal["sources", "quotes"],
    note: str = "",
) -> str:
    """A chart of ``tallies`` by sources (``count="sources"``) or quotes, and their table."""

    def value(tally: Tally) -> int:
        return tally.sources if count == "sources" else tally.quotes

    total = sum(value(t) for t in tallies)
    chart = bar_chart(
        f"{ident}-chart", title, [(name(t.label), value(t)) for t in tallies], total=total
    )
    rows = [
        (escape(name(t.label)), t.sources, t.quotes, _share(value(t), total), t.documents)
        for t in tallies
    ]
    head = ("", "المصادر", "الاقتباسات", "النسبة", "المستندات")
    return _figure(ident, title, chart, _table(title, head, rows), note)


def _names(names: Mapping[str, str], missing: str = UNKNOWN) -> Callable[[str | None], str]:
    return lambda value: missing if value is None else names.get(value, value)


def _sources_figure(report: CorpusReport, top: int) -> str:
    shown = report.sources[:top]
    rows = []
    for source in shown:
        name = f"<bdi>{escape(source.name)}</bdi>"
        if source.aliases:
            also = "، ".join(f"<bdi>{escape(alias)}</bdi>" for alias in source.aliases[:3])
            name += f'<br><span class="meta">وأيضًا: {also}</span>'
        gender, kind = _names(GENDERS)(source.gender), _names(TYPES)(source.type)
        rows.append((name, kind, gender, source.quotes, source.documents))
    return _figure(
        "sources",
        f"الأكثر اقتباسًا (أول {len(shown)} من {len(report.sources)})",
        bar_chart("sources-chart", "عدد اقتباسات كل مصدر", [(s.name, s.quotes) for s in shown]),
        _table(
            "المصادر الأكثر اقتباسًا",
            ("المصدر", "النوع", "الجنس", "الاقتباسات", "المستندات"),
            rows,
        ),
        "المصادر مدموجة عبر المستندات باسمها الكامل كما يرد في كل مستند.",
    )


def _groups_figure(report: CorpusReport, by: str) -> str:
    value = _names({}, _NO_VALUE)
    rows = [
        (
            f"<bdi>{escape(value(g.label))}</bdi>",
            g.documents,
            g.quotes,
            f"{g.quotes / g.documents:.1f}" if g.documents else "—",
            g.sources,
            _share(g.women, g.women + g.men),
        )
        for g in report.groups
    ]
    return _figure(
        "groups",
        f"الاقتباسات حسب الحقل {by}",
        bar_chart(
            "groups-chart",
            f"عدد الاقتباسات لكل قيمة من قيم {by}",
            [(value(g.label), g.quotes) for g in report.groups],
        ),
        _table(
            f"الاقتباسات حسب {by}",
            (by, "المستندات", "الاقتباسات", "لكل مستند", "المصادر", "النساء"),
            rows,
        ),
        "النساء: نسبة النساء بين الأشخاص المقتبسين الذين يُعرف جنسهم.",
    )


def report_html(report: CorpusReport, *, title: str = "تقرير الاقتباسات", top: int = 20) -> str:
    """Return the page of a :class:`CorpusReport`: figures, charts and tables.

    Args:
        report: What :func:`corpus_report` counted.
        title: The page's title.
        top: How many of the most quoted sources to show.

    Returns:
        An HTML5 page, ``lang="ar" dir="rtl"``, that loads nothing from anywhere, with an
        inline SVG chart and a table for each count.

    Raises:
        ValueError: When ``top`` is not a whole number of at least 1.

    Example:
        >>> page = report_html(corpus_report([{"text": "قال الوزير إن الخطة جاهزة."}]))
        >>> page.count("<svg"), page.count("<table")
        (5, 5)
    """
    check_text(title, name="title")
    if isinstance(top, bool) or not isinstance(top, int) or top < 1:
        raise ValueError(f"top must be a whole number of at least 1, not {top!r}")
    people = [t for t in report.genders if t.label is not None]
    known = sum(t.sources for t in people)
    women = sum(t.sources for t in people if t.label == "f")
    figures = (
        ("المستندات", f"{report.documents:,}"),
        ("الاقتباسات", f"{report.quotes:,}"),
        ("الاقتباسات بلا متحدث", f"{report.unattributed:,}"),
        ("المصادر بأسمائها", f"{len(report.sources):,}"),
        ("نسبة النساء بين الأشخاص المقتبسين", _share(women, known)),
    )
    parts = [
        f'<header>\n<h1>{escape(title)}</h1>\n<dl class="figures">'
        + "".join(f"<div><dt>{escape(k)}</dt><dd>{escape(v)}</dd></div>" for k, v in figures)
        + "</dl>\n</header>\n<main>",
        _sources_figure(report, top),
    ]
    if report.by is not None:
        parts.append(_groups_figure(report, report.by))
    parts += [
        _tally_figure(
            "genders",
            "الأشخاص المقتبسون حسب الجنس",
            report.genders,
            _names(GENDERS),
            count="sources",
            note="يُعد كل شخص مرة في كل مستند يُقتبس فيه.",
        ),
        _tally_figure("types", "المصادر حسب النوع", report.types, _names(TYPES), count="sources"),
        _tally_figure("kinds", "أنواع الاقتباس", report.kinds, _names(KINDS), count="quotes"),
        _tally_figure(
            "confidence", "توزيع درجة الثقة", report.confidence, _names({}), count="quotes"
        ),
        "</main>",
    ]
    return page(title=title, body="\n".join(parts), style=_STYLE)
