from __future__ import annotations

import json
import pickle
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quotekit
from quotekit import ExtractConfig, Quote
from quotekit.document import Document
from quotekit.lexicon import default_lexicon
from quotekit.patterns import cue_patterns

from .conftest import arabic_text, load_json, mixed_text

CASES = load_json("extract_cases.json")["cases"]


def _row(q: Quote) -> list[Any]:
    return [
        q.kind,
        q.content.text,
        q.cue.span.text if q.cue else None,
        q.speaker.name if q.speaker else None,
        q.speaker.resolution if q.speaker else None,
    ]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_quotes(case: dict[str, Any]) -> None:
    assert [_row(q) for q in quotekit.extract_quotes(case["text"])] == case["quotes"]


def _check_spans(text: str, quotes: tuple[Quote, ...]) -> None:
    for q in quotes:
        spans = [q.content, *q.fragments]
        if q.cue:
            spans.append(q.cue.span)
        if q.speaker and q.speaker.mention:
            spans.append(q.speaker.mention)
        if q.addressee:
            spans.append(q.addressee)
        for span in spans:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        for f in q.fragments:
            assert q.content.start <= f.start <= f.end <= q.content.end
        if q.cue and q.kind != "direct":
            # A cue stands outside the content, before it or after it.
            assert q.cue.span.end <= q.content.start or q.cue.span.start >= q.content.end


@given(mixed_text)
def test_any_text_gives_valid_spans(text: str) -> None:
    _check_spans(text, quotekit.extract_quotes(text))


@given(arabic_text)
def test_arabic_heavy_text_gives_valid_spans(text: str) -> None:
    text = "وقال الوزير إن " + text
    _check_spans(text, quotekit.extract_quotes(text))


@given(
    st.text(alphabet="قال ,.;\n!?", max_size=60),
    st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70)), max_size=12),
)
def test_the_search_for_a_stop_finds_what_a_fresh_search_finds(
    text: str, searches: list[tuple[int, int]]
) -> None:
    # It remembers what it last read; searches forward, back and past their limit.
    doc = Document.build(text, cue_patterns(default_lexicon()), [])
    for pos, limit in searches:
        m = re.compile(r"[.!?;\n,]").search(text, pos, min(limit, len(text)))
        assert doc._next_stop(pos, min(limit, len(text))) == (m.start() if m else -1)


def test_spans_index_the_original_not_the_normalised_text() -> None:
    text = "وقـــالَ الوزيرُ\u200f: «نَحْنُ جاهزون»."  # tatweel, tashkeel, RIGHT-TO-LEFT MARK
    (q,) = quotekit.extract_quotes(text)
    assert q.content.text == "نَحْنُ جاهزون"
    assert q.cue is not None and q.cue.span.text == "وقـــالَ"
    assert text[q.content.start : q.content.end] == q.content.text


def test_fragments_of_a_direct_quote_equal_its_content() -> None:
    (q,) = quotekit.extract_quotes('قال الوزير: "لا تعليق".')
    assert q.fragments == (q.content,)


def test_fragments_of_a_mixed_quote() -> None:
    (q,) = quotekit.extract_quotes('وأكد الوزير أن الحكومة "ستدفع الرواتب كاملة" هذا الشهر.')
    assert q.kind == "mixed"
    assert [f.text for f in q.fragments] == ["ستدفع الرواتب كاملة"]


def test_addressee_is_reported() -> None:
    (q,) = quotekit.extract_quotes('وقال المسؤول لـ"العربي الجديد" إن المفاوضات متعثرة.')
    assert q.addressee is not None and q.addressee.text == "العربي الجديد"


def test_confidence_and_rule_say_why() -> None:
    (q,) = quotekit.extract_quotes("وقال الوزير إن الخطة جاهزة.")
    assert q.rule == "subject-complementizer"
    assert 0 < q.confidence <= 1


def test_min_confidence_filters() -> None:
    text = "وأعلن الوزير بناء ألف مسكن جديد في المدينة."
    assert quotekit.extract_quotes(text) == ()  # a noun object only: optional, left out
    (q,) = quotekit.extract_quotes(text, config=ExtractConfig(min_confidence=0))
    assert (q.rule, q.confidence) == ("verb-object", 0.35)
    assert quotekit.extract_quotes(text, config=ExtractConfig(min_confidence=0.5)) == ()


def test_a_belief_is_kept_only_under_a_lower_threshold() -> None:
    text = "أما العالم دي باولو، فيعتقد أن الكذب إخفاء الحقيقة."
    assert quotekit.extract_quotes(text) == ()  # a verb of belief: optional, left out
    (q,) = quotekit.extract_quotes(text, config=ExtractConfig(min_confidence=0.3))
    assert (q.content.text, q.confidence, q.speaker and q.speaker.name) == (
        "الكذب إخفاء الحقيقة",
        0.3,
        "العالم دي باولو",
    )


def test_quote_marks_raise_a_weak_cue() -> None:
    text = 'وأعلن الوزير بناء "ألف مسكن جديد" في المدينة.'
    (q,) = quotekit.extract_quotes(text)
    assert (q.rule, q.kind, q.confidence) == ("verb-object", "mixed", 0.6)


def test_indirect_can_be_switched_off() -> None:
    text = 'قال الوزير إن الخطة جاهزة. وقال المدير: "نحن مستعدون".'
    kinds = [q.kind for q in quotekit.extract_quotes(text, config=ExtractConfig(indirect=False))]
    assert kinds == ["direct"]


