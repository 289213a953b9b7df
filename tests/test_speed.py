"""The shortcuts of the fast paths give what the long ways give, and imports stay lazy.

Speed itself is measured by ``benchmarks/bench_extract.py``, not here: these tests check
that each shortcut is exact (a phrase index, a word check before a pattern, one
normalize call for many words) and that ``import quotekit`` leaves out what it does not
need.
"""

from __future__ import annotations

import gc
import re
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

import quotekit
from quotekit import cues, entities, mentions
from quotekit._gc import paused
from quotekit.candidates import SourceIndex
from quotekit.config import EXTRACTION, STEPS
from quotekit.document import Document
from quotekit.entities import Registry
from quotekit.lexicon import default_lexicon
from quotekit.morphology import organisation_heads
from quotekit.normalization import _plan, _replace, _replace_mapped, normalize_mapped
from quotekit.patterns import cue_patterns, may_open

from .conftest import new_name

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = cue_patterns(default_lexicon())

#: Texts made of phrases, complementizers, their prepositions and other words, glued
#: or apart: a phrase may run on into a word (وفقا لوكالة), a word may run on past one.
_PHRASES = sorted(text for items in PATTERNS.phrases.values() for text, _ in items)
_CONTEXT_WORDS = sorted(PATTERNS.context_words or ())
_OTHER = ["الوزير", "قال", "ه", "ها", "وكالة", "ل", "ت", "2", "٣", "بيانه", "حسب", "ما", "نقلت"]
_SOURCE_WORDS = sorted(text for text, kind in PATTERNS.forms.kinds() if kind == "source")
pieces = st.sampled_from(_PHRASES + _CONTEXT_WORDS + _SOURCE_WORDS + _OTHER)
gaps = st.sampled_from([" ", " ", " ", "", "", "  ", "\t", ", ", '"', ' "', "«", ".", "\n"])
texts = st.lists(st.tuples(pieces, gaps), max_size=10).map(
    lambda parts: "".join(piece + gap for piece, gap in parts)
)

#: Texts of quote marks, words, spaces, points and line breaks: marks that pair, nest,
#: stay open or run on into the next paragraph, around speech (four spaces or more) or not.
marked_texts = st.lists(
    st.sampled_from(["«", "»", '"', " ", " ", "قال", "الوزير", "ان", ".", "\n", " نعم لا"]),
    max_size=40,
).map("".join)


#: Modules that ``import quotekit`` leaves out: extraction never needs them.
_NOT_AT_IMPORT = (
    "importlib.metadata",
    "concurrent.futures",
    "zipfile",
    "quotekit.evaluation",
    "quotekit.render",
    "quotekit.report",
    "quotekit.table",
)


