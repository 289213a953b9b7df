from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import quotekit
from quotekit import morphology
from quotekit.lexicon import VerbEntry, fold_letters, written_forms
from quotekit.morphology import (
    ENTITY_TYPES,
    WORD_CLASSES,
    entity_type,
    masdar_shaped,
    noun_gender,
    noun_number,
    verb_gender,
    word_class,
)
from quotekit.patterns import cue_patterns

#: The data files the morphology reads.
MORPHOLOGY_FILES = (
    "verb_lemmas.tsv",
    "morph_words.tsv",
    "given_names.tsv",
    "entity_heads.tsv",
    "honorifics.tsv",
    "seats.tsv",
    "offices.tsv",
)


def _norm(text: str) -> list[str]:
    return quotekit.normalize(text, config="extraction").split()


def _class(word: str) -> str:
    return word_class(quotekit.normalize(word, config="extraction"))


# --- word_class ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "وجه",
        "نشرت",
        "يتابع",
        # form VIII in الت, spelled like a definite noun
        "التفت",
        "التقط",
        # ما دام "as long as": a hollow verb, no name
        "دام",
        "يدوم",
        # the present of a doubled verb whose bare past is a noun (نص)
        "وينص",
        "وتنص",
        "احتفل",
        "اختار",
        "تنتقد",
        "ردد",
        "علق",
        "طرحت",
        "أصدرت",
        "وقال",
        "ويقولون",
        "سيعلن",
        "يقوموا",
        "نقول",
        "قلنا",
        "وصفه",
        "نقلته",
        "وصفتها",
        "أخبرتني",
        "كانت",
        "يمكن",
        "يكن",
        "وتكن",
        "يأتي",
        # the passive past of a hollow verb of form IV
        "أقيم",
        "وأعيد",
        # ل with the subjunctive and jussive
        "ليقولوا",
        "لتقول",
        # verbs found at the openings of the corpus's clauses
        "يعمل",
        "وقدرت",
        "واستهلت",
        # and found there in a second reading
        "وتفادى",
        "وحظيت",
        "تدور",
        # verbs read at the start of sources' names (a verb and its subject as one name)
        "وأحضرت",
        "وحذت",
        "أودعته",
        "يجلس",
        # the present of forms V, VI and X, known by its letters
        "يتدخل",
        "تتعاون",
        "تستعين",
        # presents the corpus writes that the lists missed, and passive presents
        "تنظر",
        "يعادل",
        "يقتصر",
        "ويقال",
        "توجد",
        # a final ى written ا before an object suffix
        "ألقاه",
        "وأعطاها",
        "يراه",
        "أجراها",
    ],
)
def test_verbs(word: str) -> None:
    assert _class(word) == "verb"


@pytest.mark.parametrize(
    "word", ["عليها", "له", "منه", "عنه", "فيه", "بها", "إليه", "معه", "لديه", "وعليه", "بينهم"]
)
def test_prepositions_with_a_pronoun(word: str) -> None:
    assert _class(word) == "prep_pronoun"


@pytest.mark.parametrize(
    "word",
    ["مقدما", "مضيفا", "معتبرا", "موضحا", "مشيرا", "قائلا", "مؤكدا", "ردا", "نقلا", "مباشرة"],
)
def test_accusative_participles(word: str) -> None:
    assert _class(word) == "participle_acc"


@pytest.mark.parametrize(
    "word",
    [
        *("في", "من", "الذي", "التي", "اليوم", "أمس", "بين", "حسب", "هذا", "وقد", "فقد", "لهذا"),
        *("إليّ", "متى", "فكيف", "لماذا", "أين", "ماذا"),  # interrogatives too
    ],
)
def test_particles(word: str) -> None:
    assert _class(word) == "particle"


