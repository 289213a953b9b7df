from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import quotekit
from quotekit import cues
from quotekit.lexicon import PhraseEntry, VerbEntry, default_lexicon
from quotekit.patterns import cue_patterns

from .conftest import load_json, mixed_text

CASES = load_json("cues.json")["cases"]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_golden_cues(text: str, expected: list[list[str]]) -> None:
    found = [[c.span.text, c.lemma, c.rule] for c in quotekit.find_cues(text)]
    assert found == expected


def test_cue_spans_point_into_the_original() -> None:
    text = "وأكـــدَ الوزيرُ أنَّ الخطة جاهزة"
    (cue,) = quotekit.find_cues(text)
    assert text[cue.span.start : cue.span.end] == cue.span.text == "وأكـــدَ"


def test_cue_features_follow_the_form() -> None:
    text = "وأضافت الوزيرة أن الخطة جاهزة، مشيرين إلى أن"
    feminine = quotekit.find_cues(text)[0]
    assert (feminine.form, feminine.person, feminine.gender, feminine.number) == (
        "past",
        "3",
        "f",
        "s",
    )
    (plural,) = quotekit.find_cues("قالوا إن الخطة جاهزة")
    assert (plural.gender, plural.number) == ("m", "p")
    (participle,) = quotekit.find_cues("الوضع خطير، قائلة إن الحل قريب")
    assert (participle.form, participle.gender, participle.person) == ("participle", "f", None)


def test_complementizer_of_the_lemma() -> None:
    (say,) = quotekit.find_cues("قال إن الخطة جاهزة")
    (confirm,) = quotekit.find_cues("أكد أن الخطة جاهزة")
    assert say.complementizer == "إن"
    assert confirm.complementizer == "أن"


def test_user_verbs_extend_the_lexicon() -> None:
    lexicon = default_lexicon().extend(verbs=[VerbEntry(lemma="همس", present="يهمس")])
    config = quotekit.ExtractConfig(lexicon=lexicon)
    assert quotekit.find_cues("وهمست أن الخطة جاهزة") == ()
    (cue,) = quotekit.find_cues("وهمست أن الخطة جاهزة", config=config)
    assert (cue.lemma, cue.gender) == ("همس", "f")


def test_user_phrases_extend_the_lexicon() -> None:
    lexicon = default_lexicon().extend(phrases=[PhraseEntry(phrase="بلسان", kind="source")])
    config = quotekit.ExtractConfig(lexicon=lexicon)
    (cue,) = quotekit.find_cues("بلسان المتحدث، انتهت الأزمة", config=config)
    assert cue.rule == "source"


@given(mixed_text)
def test_cues_never_crash_and_slice_the_original(text: str) -> None:
    for cue in quotekit.find_cues(text):
        assert 0 <= cue.span.start < cue.span.end <= len(text)
        assert text[cue.span.start : cue.span.end] == cue.span.text


#: Texts whose words often hold one another (قال in وقال، قالقال), joined by every kind
#: of white space and by characters that are neither space nor word (_ , " «).
_OVERLAPPING = st.text(alphabet='قالو_x,"« \t\n\u00a0\u2028', max_size=40)


@given(
    st.one_of(mixed_text, _OVERLAPPING),
    st.frozensets(st.sampled_from(["قال", "وقال", "ال", "ق", "x", "قالقال", "ابت", "abc"])),
)
@example("وقال قال", frozenset({"قال"}))
@example("قال_قالقال, x\u2028قال", frozenset({"قال", "x"}))
def test_the_cue_scan_finds_the_words_the_word_pattern_finds(
    text: str, wanted: frozenset[str]
) -> None:
    # The scan splits at white space and looks for pieces, not for every word.
    expected = [(m.start(), m.group()) for m in cues.WORD.finditer(text) if m.group() in wanted]
    assert list(cues.words_in(text, wanted)) == expected


def test_wrong_type_gets_a_type_error() -> None:
    with pytest.raises(TypeError, match="decode"):
        quotekit.find_cues(b"x")  # type: ignore[arg-type]


def test_a_verb_holds_its_object_pronoun_only_after_its_own_stem() -> None:
    patterns = cue_patterns(default_lexicon())
    for word in ("تتهمه", "اتهمها", "وصفه"):
        assert cues.holds_object(word, patterns.forms[word], patterns)
    for word in ("نوه", "ونوه", "تتهم"):  # a verb whose own letters end in ه, or no pronoun
        assert not cues.holds_object(word, patterns.forms[word], patterns)