def test_speakers_can_be_left_unresolved() -> None:
    text = "وقال الوزير إن الخطة جاهزة.\nوأضاف أن التنفيذ يبدأ غدا."
    quotes = quotekit.extract_quotes(text, config=ExtractConfig(resolve_speakers=False))
    assert [q.speaker for q in quotes] == [None, None]


def test_pull_quote_does_not_take_over_the_speaker() -> None:
    text = (
        "وقال الوزير سمير خليل إن الاتفاق سيوقع قريبا ويشمل كل الأطراف المعنية بالملف.\n"
        "وأكد مصدر دبلوماسي أن الموعد لم يحدد.\n"
        "قال الوزير سمير خليل إن الاتفاق سيوقع قريبا ويشمل كل الأطراف المعنية بالملف.\n"
        "وأضاف أن الوسطاء يواصلون عملهم."
    )
    last = quotekit.extract_quotes(text)[-1]
    assert last.speaker is not None and last.speaker.name == "مصدر دبلوماسي"


def test_to_dict_has_the_stable_shape() -> None:
    (q,) = quotekit.extract_quotes('وقال الوزير لـ"الغد": "الخطة جاهزة".')
    d = q.to_dict()
    assert set(d) >= {
        "kind",
        "content",
        "fragments",
        "cue",
        "speaker",
        "addressee",
        "confidence",
        "rule",
    }
    assert set(d["content"]) == {"start", "end", "text"}
    assert {"start", "end", "text", "lemma"} <= set(d["cue"])
    assert set(d["speaker"]) >= {"name", "mention", "resolution"}
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d


def test_results_pickle() -> None:
    quotes = quotekit.extract_quotes("وقال الوزير إن الخطة جاهزة.")
    assert pickle.loads(pickle.dumps(quotes)) == quotes


@pytest.mark.parametrize("bad", [b"text", None, 42])
def test_wrong_types(bad: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        quotekit.extract_quotes(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["fast", 3, {"min_confidence": 0.5}])
def test_a_config_of_the_wrong_type_is_a_config_error(bad: object) -> None:
    with pytest.raises(quotekit.ConfigError, match="config must be an ExtractConfig"):
        quotekit.extract_quotes("قال إن الخطة جاهزة", config=bad)  # type: ignore[arg-type]
    with pytest.raises(quotekit.ConfigError, match="config must be an ExtractConfig"):
        quotekit.find_cues("قال إن الخطة جاهزة", config=bad)  # type: ignore[arg-type]


def test_bad_config_names_the_field() -> None:
    with pytest.raises(quotekit.ConfigError, match="min_confidence"):
        ExtractConfig(min_confidence=-1)
    with pytest.raises(quotekit.ConfigError, match="lexicon"):
        ExtractConfig(lexicon="mine")  # type: ignore[arg-type]


RULES = {k: v for k, v in load_json("rules.json").items() if not k.startswith("_")}


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_has_its_example(rule: str) -> None:
    text, kind, content = RULES[rule]
    every = ExtractConfig(min_confidence=0)
    found = [(q.rule, q.kind, q.content.text) for q in quotekit.extract_quotes(text, config=every)]
    assert (rule, kind, content) in found


def test_rules_file_covers_every_rule() -> None:
    from quotekit.extract import _CONFIDENCE

    assert set(RULES) == set(_CONFIDENCE)


def test_a_verb_after_an_indefinite_source_describes_it_and_opens_no_clause() -> None:
    # وبحسب مصادر تحدثت ...: تحدثت describes the sources; the clause is not read from it
    text = "وبحسب مصادر تحدثت لوكالة رويترز فإن الاتفاق قريب من التوقيع."
    assert not any(q.content.text.startswith("تحدثت") for q in quotekit.extract_quotes(text))


#: Articles in the usual spelling; their Egyptian spelling writes each final ي as ى.
_DOTTED_ARTICLES = (
    "قال المتحدث باسم وزارة الخارجية المصري في بيان إن الوزير سيزور العاصمة في الأسبوع"
    " الذي يلي الانتخابات. وأضاف أن الزيارة التي طال انتظارها ستبحث الملف الاقتصادي.",
    "وقال المدير الفني للنادي الأهلي سامي فتحي في مؤتمر صحفي إن الفريق جاهز للمباراة التي"
    ' تقام غدا. وأكد اللاعب الدولي أن "الجمهور سيكون اللاعب رقم واحد".',
    "وقال أبو علي الشمري قائد الحرس المحلي في مؤتمر صحفي إن العصابة التي ألقي القبض عليها"
    " كانت تهرب الأسلحة عبر الحدود. وأشار إلى أن البحث جار عن بقية أفرادها.",
)


@pytest.mark.parametrize("text", _DOTTED_ARTICLES)
def test_a_final_yeh_written_dotless_reads_as_with_its_dots(text: str) -> None:
    # The Egyptian spelling has the same length: spans and speakers must not move.
    dotless = re.sub(r"ي(?!\w)", "ى", text)
    assert dotless != text
    expected, found = quotekit.extract_quotes(text), quotekit.extract_quotes(dotless)
    assert expected  # the articles hold quotes
    assert [(q.content.start, q.content.end) for q in found] == [
        (q.content.start, q.content.end) for q in expected
    ]
    # Names come with their dots back; what was said is given as the article writes it.
    assert [_row(q)[2:] for q in found] == [_row(q)[2:] for q in expected]