@pytest.mark.parametrize(
    "word",
    [
        # names and titles
        "الرئيس",
        "تامر",
        "حسني",
        "أحمد",
        "أشرف",
        "سلمى",
        "علي",
        # nouns spelled like a verb form, listed as exceptions
        "عمل",
        "قرار",
        "غير" + "ه",
        "نصف",
        "متن",
        "بنوك",
        "وقت",
        "سابق",
        "رحلته",
        # names that only an ungrammatical verb reading would spell: ل + indicative dual
        # (لِيُبرمان), و + first-person singular (و + أرد)
        "ليبرمان",
        "وارد",
        "ليقولون",
        # participle-shaped nouns
        "مصدرا",
        "مرشحا",
        "مستقبلا",
        "مهاجرا",
        # names written like prepositions with a pronoun
        "ولي",
        "بي",
        # ordinary nouns
        "الحكومة",
        "كتاب",
        # nouns spelled like the past of a listed verb, with a possessive (noun_exception)
        "عمله",
        "دعمها",
        "هدفهم",
        # the bare past of a verb listed in the second reading, mostly a noun in news
        "دار",
        "حل",
        "عمد",
        "نص",
        "ونص",
        # and the accusatives of verbal nouns spelled like one of its forms
        "عمدا",
        "تفاديا",
        # spelled as the present of a derived form: a noun of نتج, a masdar, names with و
        "نتيجة",
        "تتويج",
        "ويتبريد",
        "فيتنام",
        # the bare past of a verb added for its present, a noun or a name in news
        "نظر",
        "عادل",
        "قارب",
        # called (يدعى، يسمى): a name follows in the phrase, no verb ends it
        "يدعى",
        # a noun in ا with a possessive, of no verb in ى (his stick, his meaning, its level)
        "عصاه",
        "معناه",
        "مستواه",
    ],
)
def test_nouns(word: str) -> None:
    assert _class(word) == "noun"


def test_between_is_not_a_verb() -> None:
    assert _class("بين") != "verb"
    assert _class("وبين") != "verb"


def test_word_class_expects_normalised_words() -> None:
    # أصدرت normalised is اصدرت; the unnormalised spelling is not in the table.
    assert word_class("اصدرت") == "verb"
    assert word_class("إليه") == "noun"


# --- noun_gender -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "gender"),
    [
        ("الوزيرة", "f"),
        ("سلمى الخطيب", "f"),
        ("الوزير", "m"),
        ("الحكومة", "f"),
        ("وكالة الأنباء الفرنسية", "f"),
        ("وزير الخارجية سامح شكري", "m"),
        ("الرئيس الأمريكي جو بايدن", "m"),
        ("رئيسة الوزراء تيريزا ماي", "f"),
        ("رئيس وزراء بريطانيا تيريزا ماي", "f"),
        ("المتحدث كامالا", "f"),
        ("الجيش", "m"),
        ("بيان", "m"),
        ("السلطات", "f"),
        ("مصادر", "f"),
        ("المحتجون", "m"),
        ("خبراء", "m"),
        ("القادة", "m"),
        ("قادة الحلف", "m"),
        ("الطلبة", "m"),
        ("الساسة", "m"),
        ("الطالبة", "f"),
        ("الدولتين", "f"),
        ("الطرفان", "m"),
        ("أسامة", "m"),
        ("حمزة", "m"),
    ],
)
def test_noun_gender(phrase: str, gender: str) -> None:
    assert noun_gender(_norm(phrase)) == gender


# A name whose first word is not listed: its surname (a man's name, the father's) says
# nothing of the person's gender.
@pytest.mark.parametrize("phrase", ["بايدن", "القانون", "", "كارمن سليمان", "سيرين عبد النور"])
def test_noun_gender_unknown(phrase: str) -> None:
    assert noun_gender(_norm(phrase)) is None


def test_a_second_title_stops_the_name_search() -> None:
    # مستشار الرئيسة سلمى: the adviser is not سلمى.
    assert noun_gender(_norm("مستشار الرئيسة سلمى")) == "m"