def test_import_leaves_out_what_a_call_may_never_need() -> None:
    code = (
        "import sys, quotekit; quotekit.extract_quotes('قال الوزير إن الخطة جاهزة'); "
        f"print(sorted(m for m in {_NOT_AT_IMPORT!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


def test_every_public_name_is_there_when_asked_for() -> None:
    # The names of the modules imported on first use come as those of the others do.
    code = (
        "import quotekit, importlib; "
        "lazy = quotekit._ON_FIRST_USE; "
        "assert not any(name in vars(quotekit) for name in lazy); "
        "assert all(getattr(quotekit, name) is getattr(importlib.import_module(module), name) "
        "for name, module in lazy.items()); "
        "assert all(hasattr(quotekit, name) for name in quotekit.__all__); "
        "assert set(lazy) <= set(quotekit.__all__) <= set(dir(quotekit)); "
        "assert quotekit.evaluation.pair_quotes"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


@given(texts)
def test_the_phrase_index_finds_what_trying_every_phrase_finds(text: str) -> None:
    for m in cues.WORD.finditer(text):
        word = m.group()
        if word not in PATTERNS.phrases:
            continue
        everyone = cues._match_phrase(text, m.start(), PATTERNS.phrases[word])
        indexed = PATTERNS.phrases_at(word, cues._second(text, m.end()))
        assert cues._match_phrase(text, m.start(), indexed) == everyone


def _every_word_scan(norm: str) -> list[cues.Hit]:
    """``cues.scan`` the long way: every cue word in turn, each phrase tried at its first."""
    hits: list[cues.Hit] = []
    skip_to = 0
    for start, word in cues.words_in(norm, PATTERNS.cue_words):
        if start < skip_to:
            continue
        end = start + len(word)
        if word in PATTERNS.phrases:
            candidates = PATTERNS.phrases[word]
            found = cues._match_phrase(norm, start, candidates)
            if found is not None:
                end, form = found
                skip_to = end
                hit = cues._phrase_hit(norm, start, end, form, PATTERNS)
                hits.extend([hit] if hit else [])
                continue
        entry = PATTERNS.forms.get(word)
        if entry is None:
            continue
        if entry.form in cues._VERB_FORMS:
            hit = cues._verb_hit(norm, start, end, entry, PATTERNS, None)
        else:
            hit = cues._phrase_hit(norm, start, end, entry, PATTERNS)
        hits.extend([hit] if hit else [])
    return hits


@given(texts)
@example("قال في تصريح ان")
@example("في في تصريح")
@example("_في تصريح ان")
def test_the_scan_finds_what_trying_every_cue_word_finds(text: str) -> None:
    # The scan looks for في and من through the second words of their phrases.
    assert cues.scan(text, default_lexicon()) == _every_word_scan(text)


@given(texts)
@example("الى\tانه")  # a tab, then two spaces, after a preposition
@example("على \t ان")
@example('ب \t"نعم"')
@example("ل\t«لا»")
def test_a_context_pattern_matches_only_where_its_word_check_lets_it(text: str) -> None:
    for start in range(len(text) + 1):
        run = cues._NEXT_RUN.match(text, start)
        assert run is not None
        word = run.group(1)
        if PATTERNS.complementizer.match(text, start) is not None:
            assert may_open(PATTERNS.complementizer_words, word)
            assert may_open(PATTERNS.context_words, word)
            assert cues._complementizer_may_follow(text, run.end(), word, PATTERNS)
        if PATTERNS.object_quote.match(text, start) is not None:
            assert may_open(PATTERNS.object_quote_words, word)
            assert may_open(PATTERNS.context_words, word)
            assert cues._mark_may_follow(text, run.end(), PATTERNS)


def test_pythons_letters_and_digits_are_the_regex_modules() -> None:
    # may_open reads a word with str.isalnum; the patterns end a word with \p{L}\p{M}\p{N}.
    word = regex.compile(r"[\p{L}\p{M}\p{N}]")
    odd = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isalnum() and not word.match(c)]
    assert odd == []


def test_forms_by_normalised_text_are_those_of_one_call_per_form() -> None:
    lexicon = default_lexicon()
    table = lexicon.normalized_forms()
    expected: dict[str, quotekit.Form] = {}
    for form in lexicon.forms():
        expected.setdefault(quotekit.normalize(form.text, config=EXTRACTION), form)
    assert list(table) == list(expected)
    assert all(table[key] == form for key, form in expected.items())
    assert dict(table.kinds()) == {key: form.form for key, form in expected.items()}


@given(marked_texts, st.integers(0, 40), st.integers(0, 40))
def test_the_speech_a_sentence_reader_passes_is_the_speech_around_each_token(
    text: str, a: int, b: int
) -> None:
    mapped = normalize_mapped(text, config=EXTRACTION)
    doc = Document.build(mapped.text, PATTERNS, [])
    index = SourceIndex(doc, Registry(patterns=PATTERNS, mapped=mapped))
    start, end = sorted((min(a, len(mapped.text)), min(b, len(mapped.text))))
    speech = index._speech_in(start, end)
    for pos in range(start, end):
        assert any(o < pos < c for o, c in speech) == index._in_speech(pos)


#: Sentences of verbs, nouns, names, particles, commas and marks: phrases of one word or
#: several, after a verb or not, some in speech.
sentence_texts = st.lists(
    st.sampled_from(
        [
            *("وقال", "قال", "الوزير", "خالد", "منصور", "و", "في", "بيان", ",", '"', "ان"),
            *("ومن", "جهته", "الخطة", "جاهزة", "كان", "المتحدث", "باسم", "الحكومة", ".", "نعم"),
        ]
    ),
    max_size=40,
).map(" ".join)


@given(sentence_texts, st.lists(st.floats(0, 1), max_size=6))
@example("وقال الوزير خالد منصور في بيان ان الخطة جاهزة", [0.5])
def test_a_sentence_read_in_steps_gives_the_phrases_read_at_once(
    text: str, cues_at: list[float]
) -> None:
    # A sentence's reader pauses before a phrase that no cue asks for yet, and goes on
    # when a later cue asks: the phrases are those of one reading to the sentence's end.
    mapped = normalize_mapped(text, config=EXTRACTION)
    norm = mapped.text
    doc = Document.build(norm, PATTERNS, [])
    at_once = SourceIndex(doc, Registry(patterns=PATTERNS, mapped=mapped))
    in_steps = SourceIndex(doc, Registry(patterns=PATTERNS, mapped=mapped))
    whole = at_once._near(0, 0, len(norm) + 1)
    for pos in sorted(int(share * len(norm)) for share in cues_at):
        read = in_steps._near(0, 0, pos)
        assert read == [p for p in whole if p.span[1] <= pos and p.span[0] < pos]
        assert all(p.span[0] < pos for p in in_steps._sentences[0].phrases)
    assert in_steps._near(0, 0, len(norm) + 1) == whole


def _subject_after_was_read_whole(norm: str, cue_start: int) -> tuple[int, int] | None:
    """``mentions.subject_after_was`` without its look for كان before the subject is read."""
    span = mentions.mention_before(norm, cue_start, PATTERNS)
    if span is None:
        return None
    before = cues.WORD.findall(norm, max(0, span[0] - 12), span[0])
    if not before or before[-1] not in mentions.WAS:
        return None
    return mentions.clean_mention(norm, span[0], span[1], PATTERNS, find_addressee=False)[0]


was_texts = st.lists(
    st.sampled_from(
        [
            *("وكان", "كانت", "كان", "وكانت", "بكان", "الرئيس", "التنفيذي", "مارك", "شنايدر"),
            *("الجديد", "للشركة", "وصف", "قال", "ان", ",", "الذي", "امس", "مسؤول", "كبير"),
        ]
    ),
    max_size=30,
).map(" ".join)


@given(was_texts)
@example("وكان " + "الرئيس " * 30 + "وصف")  # كان further back than a subject reaches
def test_the_subject_after_was_is_looked_for_only_where_was_stands(text: str) -> None:
    for m in cues.WORD.finditer(text):
        assert mentions.subject_after_was(
            text, m.start(), PATTERNS
        ) == _subject_after_was_read_whole(text, m.start())


@given(st.text(max_size=40), st.sets(st.sampled_from(STEPS)))
def test_a_plans_characters_replaced_at_once_are_those_replaced_one_by_one(
    text: str, steps: set[str]
) -> None:
    plan = _plan(frozenset(steps))
    one_by_one = plan.char_re.sub(lambda m: plan.table[m.group()], text)
    assert _replace(plan, text) == one_by_one


#: Texts of institution nouns (with a clitic maybe, or run into a word), names, and the
#: spaces, marks and underscores between them.
_HEADS = sorted(organisation_heads())
body_texts = st.lists(
    st.tuples(
        st.sampled_from(["", "", "و", "ل", "ب", "ال", "x"]),
        st.sampled_from([*_HEADS, "غوغل", "الجزيرة", "بنكنوت", "_", "2"]),
        st.sampled_from([" ", " ", "  ", "\t", ' "', " «", "", "\n", ", ", "_"]),
    ),
    max_size=12,
).map(lambda parts: "".join(a + b + c for a, b, c in parts))


@given(st.text(max_size=40), st.sets(st.sampled_from(STEPS)))
def test_the_characters_resized_read_off_the_split_are_those_the_resize_pattern_finds(
    text: str, steps: set[str]
) -> None:
    plan = _plan(frozenset(steps))
    resized = [(m.start(), m.end(), plan.table[m.group()]) for m in plan.resize_re.finditer(text)]
    assert _replace_mapped(plan, text) == (_replace(plan, text), resized)


@given(body_texts)
def test_the_body_nouns_grouped_by_letter_find_what_the_plain_alternation_finds(
    text: str,
) -> None:
    heads = "|".join(map(re.escape, sorted(_HEADS, key=len, reverse=True)))
    plain = re.compile(rf"(?<!\w)[وفبل]?(?:{heads})[ \t]+[\"«“]?(\w+)")
    grouped = entities._body_pattern()
    assert [m.span(1) for m in grouped.finditer(text)] == [m.span(1) for m in plain.finditer(text)]


@given(body_texts)
@example("شركة شركة غوغل")  # the second noun is the first's word, and opens no match
@example('وقالت "شركة غوغل و(وزارة\u00a0الخارجية _بنك X')
def test_the_body_pattern_tried_at_its_openers_finds_what_its_search_finds(text: str) -> None:
    found = [(m.span(), m.group(1)) for m in entities._body_matches(text)]
    assert found == [(m.span(), m.group(1)) for m in entities._body_pattern().finditer(text)]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", "", "و", "ل", "ب", "ال", "x"]),
            st.sampled_from([*_HEADS, "غوغل", "الجزيرة", "منظمو", "ابي", "المنظمون", "_"]),
            st.sampled_from([" ", " ", "  ", "\t", ' "', " «", "", "\n", ", ", "_", '"']),
        ),
        max_size=12,
    ).map(lambda parts: "".join(a + b + c for a, b, c in parts))
)
@example('شركة "غوغل')
@example("منظمة  المنظمون منظمو")
def test_a_name_is_looked_for_after_a_body_noun_only_where_it_is_written(text: str) -> None:
    # A source's key is one of _bodies (the whole text read) exactly when _body_named,
    # which reads the text only around the key's occurrences, says so.
    mapped = normalize_mapped(text, config=EXTRACTION)
    registry = Registry(patterns=PATTERNS, mapped=mapped)
    for word in {*cues.WORD.findall(mapped.text), "ابو", "ن", "منظمون"}:
        key = entities._key(word)
        assert registry._body_named(key) == (key in registry._bodies())


