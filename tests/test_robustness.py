"""Hostile inputs: each must finish and give valid spans. Sizes stay small so the suite runs
in seconds; ``benchmarks/bench_extract.py`` measures their cost against real text."""

from __future__ import annotations

import pytest
from hypothesis import given

import quotekit

from .conftest import mixed_text, new_name

N = 20_000

#: Sentences repeated with new names, by the length of one: {0} is a new word each time,
#: {1} the next one's, {2} another; each new source is linked against those before it.
NEW_NAMES = {
    "endless new titles": ("وقال وزير ال{0} إن الخطة جاهزة. ", 35),
    "endless new titles and names": (
        "وقال وزير ال{0} إن الخطة جاهزة. وقال محمد {2} إن الخطة جاهزة. ",
        70,
    ),
    "one title for endless new names": ("وقال وزير الخارجية، {0} {2}، إن الخطة جاهزة. ", 50),
    "endless new statements": ("وقال بيان {0} إن الخطة جاهزة. ", 32),
    "names spelled in one word and two": (
        "وقال أبو {0} إن الخطة جاهزة. وقال أبو{1} إن الخطة جاهزة. ",
        70,
    ),
}


HOSTILE = {
    "straight marks": '"' * N,
    "guillemets": ("«" * 50 + "»" * 3) * (N // 53),
    "nested marks": "«" * (N // 2) + "»" * (N // 2),
    "cue repeated": "قال إن " * (N // 7),
    "cue and colon repeated": "وقال: " * (N // 6),
    "speech after colons, sentence by sentence": "وقال المدرب: لعبنا جيدا. " * (N // 25),
    "one colon, then a paragraph of sentences": "وقال المدرب: " + "لعبنا جيدا. " * (N // 12),
    "colon speech on lines ending in CR LF": "وقال المدرب: لعبنا جيدا.\r\n" * (N // 26),
    "unclosed quote then text": 'قال: "' + "كلام طويل " * (N // 10),
    "one huge word": "ق" * N,
    "bidi controls everywhere": "\u200fقال\u202b الوزير\u202c إن " * (N // 17),
    "lone surrogates": '\ud800قال إن "\udfff" ' * (N // 12),
    "one source named again and again": "وقال وزير الخارجية، مايك بومبيو، إن الخطة جاهزة. "
    * (N // 47),
    "endless new speakers": "".join(f"وقال الوزير رقم{i} إن الخطة جاهزة. " for i in range(N // 35)),
    "source phrase repeated": "بحسب وكالة، " * (N // 12),
    "relayed source after a cue repeated": "وقالت مصادر نقلا عن مسؤولين " * (N // 29),
    "long runs of spaces in a sentence": 'وبحسب المصادر التي قال الوزير "نعم"' + " " * N + "و فقد",
    "no punctuation": "وأكد الوزير أن الخطة جاهزة و " * (N // 28),
    "combining marks piled up": "ا" + "\u0654\u064e" * N,
    "only spaces and newlines": " \n" * N,
    "nul and controls": "\x00\x01قال إن\x1f\x7f" * (N // 10),
    "honorific pronouns repeated": "صاحب السمو الأمير وقال سموه إن " * (N // 31),
    "subject, relative clause and verb repeated": "وكان الوزير، الذي زار المدينة، صرح إن "
    * (N // 38),
    "endless new one-word names": "".join(
        f"وقال {''.join('بتثجحخدذرزسشصضطظعغفقكلمنهي'[i // 26**k % 26] for k in range(6))} إن "
        for i in range(N // 12)
    ),
}


HOSTILE.update(
    (name, "".join(sentence.format(*map(new_name, (i, i + 1, i + 7))) for i in range(N // n)))
    for name, (sentence, n) in NEW_NAMES.items()
)


def _valid(text: str, quotes: tuple[quotekit.Quote, ...]) -> None:
    for q in quotes:
        for span in (q.content, *q.fragments):
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_finishes_with_valid_spans(name: str) -> None:
    text = HOSTILE[name]
    _valid(text, quotekit.extract_quotes(text))
    for cue in quotekit.find_cues(text):
        assert text[cue.span.start : cue.span.end] == cue.span.text
    mapped = quotekit.normalize_mapped(text)
    assert mapped.text == quotekit.normalize(text)


@pytest.mark.parametrize("text", ['قال""أن', 'قال""حسب أن', "وقال «» إن", "، وهو ما", "التي قالت"])
def test_short_odd_texts_give_a_result(text: str) -> None:
    # a subject of marks and no word once made the number test index an empty list
    _valid(text, quotekit.extract_quotes(text))


def test_empty_text() -> None:
    assert quotekit.extract_quotes("") == ()
    assert quotekit.find_cues("") == ()
    assert quotekit.normalize("") == ""


@given(mixed_text)
def test_batch_equals_single_calls(text: str) -> None:
    assert list(quotekit.extract_many([text, text])) == [quotekit.extract_quotes(text)] * 2


def test_library_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    for text in HOSTILE.values():
        quotekit.extract_quotes(text[:2000])
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == ""