# --- noun_number -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "number"),
    [
        ("المحتجون", "p"),
        ("المسؤولين", "p"),
        ("السلطات", "p"),
        ("مسؤولون", "p"),
        ("محللون", "p"),
        ("خبراء", "p"),
        ("نشطاء", "p"),
        ("مصادر", "p"),
        ("سكان", "p"),
        ("شهود عيان", "p"),
        ("الطلبة", "p"),
        ("القراصنة", "p"),
        ("الفلسطينيين", "p"),
        ("الطرفان", "d"),
        ("الوزيرين", "d"),
        ("الدولتين", "d"),
        ("الحكومتان", "d"),
        ("الوزير", "s"),
        ("الطالبة", "s"),
        ("القانون", "s"),
        ("التلفزيون", "s"),
        ("حسين", "s"),
        ("بوتين", "s"),
        ("ماكرون", "s"),
        ("هارون", "s"),
        ("البحرين", "s"),
        ("الصين", "s"),
        ("لبنان", "s"),
        ("بيان", "s"),
        ("", "s"),
    ],
)
def test_noun_number(phrase: str, number: str) -> None:
    assert noun_number(_norm(phrase)) == number


# --- entity_type -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("الوزير", "person"),
        ("المتحدث باسم الجيش", "person"),
        ("تامر حسني", "person"),
        ("ديفيد كاميرون", "person"),
        ("المسؤول الأمريكي جون كيري", "person"),
        ("وزارة الخارجية", "organisation"),
        ("الجيش", "organisation"),
        ("المرصد السوري", "organisation"),
        ("وكالة الأنباء", "organisation"),
        ("للوكالة", "organisation"),
        ("الحكومة", "organisation"),
        ("المحتجون", "group"),
        ("سكان", "group"),
        ("خبراء", "group"),
        ("المتظاهرين", "group"),
        ("بيان", "document"),
        ("تقرير", "document"),
        ("صحيفة نيويورك تايمز", "document"),
        ("تغريدة", "document"),
        ("مصدر", "anonymous"),
        ("مصادر مطلعة", "anonymous"),
        ("مسؤول أمريكي", "anonymous"),
        ("شهود عيان", "anonymous"),
        ("زيلينسكي", "person"),
    ],
)
def test_entity_type(phrase: str, kind: str) -> None:
    assert entity_type(_norm(phrase)) == kind


# --- invariants ------------------------------------------------------------------------


@given(st.text())
def test_word_class_always_answers(word: str) -> None:
    assert word_class(word) in WORD_CLASSES


@given(st.text())
def test_word_shape_functions_always_answer(word: str) -> None:
    assert masdar_shaped(word) in (True, False)
    assert verb_gender(word) in ("m", "f", None)


@pytest.mark.parametrize(
    ("word", "gender"),
    [("واعترف", "m"), ("وعلقت", "f"), ("يقول", "m"), ("تقول", "f"), ("الرئيس", None), ("", None)],
)
def test_verb_gender_reads_the_singular_cells(word: str, gender: str | None) -> None:
    assert verb_gender(_norm(word)[0] if word else word) == gender


@pytest.mark.parametrize(
    ("word", "shaped"),
    [
        ("تخفيض", True),  # تفعيل
        ("حدوث", True),  # فعول
        ("اجتماع", True),  # افتعال
        ("استخدام", True),  # استفعال
        ("مشاركة", True),  # مفاعلة
        ("سالم", False),
        ("بوتين", False),
        ("", False),
    ],
)
def test_masdar_shapes(word: str, shaped: bool) -> None:
    assert masdar_shaped(quotekit.normalize(word, config="extraction")) is shaped


@given(st.lists(st.text(max_size=12), max_size=6))
def test_phrase_functions_always_answer(words: list[str]) -> None:
    assert noun_gender(words) in ("m", "f", None)
    assert noun_number(words) in ("s", "d", "p")
    assert entity_type(words) in ENTITY_TYPES