@given(texts)
def test_a_source_cue_starts_only_at_a_source_word(text: str) -> None:
    # The subject walk looks for a relayed source only at a word of source_words.
    for m in cues.TOKEN.finditer(text):
        if m.group() not in PATTERNS.source_words:
            assert cues._relayed_source(text, m, PATTERNS) is None
            assert not cues._source_word(m.group(), PATTERNS)


def test_a_paused_collector_resumes_after_a_build_that_raises() -> None:
    @paused
    def fail() -> None:
        assert not gc.isenabled()
        raise ValueError("bad data")

    with pytest.raises(ValueError, match="bad data"):
        fail()
    assert gc.isenabled()


def test_a_paused_build_leaves_a_collector_paused_by_the_caller_paused() -> None:
    gc.disable()
    try:
        assert paused(gc.isenabled)() is False
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_first_call_builds_its_tables_without_collections() -> None:
    # The tables of the first call are built with the collector paused (quotekit._gc):
    # in a fresh process, the first call sets off a few young collections at most, not
    # the dozens, old generations among them, that building them would. The collector's
    # counters are reset after the import: what the imports (attrs, regex) leave in them
    # depends on their versions, and one young collection more would make the first
    # call's next one an older generation's without any work of the first call's.
    script = (
        "import gc, quotekit\n"
        "gc.collect()\n"
        "seen = []\n"
        "gc.callbacks.append(lambda phase, info: phase == 'start' and seen.append(info))\n"
        "quotekit.extract_quotes('وقال الوزير إن الخطة جاهزة')\n"
        "print(len(seen), max((i['generation'] for i in seen), default=0))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.split()
    assert int(out[0]) <= 5  # 34 before, the oldest of generation 1
    assert int(out[1]) == 0


def test_a_source_named_again_and_again_keeps_each_of_its_forms_once() -> None:
    # Each apposition names the minister again: his forms are read at every lookup, so a
    # long text of one source must not pile up copies of them.
    text = "وقال وزير الخارجية، مايك بومبيو، إن الوضع صعب. " * 40
    mapped = normalize_mapped(text, config="extraction")
    norm = mapped.text
    registry = Registry(patterns=PATTERNS, mapped=mapped)
    found = set()
    for m in regex.finditer("وزير الخارجية", norm):
        entity, _ = registry.resolve((m.start(), m.end()), "m")
        registry.use(entity)
        found.add(id(entity))
    assert len(found) == 1
    (entity,) = [e for e in registry.recent if id(e) in found]
    assert len(entity.aliases) == len(set(entity.aliases))


@pytest.mark.parametrize(
    "story",
    [
        "وقال وزير التجارة طارق قابيل إن الصادرات زادت هذا العام. "
        "وأكد الوزير المصري أن الخطة جاهزة للتنفيذ.",
        "وقال الوزير طارق قابيل إن الصادرات زادت هذا العام. وذكر الكاتب أن السوق هادئة. "
        "وقال الوزير المصري إن الخطة جاهزة للتنفيذ.",
    ],
)
def test_sources_join_alike_once_the_look_ups_are_spent(story: str) -> None:
    # 250 new titles first spend the document's look-ups (and pass every join of merged
    # over thousands of pairs before its indexes): the story's sources join as alone.
    titles = "".join(f"وقال وزير ال{new_name(i)} إن الخطة جاهزة. " for i in range(250))
    alone = quotekit.extract_quotes(story)
    after = quotekit.extract_quotes(titles + story)[-len(alone) :]
    assert [(q.content.text, q.speaker and q.speaker.name) for q in after] == [
        (q.content.text, q.speaker and q.speaker.name) for q in alone
    ]
    assert len({q.speaker and q.speaker.entity for q in after}) == len(
        {q.speaker and q.speaker.entity for q in alone}
    )
