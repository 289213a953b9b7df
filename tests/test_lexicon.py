from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotekit
from quotekit.lexicon import (
    Lexicon,
    PhraseEntry,
    VerbEntry,
    default_lexicon,
    load_lexicon,
    normalized_words,
)

PAST = ["past"]


def _forms(entry: VerbEntry, kind: str) -> list[str]:
    return [f.text for f in entry.forms() if f.form == kind]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (VerbEntry(lemma="أكد"), ["أكد", "أكدت", "أكدا", "أكدتا", "أكدوا", "أكدن"]),
        (
            VerbEntry(lemma="قال", paradigm="hollow"),
            ["قال", "قالت", "قالا", "قالتا", "قالوا", "قلن"],
        ),
        (
            VerbEntry(lemma="نفى", paradigm="defective_y"),
            ["نفى", "نفت", "نفيا", "نفتا", "نفوا", "نفين"],
        ),
        (
            VerbEntry(lemma="دعا", paradigm="defective_w"),
            ["دعا", "دعت", "دعوا", "دعتا", "دعوا", "دعون"],
        ),
        (VerbEntry(lemma="رد", paradigm="doubled"), ["رد", "ردت", "ردا", "ردتا", "ردوا", "رددن"]),
    ],
)
def test_past_paradigms(entry: VerbEntry, expected: list[str]) -> None:
    assert _forms(entry, "past") == expected


@pytest.mark.parametrize(
    ("present", "expected"),
    [
        ("يقول", ["يقول", "تقول", "يقولان", "تقولان", "يقولون"]),
        ("ينفي", ["ينفي", "تنفي", "ينفيان", "تنفيان", "ينفون"]),
        ("يدعو", ["يدعو", "تدعو", "يدعوان", "تدعوان", "يدعون"]),
        ("يرى", ["يرى", "ترى", "يريان", "تريان", "يرون"]),
    ],
)
def test_present_forms(present: str, expected: list[str]) -> None:
    assert _forms(VerbEntry(lemma="قال", present=present), "present") == expected


def test_participles() -> None:
    assert _forms(VerbEntry(lemma="قال", participle="قائل"), "participle") == [
        "قائلا",
        "قائلة",
        "قائلين",
        "قائلتين",
        "قائلات",
    ]
    assert _forms(VerbEntry(lemma="نفى", participle="نافي"), "participle")[:3] == [
        "نافيا",
        "نافية",
        "نافين",
    ]


def test_masdar_takes_possessive_suffixes() -> None:
    forms = _forms(VerbEntry(lemma="أشار", masdar=("إشارة",)), "masdar")
    assert forms[:3] == ["إشارة", "إشارته", "إشارتها"]


def test_clitics_and_variants_are_generated() -> None:
    texts = {f.text for f in default_lexicon().forms()}
    for form in ("وقالت", "فقال", "وسيقول", "ليؤكد", "وصفه", "اتهمتهما", "موكدا", "نفي", "بزعم"):
        assert form in texts, form


def test_every_issue_lemma_is_in_the_lexicon() -> None:
    lemmas = {v.lemma for v in default_lexicon().verbs}
    wanted = (
        "قال أكد أضاف أشار أوضح لفت شدد بين صرح ذكر أعلن كشف نفى اعتبر رأى تابع أفاد نقل حذر "
        "طالب دعا اتهم وصف علق أقر اعترف أبلغ أخبر نوه زعم ادعى استطرد أردف اختتم ختم رد أجاب "
        "تساءل أعرب أشاد انتقد هدد توعد وعد طمأن جدد أفصح روى"
    ).split()
    assert set(wanted) <= lemmas


def test_phrase_pronouns_carry_agreement() -> None:
    forms = list(PhraseEntry(phrase="حسب قول{PRON}", kind="trailing").forms())
    assert [(f.text, f.gender, f.number) for f in forms][:2] == [
        ("حسب قوله", "m", "s"),
        ("حسب قولها", "f", "s"),
    ]


def test_load_user_files(tmp_path: Path) -> None:
    verbs = tmp_path / "verbs.tsv"
    verbs.write_text(
        "# mine\nهمس\tsound\tيهمس\tهامس\t-\t-\tأن\tno\tlong\twhisper\n", encoding="utf-8"
    )
    lexicon = load_lexicon(verbs=verbs)
    assert [v.lemma for v in lexicon.verbs] == ["همس"]
    assert isinstance(lexicon, Lexicon)
    assert lexicon.phrases == default_lexicon().phrases