def test_every_generated_word_is_normalised() -> None:
    tables = morphology._tables()
    for keys in (list(tables.classes), list(tables.verb_cells), list(tables.more_verbs)):
        for word in keys[:: len(keys) // 2000 or 1]:
            assert quotekit.normalize(word, config="extraction") == word


def _verb_entries(verbs: list[Any]) -> list[VerbEntry]:
    """The verbs the morphology indexes, as the lexicon's generator takes them.

    Those of verb_lemmas.tsv, then the lexicon's speech verbs; all take an object, and
    participles and verbal nouns are no verb forms.
    """
    entries = [
        VerbEntry(
            lemma=v.stems.lemma,
            paradigm=v.stems.paradigm,
            present=v.stems.present,
            takes_object=True,
        )
        for v in verbs
    ]
    entries += [
        attrs.evolve(v, participle=None, masdar=(), takes_object=True)
        for v in quotekit.default_lexicon().verbs
    ]
    return entries


def test_indexes_built_letter_by_letter_are_those_built_at_once() -> None:
    verbs = morphology._parse_verbs(morphology._read("verb_lemmas.tsv"), "verb_lemmas.tsv")
    entries = [
        *_verb_entries(verbs),
        # stems of fewer than three letters, whose cells are read to know their letters
        VerbEntry(lemma="رد", paradigm="doubled", present="يرد"),
        VerbEntry(lemma="نى", paradigm="defective_y", present="ين"),
        VerbEntry(lemma="ئا", paradigm="hollow", present="يؤ", passive="ئي"),
        VerbEntry(lemma="دع", paradigm="defective_w", present="ي"),
    ]
    stems = [(e.lemma, e.paradigm, e.present, e.passive) for e in entries]
    assert morphology._verb_stems(verbs) == stems[:-4]
    eager, lazy = morphology._verb_cells(entries), morphology._verb_index(entries)
    assert list(lazy.get("ز" * 9, [])) == [] and "" not in lazy
    # Orders sort as the ranks do: ranked, they are the ranks.
    rank = {order: k for k, order in enumerate(sorted({c.order for v in lazy.values() for c in v}))}
    assert sorted(lazy) == sorted(eager)
    for key, cells in eager.items():
        assert [c._replace(order=rank[c.order]) for c in lazy[key]] == cells, key
    assert morphology._verb_index(morphology._verb_stems(verbs)).keys() <= eager.keys()
    more, more_lazy = morphology._more_verbs(entries), morphology._more_index(entries)
    assert dict(more_lazy) == more and len(more_lazy) == len(more)


def test_letter_table_normalises_as_the_preset_does() -> None:
    words = {
        cell
        for name in MORPHOLOGY_FILES
        for line in morphology._read(name).splitlines()
        if not line.startswith("#")
        for cell in line.split("\t")
        if cell and all(c in morphology._ARABIC_LETTERS for c in cell)
    }
    words.update(text for text, _ in written_forms(quotekit.default_lexicon().verbs[:10]))
    assert len(words) > 1500
    for word in words:
        assert fold_letters(word) == quotekit.normalize(word, config="extraction")


def test_analysis_finds_exactly_what_the_generator_writes() -> None:
    # Every 17th verb, and the ones whose spellings have special rules: final ى (رأى),
    # وا before a suffix (دعا), hamza seats (قرأ، سأل).
    verbs = morphology._parse_verbs(morphology._read("verb_lemmas.tsv"), "verb_lemmas.tsv")
    entries = _verb_entries(verbs)
    special = [e for e in entries if e.lemma in ("رأى", "دعا", "قرأ", "سأل", "أدلى")]
    sample = [*entries[::17], *special]
    assert len(special) >= 3
    cells = morphology._verb_cells(sample)
    generated: dict[str, set[str]] = {}
    for text, form in written_forms(sample):
        if form.form in ("past", "present", "passive"):
            word = quotekit.normalize(text, config="extraction")
            generated.setdefault(word, set()).add(text)
    # Words the generator does not write: رأى is not written راي (the noun رأي), nor
    # دعوا + ه written دعواه.
    for word in ("راي", "دعواه", "قيلت", "سقال"):
        assert word not in generated
        generated[word] = set()
    for word, texts in generated.items():
        assert {text for text, _ in morphology._spellings_of(word, cells)} == texts, word


def test_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(morphology, "_MEMO_SIZE", 3)
    for word in ("قال", "وقال", "فقال", "سيقول", "الرئيس"):
        assert word_class(word) in WORD_CLASSES
    assert len(morphology._tables().memo) <= 3


# --- data files ------------------------------------------------------------------------


@pytest.fixture
def fresh_tables() -> Iterator[None]:
    morphology._tables.cache_clear()
    yield
    morphology._tables.cache_clear()


@pytest.mark.parametrize(
    ("name", "line", "problem"),
    [
        ("morph_words.tsv", "particle\tفي\nadverbs\tأمس", "unknown list 'adverbs'"),
        ("morph_words.tsv", "particle\tفي\nparticle\tin", "not one Arabic word"),
        ("morph_words.tsv", "particle\tفي\nparticle", "a line is: list name"),
        ("given_names.tsv", "سلمى\tf\nسلمى\tm", "listed with both genders"),
        ("given_names.tsv", "سلمى\tf\nأحمد\tx", "a line is: name, tab, m or f"),
        ("entity_heads.tsv", "person\tوزير\ndocument\tوزير", "is both person and document"),
        ("verb_lemmas.tsv", "نشر\tينشر\nنشر\tينشر\tweird", "paradigm must be one of"),
        ("verb_lemmas.tsv", "نشر\tينشر\nnashara\tينشر", "not one Arabic word"),
        ("verb_lemmas.tsv", "نشر\tينشر\nنشر\tينشر", "'نشر' is listed twice"),
    ],
)
@pytest.mark.usefixtures("fresh_tables")
def test_bad_data_line_names_file_and_line(
    monkeypatch: pytest.MonkeyPatch, name: str, line: str, problem: str
) -> None:
    real = morphology._read

    def fake(file: str) -> str:
        return "# header\n" + line + "\n" if file == name else real(file)

    monkeypatch.setattr(morphology, "_read", fake)
    with pytest.raises(quotekit.LexiconError, match=problem) as info:
        word_class("قال")
    assert info.value.source == name
    assert info.value.line == 3
    assert str(info.value).startswith(f"{name}:3: ")


#: A data file of the morphology with a good first line, its parser's cache and a lookup
#: that reads it: (file, good line, cache, lookup).
_DATA_FILES: dict[str, tuple[str, Any, Callable[[], object]]] = {
    "honorifics.tsv": (
        "سموه\ttitle\tسمو",
        morphology._honorifics,
        lambda: morphology.honoured_titles("سموه"),
    ),
    "seats.tsv": (
        "تل أبيب\tإسرائيلي\tإسرائيل",
        morphology._seats,
        lambda: morphology.seat_state(["دمشق"]),
    ),
    "offices.tsv": (
        "رئيس الحكومة\tرئيس الوزراء",
        morphology.offices,
        morphology.offices,
    ),
}


@pytest.mark.parametrize(
    ("name", "line", "problem"),
    [
        ("honorifics.tsv", "سموه\ttitle", "a line is: honorific, tab, title or rank"),
        ("honorifics.tsv", "سموه\tgrade\tأمير", "a line is: honorific, tab, title or rank"),
        ("honorifics.tsv", "سموه\trank\tamir", "not one Arabic word"),
        ("seats.tsv", "دمشق\tسوري", "a line is: seat, tab, relative adjective, tab, state"),
        ("seats.tsv", "دمشق\tsuri\tسوريا", "not one Arabic word"),
        ("seats.tsv", "تل أبيب\tفلسطيني\tفلسطين", "stands for another state above"),
        ("offices.tsv", "رئيس الحكومة", "a title of two words, tab, the title it means"),
        ("offices.tsv", "الرئيس\tرئيس الدولة", "a title of two words, tab, the title it means"),
        ("offices.tsv", "رئيس الحكومة\tra'is", "not one Arabic word"),
    ],
)
def test_bad_honorific_or_seat_line_names_file_and_line(
    monkeypatch: pytest.MonkeyPatch, name: str, line: str, problem: str
) -> None:
    good, cache, lookup = _DATA_FILES[name]
    real = morphology._read

    def fake(file: str) -> str:
        return f"# header\n{good}\n{line}\n" if file == name else real(file)

    monkeypatch.setattr(morphology, "_read", fake)
    cache.cache_clear()
    try:
        with pytest.raises(quotekit.LexiconError, match=problem) as info:
            lookup()
    finally:
        cache.cache_clear()
    assert (info.value.source, info.value.line) == (name, 3)


def test_offices_give_the_title_another_names() -> None:
    assert morphology.offices()[("رئيس", "الدبلوماسية")] == ("وزير", "الخارجية")
    assert ("رئيس", "الوزراء") not in morphology.offices()  # the title meant names none


def test_seats_stand_for_their_states() -> None:
    seat = morphology.seat_state(["الاليزيه"])
    assert seat is not None and seat.state == ("فرنسا",) and seat.adjectives == ("فرنسي",)
    washington = morphology.seat_state(["واشنطن"])
    assert washington is not None and set(washington.adjectives) == {"امريكي", "اميركي"}
    assert morphology.seat_state(["الكويت"]) is None  # a state's own name: no seat
    assert morphology.seat_state(["تل"]) is None


def test_states_are_named_by_their_seats_and_their_names() -> None:
    assert morphology.names_state(["ايران"]) and morphology.names_state(["تل", "ابيب"])
    assert morphology.names_state(["السعودية"]) and morphology.names_state(["سعودية"])
    assert not morphology.names_state(["تل"]) and not morphology.names_state(["الوزارة"])


def test_honorifics_answer_their_titles() -> None:
    title, rank = morphology.honoured_titles("معاليه")
    assert "معالي" in title and "وزير" in rank
    assert morphology.honoured_titles("جلالته")[1] >= {"ملك"}
    assert morphology.honoured_titles("الوزير") == ()


@pytest.mark.parametrize("name", MORPHOLOGY_FILES)
def test_data_files_ship_with_the_package(name: str) -> None:
    text = (files("quotekit") / "data" / name).read_text(encoding="utf-8")
    assert text.startswith("# quotekit morphology")


def test_speech_verbs_of_the_lexicon_are_verbs() -> None:
    lexicon = quotekit.default_lexicon()
    forms = {
        quotekit.normalize(f.text, config="extraction")
        for verb in lexicon.verbs
        for f in verb.forms()
        if f.form in ("past", "present") and f.number == "s"
    }
    assert len(forms) > 250
    # بين is "between" far more often than "he explained", علم "flag" or "science" than
    # "he learnt", قدر "amount" (قدر الإمكان) than "he estimated", نص "text" (نص القانون)
    # than "it stipulated", أبرز the elative "most prominent" (إحدى أبرز) than "he
    # highlighted".
    assert {w for w in forms if word_class(w) != "verb"} == {"ابرز", "بين", "علم", "قدر", "نص"}


def test_source_nouns_of_the_lexicon_have_a_gender() -> None:
    # A title without a name (قيادي، المهاجم) agrees with its verb like any noun: the
    # morphology knows the gender of every source noun the lexicon reads phrases by.
    heads = cue_patterns(quotekit.default_lexicon()).lists["speaker_head"]
    assert len(heads) > 300
    assert [w for w in sorted(heads) if noun_gender([w]) is None] == []
    assert entity_type(["قيادي", "في", "الحزب"]) == "person"


def test_forms_left_out_on_purpose() -> None:
    # The past feminine plural (ماتت → متن "on board"), a first person (نصف "half"),
    # the past of form V with a suffix (تناولها "eating it").
    assert [_class(w) for w in ("متن", "نصف", "تناولها")] == ["noun"] * 3
    assert _class("يتناولها") == "verb"


# --- words that take the article ----------------------------------------------------------


def test_common_words_take_the_article_and_names_do_not() -> None:
    assert all(morphology.takes_article(w) for w in ("اقامة", "مدينة", "وزير"))
    assert not any(morphology.takes_article(w) for w in ("ليبرمان", "هانسن", "سويلو"))


def test_the_definite_words_file_is_what_the_build_script_makes(tmp_path: Path) -> None:
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news.jsonl"
    if not corpus.exists():
        pytest.skip("the shared corpus is not beside this checkout")
    script = Path(__file__).resolve().parents[1] / "tools" / "build_nouns.py"
    out = tmp_path / "definite_words.txt"
    subprocess.run(
        [sys.executable, str(script), "--corpus", str(corpus), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_text(encoding="utf-8") == morphology._read("definite_words.txt")