def test_a_words_file_replaces_only_the_lists_it_holds(tmp_path: Path) -> None:
    words = tmp_path / "words.tsv"
    words.write_text("speaker_head\tالوزير\nmy_list\tكلمة\n", encoding="utf-8")
    lexicon = load_lexicon(words=words)
    lists = dict(lexicon.words)
    assert lists["speaker_head"] == ("الوزير",)
    assert lists["my_list"] == ("كلمة",)
    assert lists["complementizer"] == dict(default_lexicon().words)["complementizer"]
    config = quotekit.ExtractConfig(lexicon=lexicon)
    (quote,) = quotekit.extract_quotes("وقال الوزير في بيان إن الخطة جاهزة", config=config)
    assert quote.speaker is not None and quote.speaker.name == "الوزير"


def test_a_lexicon_without_some_lists_extracts_without_them() -> None:
    package = default_lexicon()
    lexicon = attrs.evolve(package, words=tuple(w for w in package.words if w[0] != "in_medium"))
    config = quotekit.ExtractConfig(lexicon=lexicon)
    (quote,) = quotekit.extract_quotes("وقال الوزير في بيان إن الخطة جاهزة", config=config)
    assert quote.content.text == "الخطة جاهزة"
    assert quotekit.extract_quotes("وقال الوزير إن", config=config) == ()
    bare = attrs.evolve(package, words=())  # no complementizers: no reported clause
    assert (
        quotekit.extract_quotes(
            "وقال الوزير إن الخطة جاهزة", config=quotekit.ExtractConfig(lexicon=bare)
        )
        == ()
    )


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("همس\tweird", "paradigm must be one of"),
        ("hello\tsound", "lemma must be one Arabic word"),
        ("همس\tsound\tيهمس\tهامس\t-\t-\tأن\tmaybe", "object must be yes or no"),
        ("همس\tsound\tيهمس\tهامس\t-\t-\tأن\tno\twide", "window must be short or long"),
    ],
)
def test_bad_verb_lines_name_file_and_line(tmp_path: Path, line: str, problem: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("# header\n" + line + "\n", encoding="utf-8")
    with pytest.raises(quotekit.LexiconError, match=problem) as info:
        load_lexicon(verbs=path)
    assert info.value.line == 2
    assert info.value.source == str(path)
    assert str(info.value).startswith(f"{path}:2: ")
    assert isinstance(info.value, ValueError)


def test_bad_phrase_kind(tmp_path: Path) -> None:
    path = tmp_path / "p.tsv"
    path.write_text("بحسب\tsomething\n", encoding="utf-8")
    with pytest.raises(quotekit.LexiconError, match=r"p.tsv:1: "):
        load_lexicon(phrases=path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(quotekit.LexiconError, match="cannot read"):
        load_lexicon(verbs=tmp_path / "nope.tsv")


def test_bad_word_line(tmp_path: Path) -> None:
    path = tmp_path / "w.tsv"
    path.write_text("complementizer\n", encoding="utf-8")
    with pytest.raises(quotekit.LexiconError, match=r"w\.tsv:1"):
        load_lexicon(words=path)


def test_extend_replaces_a_lemma() -> None:
    lexicon = default_lexicon().extend(verbs=[VerbEntry(lemma="قال", present="يقول")])
    (say,) = [v for v in lexicon.verbs if v.lemma == "قال"]
    assert say.participle is None


# Letters, a space, and what sends a text to the full normaliser: marks, a tatweel, a
# presentation form, a Persian letter, a digit, a quote mark.
_WORD_CHARS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي \u064e\u0651\u0640\ufefb\u06cc\u0663«"


@settings(max_examples=200)
@given(st.lists(st.text(alphabet=_WORD_CHARS, max_size=8), max_size=12))
def test_normalized_words_is_normalize_word_by_word(words: list[str]) -> None:
    # The letter-only fast path and the normaliser agree on every list of words.
    expected = [quotekit.normalize(w, config="extraction") for w in words]
    assert normalized_words(words) == expected


def test_normalized_words_folds_letters_and_leaves_other_words_to_the_normaliser() -> None:
    assert normalized_words(["أكد", "إليه", "آخر", "وفقا ل"]) == ["اكد", "اليه", "اخر", "وفقا ل"]
    assert normalized_words(["أكّد", "قـال"]) == ["اكد", "قال"]  # a shadda, a tatweel
