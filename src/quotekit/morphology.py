"""Shallow morphology from data: word classes, and the gender, number and type of a noun phrase.

Speaker noun phrases need to know where they stop: at a verb (``وجه``), a preposition
with a pronoun suffix (``عليها``), an accusative circumstantial participle (``مضيفا``) or
a particle (``اليوم``), not at a name. This module answers from tables built once, on
first use, from the data files of ``quotekit/data``:

* ``verb_lemmas.tsv``: common news verbs, inflected as the paradigm generator of
  :mod:`quotekit.lexicon` does (with the speech verbs of the default lexicon), plus first
  person forms and the plural present without ن (``أن يقوموا``). The tables hold the
  bare paradigm cells only; a word is analysed by taking off the proclitics and object
  suffixes the generator would have put on (:func:`_spellings_of`), and each word's
  answer is remembered;
* ``morph_words.tsv``: particles, prepositions, verb forms that are mostly nouns, plural
  and singular word lists;
* ``given_names.tsv``: given names with their gender;
* ``entity_heads.tsv``: the head words of persons, organisations, groups, documents and
  anonymous sources.
* ``honorifics.tsv``: the titles that an honorific pronoun (سموه، معاليه) answers.

Every word passed in must already be normalised with the ``extraction`` preset
(:func:`quotekit.normalize` with ``config="extraction"``): tashkeel and tatweel removed,
أ إ آ ٱ folded to ا; ة ى ؤ ئ kept. The data files are normalised the same way on load.

Corpus check (``/work/shared/corpus/news.jsonl``, 978 articles, 286,830 word tokens):
see ``docs/explanation/limits.md`` for the shares of each class and the error rates
read in samples of 40 verbs and 40 nouns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache
from typing import NamedTuple, TypeVar, overload

import attrs
import regex

from quotekit._data import read_data
from quotekit._gc import paused
from quotekit.errors import LexiconError
from quotekit.lexicon import (
    ARABIC_LETTERS,
    FINITE_FORMS,
    OBJECT_SUFFIXES,
    PARADIGMS,
    PROCLITICS,
    VerbEntry,
    data_rows,
    default_lexicon,
    fold_letters,
    normalized_words,
    paradigm_cells,
    proclitics_of,
    with_article,
)

__all__ = [
    "ENTITY_TYPES",
    "WORD_CLASSES",
    "Seat",
    "accusative_participle",
    "among",
    "construct_plural",
    "entity_type",
    "head_gender",
    "honorific_titles",
    "honoured_titles",
    "is_adverb",
    "is_given_name",
    "is_oblique",
    "is_preposition",
    "listed_head",
    "listed_non_verb",
    "masdar_shaped",
    "names_state",
    "noun_gender",
    "noun_number",
    "offices",
    "only_nouns",
    "opens_state",
    "organisation_heads",
    "participle_gender",
    "seat_state",
    "spelled_as_verb",
    "takes_article",
    "unpossessed",
    "verb_gender",
    "verb_lemmas",
    "without_article",
    "word_class",
]

#: What :func:`word_class` returns.
WORD_CLASSES: tuple[str, ...] = ("verb", "prep_pronoun", "participle_acc", "particle", "noun")
#: What :func:`entity_type` returns.
ENTITY_TYPES: tuple[str, ...] = ("person", "organisation", "group", "document", "anonymous")

_ARABIC_LETTERS = frozenset(ARABIC_LETTERS)
_MORPH_LISTS = frozenset(
    (
        "particle",
        "preposition",
        "prep_pronoun_exception",
        "verb_exception",
        "noun_exception",
        "participle_exception",
        "adverb_acc",
        "adverb_manner",
        "verb_form",
        "broken_plural",
        "not_plural",
        "dual_stem",
        "nonhuman_plural",
    )
)
#: Pronoun suffixes a preposition takes.
_PREP_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي")
#: How a noun of ``noun_exception`` is written: bare or with a possessive (عمل، عمله).
_POSSESSED_SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن")
#: Object suffixes of the first-person forms added here (the lexicon adds the others).
_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "ك", "كم")
_PAST_PREFIXES = ("", "و", "ف")
_PRESENT_PREFIXES = ("", "و", "ف", "س", "وس", "فس", "ل", "ول")


def _by_letter(affixes: Iterable[str], index: int) -> dict[str, tuple[str, ...]]:
    """Affixes grouped by their first (``index=0``) or last (``-1``) letter.

    A word is then tried with the affixes it may begin or end with only.

    Example:
        >>> _by_letter(["ه", "ها", "نا"], -1)
        {'ه': ('ه',), 'ا': ('ها', 'نا')}
    """
    out: dict[str, tuple[str, ...]] = {}
    for affix in affixes:
        out[affix[index]] = (*out.get(affix[index], ()), affix)
    return out


#: The proclitics a paradigm cell may carry, by first letter.
_VERB_PREFIXES = _by_letter(
    sorted({p for f in ("past", "present", "passive") for p in PROCLITICS[f] if p}), 0
)
#: The object suffixes of the lexicon's cells and of :func:`_more_forms`, by last letter.
_CELL_SUFFIXES = _by_letter(OBJECT_SUFFIXES, -1)
#: The endings :func:`_is_more_form` tries, by last letter: none, or an object suffix.
_MORE_ENDINGS = {
    letter: ("", *suffixes) for letter, suffixes in _by_letter(_OBJECT_SUFFIXES, -1).items()
}
_NO_ENDING = ("",)
#: How many words' classes :func:`word_class` remembers before it starts afresh.
_MEMO_SIZE = 1 << 17
#: The ranks of a verb index's cells: a form of a verb has fewer cells than this.
_FORM_RANKS = 16
_V = TypeVar("_V")
_T = TypeVar("_T")


# ---------------------------------------------------------------------------------------
# Reading the data files.


def _read(name: str) -> str:
    return read_data(name)


def _word(text: str, source: str, line: int) -> str:
    """Check that ``text`` is one Arabic word and return it normalised."""
    if not text or not _ARABIC_LETTERS.issuperset(text):
        raise LexiconError(source, line, f"not one Arabic word: {text!r}")
    return fold_letters(text)


def _list_rows(text: str, source: str, names: frozenset[str]) -> Iterator[tuple[int, str, str]]:
    """The lines of a two-column file (list name, word): line number, list, normalised word."""
    for number, cells in data_rows(text):
        if len(cells) != 2:
            raise LexiconError(source, number, "a line is: list name, tab, one Arabic word")
        if cells[0] not in names:
            raise LexiconError(
                source, number, f"unknown list {cells[0]!r}; one of {', '.join(sorted(names))}"
            )
        yield number, cells[0], _word(cells[1], source, number)


def _parse_lists(text: str, source: str, names: frozenset[str]) -> dict[str, list[str]]:
    r"""Parse a two-column file (list name, word) whose list names are ``names``.

    Example:
        >>> _parse_lists("particle\tإلى", "m.tsv", frozenset({"particle"}))
        {'particle': ['الى']}
    """
    lists: dict[str, list[str]] = {name: [] for name in sorted(names)}
    for _number, name, word in _list_rows(text, source, names):
        lists[name].append(word)
    return lists


def _parse_names(text: str, source: str) -> dict[str, str]:
    r"""Parse ``given_names.tsv``: name, tab, gender ``m`` or ``f``.

    Example:
        >>> _parse_names("أسماء\tf", "n.tsv")
        {'اسماء': 'f'}
    """
    names: dict[str, str] = {}
    for number, cells in data_rows(text):
        if len(cells) != 2 or cells[1] not in ("m", "f"):
            raise LexiconError(source, number, "a line is: name, tab, m or f")
        name = _word(cells[0], source, number)
        if names.setdefault(name, cells[1]) != cells[1]:
            raise LexiconError(source, number, f"{name!r} is listed with both genders")
    return names


def _parse_heads(text: str, source: str) -> dict[str, str]:
    r"""Parse ``entity_heads.tsv`` into a table of head word (bare and with ال) to type.

    Example:
        >>> _parse_heads("document\tبيان", "h.tsv")
        {'بيان': 'document', 'البيان': 'document'}
    """
    heads: dict[str, str] = {}
    for number, kind, word in _list_rows(text, source, frozenset(ENTITY_TYPES)):
        for key in (word, "ال" + word):
            if heads.setdefault(key, kind) != kind:
                raise LexiconError(source, number, f"{word!r} is both {heads[key]} and {kind}")
    return heads


class _Stems(NamedTuple):
    """The stems a verb's paradigm cells are generated from (a line of ``verb_lemmas.tsv``).

    The lexicon's :class:`~quotekit.lexicon.VerbEntry` has them too, with the fields of a
    cue the tables do not read: a named tuple is a fraction of its cost to make, and the
    lines are checked as they are read (:func:`_parse_verbs`).
    """

    lemma: str
    paradigm: str
    present: str | None
    passive: str | None


#: A verb whose cells the tables hold: read from ``verb_lemmas.tsv``, or of the lexicon.
_Verb = VerbEntry | _Stems


class _VerbLine(NamedTuple):
    """A line of ``verb_lemmas.tsv``: the verb, and its participle (none: no participle).

    A named tuple, as :class:`_Cell`: an ``attrs`` class costs a millisecond more to make
    at import, for nothing a caller sees.
    """

    stems: _Stems
    participle: str | None


def _parse_verbs(text: str, source: str) -> list[_VerbLine]:
    r"""Parse ``verb_lemmas.tsv``: lemma, present, paradigm, participle.

    Example:
        >>> [(v.stems.present, v.participle) for v in _parse_verbs("نشر\tينشر", "v.tsv")]
        [('ينشر', 'ناشر')]
    """
    out: list[_VerbLine] = []
    seen: set[tuple[str, ...]] = set()
    for number, cells in data_rows(text):
        cells += ["-"] * (4 - len(cells))
        if len(cells) > 4:
            raise LexiconError(source, number, "a line is: lemma, present, paradigm, participle")
        if tuple(cells) in seen:
            raise LexiconError(source, number, f"{cells[0]!r} is listed twice")
        seen.add(tuple(cells))
        lemma, present, paradigm, participle = (c if c not in ("", "-") else None for c in cells)
        if lemma is None:
            raise LexiconError(source, number, "a line needs a lemma")
        paradigm = paradigm or "sound"
        if paradigm not in PARADIGMS:
            raise LexiconError(
                source, number, f"paradigm must be one of {', '.join(PARADIGMS)}, not {paradigm!r}"
            )
        for cell in (lemma, present):
            if cell is not None:
                _word(cell, source, number)
        if participle is None and present is not None:
            participle = _guess_participle(lemma, present, paradigm)
        elif participle == "none":
            participle = None
        elif participle is not None:
            _word(participle, source, number)
        out.append(_VerbLine(_Stems(lemma, paradigm, present, None), participle))
    return out


def _guess_participle(lemma: str, present: str, paradigm: str) -> str | None:
    """The active participle: فاعل for a three-letter lemma, م + present stem otherwise.

    Form II lemmas of three letters (قدّم يقدّم) look like form I: the data file gives
    their participle.

    Example:
        >>> _guess_participle("نشر", "ينشر", "sound"), _guess_participle("زار", "يزور", "hollow")
        ('ناشر', 'زائر')
        >>> _guess_participle("أضاف", "يضيف", "hollow"), _guess_participle("أخذ", "يأخذ", "sound")
        ('مضيف', 'آخذ')
    """
    if len(lemma) < 3 or len(present) < 3:
        return None
    if len(lemma) == 3 and lemma[0] != "أ":
        if paradigm == "hollow":
            return lemma[0] + "ائ" + lemma[2]
        if paradigm.startswith("defective"):
            return lemma[0] + "ا" + lemma[1] + "ي"
        if paradigm == "doubled":
            return None
        return lemma[0] + "ا" + lemma[1:]
    if len(lemma) == 3 and paradigm == "sound" and present[1] == "أ":
        return "آ" + lemma[1:]
    stem = present[1:]
    return "م" + (stem[:-1] + "ي" if stem.endswith("ى") else stem)


# ---------------------------------------------------------------------------------------
# The tables.


class _Cell(NamedTuple):
    """One spelling of a paradigm cell, as the verb index keeps it under its normalised text.

    Attributes:
        text: The spelling, unnormalised (the cell, or its hamza seats written plainly,
            or its final ى written ي).
        order: The cell's rank in the generator's order: when two cells spell the same
            text, the first decides for it, as in the lexicon.
        form: ``past``, ``present`` or ``passive``.
        gender: ``m`` or ``f``.
        number: ``s``, ``d`` or ``p``.
        lemma: The lemma, as written.
        final_yeh: The spelling writes the cell's final ى as ي, which real text does at
            the very end of a word of more than three letters only.
    """

    text: str
    order: int
    form: str
    gender: str
    number: str
    lemma: str
    final_yeh: bool = False


@attrs.frozen(kw_only=True)
class _Tables:
    """The tables of :func:`_tables` (see there).

    An ``attrs`` class with slots, not a named tuple: a word's analysis reads its fields
    many times, and Python reads a slot faster than a field of a named tuple.
    """

    classes: dict[str, str]
    not_verbs: frozenset[str]
    verb_cells: Mapping[str, list[_Cell]]
    more_verbs: Mapping[str, frozenset[str]]
    memo: dict[str, str]
    names: dict[str, str]
    heads: dict[str, str]
    broken_plural: frozenset[str]
    not_plural: frozenset[str]
    dual_stems: frozenset[str]
    human_plural: frozenset[str]
    nonhuman_plural: frozenset[str]
    prepositions: frozenset[str]
    adverbs: frozenset[str]


@cache
@paused
def _tables() -> _Tables:
    """Build every table from the data files (once).

    ``classes`` holds the listed words (particles, prepositions with a pronoun,
    participles, verb forms of ``morph_words.tsv``); ``not_verbs`` the words whose verb
    reading the lists take away; the paradigm verb forms are analysed on demand, from
    indexes built a first letter at a time (:class:`_ByLetter`).
    """
    words = _parse_lists(_read("morph_words.tsv"), "morph_words.tsv", _MORPH_LISTS)
    names = _parse_names(_read("given_names.tsv"), "given_names.tsv")
    heads = _parse_heads(_read("entity_heads.tsv"), "entity_heads.tsv")
    verbs = _parse_verbs(_read("verb_lemmas.tsv"), "verb_lemmas.tsv")
    entries = _verb_stems(verbs)

    classes: dict[str, str] = {}
    for word in words["verb_form"]:
        classes[word] = classes["و" + word] = classes["ف" + word] = "verb"
    for form in _participles(verbs):
        classes[form] = "participle_acc"
    not_verbs = {*names, *words["verb_exception"], *words["participle_exception"]}
    not_verbs.update(
        noun + suffix for noun in words["noun_exception"] for suffix in _POSSESSED_SUFFIXES
    )
    not_verbs.update("و" + word for word in words["participle_exception"])
    for word in not_verbs:
        classes.pop(word, None)
    for word in (*words["adverb_acc"], *words["adverb_manner"]):
        classes[word] = "participle_acc"
    for form in _prep_pronouns(words["preposition"]):
        if form not in names:
            classes[form] = "prep_pronoun"
    for word in words["prep_pronoun_exception"]:
        if classes.get(word) == "prep_pronoun":
            del classes[word]
            not_verbs.add(word)
    for word in words["particle"]:
        classes[word] = "particle"
        if len(word) > 1:
            # فقد، وقد، فلم: the particle reading wins over the verb and the noun.
            classes["و" + word] = classes["ف" + word] = "particle"
    return _Tables(
        classes=classes,
        not_verbs=frozenset(not_verbs),
        verb_cells=_verb_index(entries),
        more_verbs=_more_index(entries),
        memo={},
        names=names,
        heads=heads,
        broken_plural=frozenset(with_article(words["broken_plural"])),
        not_plural=frozenset(with_article(words["not_plural"])),
        dual_stems=frozenset(words["dual_stem"]),
        human_plural=frozenset(k for k, v in heads.items() if v in ("group", "anonymous")),
        nonhuman_plural=frozenset(with_article(words["nonhuman_plural"])),
        prepositions=frozenset(words["preposition"]),
        adverbs=frozenset(words["adverb_acc"]),
    )


def _verb_stems(verbs: Sequence[_VerbLine]) -> list[_Stems]:
    """The stems of the verbs of ``verb_lemmas.tsv``, then of the default lexicon's."""
    lexicon = [_Stems(v.lemma, v.paradigm, v.present, v.passive) for v in default_lexicon().verbs]
    return [v.stems for v in verbs] + lexicon


def _verb_cells(entries: Sequence[_Verb]) -> dict[str, list[_Cell]]:
    """The spellings of every finite paradigm cell, under their normalised text.

    Example:
        >>> cells = _verb_cells([VerbEntry(lemma="رأى", paradigm="defective_y")])
        >>> [(c.text, c.final_yeh) for c in cells["راي"]]
        [('رأي', True)]
    """
    cells: list[_Cell] = []
    new = tuple.__new__  # a cell by position: no keywords or defaults to work out
    order = 0
    for entry in entries:
        lemma = entry.lemma
        for text, form, gender, number in _cells(entry):
            for variant in _spellings(text):
                cells.append(new(_Cell, (variant, order, form, gender, number, lemma, False)))
                if variant.endswith("ى"):
                    yeh = variant[:-1] + "ي"
                    cells.append(new(_Cell, (yeh, order, form, gender, number, lemma, True)))
            order += 1
    keys = normalized_words(c.text for c in cells)  # one call, not one a spelling
    out: dict[str, list[_Cell]] = {}
    for key, cell in zip(keys, cells, strict=True):
        out.setdefault(key, []).append(cell)
    return out


def _cells(verb: _Verb) -> Iterator[tuple[str, str, str, str]]:
    """The finite paradigm cells of ``verb``, as :meth:`~quotekit.lexicon.VerbEntry.cells`."""
    for form in FINITE_FORMS:
        cells = paradigm_cells(form, verb.lemma, verb.paradigm, verb.present, verb.passive)
        for text, gender, number in cells:
            yield text, form, gender, number


def _more_verbs(entries: Sequence[_Verb]) -> dict[str, frozenset[str]]:
    """The forms of :func:`_more_forms`, normalised and spelled, with their proclitics.

    Example:
        >>> sorted(_more_verbs([VerbEntry(lemma="قال", paradigm="hollow", present="يقول")]))
        ['قلتم', 'قلنا', 'نقول', 'يقولوا']
    """
    return _more_verbs_of([form for entry in entries for form in _more_forms(entry)])


def _more_verbs_of(forms: Sequence[tuple[str, tuple[str, ...]]]) -> dict[str, frozenset[str]]:
    """:func:`_more_verbs` of the forms of :func:`_more_forms` (stem, proclitics)."""
    if not forms:
        return {}
    stems = normalized_words(stem for stem, _ in forms)
    out: dict[str, set[str]] = {}
    for stem, (_, prefixes) in zip(stems, forms, strict=True):
        for variant in _spellings(stem):
            out.setdefault(variant, set()).update(prefixes)
    return {stem: frozenset(prefixes) for stem, prefixes in out.items()}


class _ByLetter(Mapping[str, _V]):
    """A table built one first letter at a time, when a key of that letter is first read.

    A text looks up a few dozen words: building the verb index for all of them, most of a
    first call, would build the cells of letters no word of it opens with. ``build``
    gives the keys of one first letter; ``letters`` are all the first letters of keys.

    Example:
        >>> t = _ByLetter(lambda letter: {letter * 2: 1} if letter in "ab" else {}, "ab")
        >>> t.get("aa"), "bb" in t, t.get("cc"), sorted(t)
        (1, True, None, ['aa', 'bb'])
    """

    __slots__ = ("_build", "_letters", "parts")

    def __init__(self, build: Callable[[str], dict[str, _V]], letters: Iterable[str]) -> None:
        self._build = paused(build)
        self._letters = tuple(sorted(set(letters)))
        #: The parts built so far, by first letter: read them first, :meth:`part` builds.
        self.parts: dict[str, dict[str, _V]] = {}

    def part(self, letter: str) -> dict[str, _V]:
        """The keys that open with ``letter``, and their values (built when first asked)."""
        part = self.parts.get(letter)
        if part is None:
            part = self.parts[letter] = self._build(letter)
        return part

    @overload
    def get(self, key: str, /) -> _V | None: ...
    @overload
    def get(self, key: str, /, default: _V | _T) -> _V | _T: ...
    def get(self, key: str, /, default: object = None) -> object:
        """The value of ``key``, or ``default``."""
        return self.part(key[:1]).get(key, default)

    def __getitem__(self, key: str) -> _V:
        return self.part(key[:1])[key]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self.part(key[:1])

    def __iter__(self) -> Iterator[str]:
        for letter in self._letters:
            yield from self.part(letter)

    def __len__(self) -> int:
        return sum(len(self.part(letter)) for letter in self._letters)


def _key_letters(text: str) -> frozenset[str]:
    """The first letters of the keys of ``text``'s spellings: normalised, seats plain.

    Example:
        >>> sorted(_key_letters("ئ")), sorted(_key_letters("أكد"))
        (['ئ', 'ي'], ['ا'])
    """
    return frozenset(fold_letters(spelling) for spelling in _spellings(text[:1]))


class _Part(NamedTuple):
    """The cells of one finite form of one verb, in a verb index (:func:`_verb_index`).

    Attributes:
        entry: The verb.
        form: ``past``, ``present`` or ``passive``.
        order: The order of its first cell; the next ones follow (see :class:`_Cell`).
    """

    entry: _Verb
    form: str
    order: int


def _verb_index(entries: Sequence[_Verb]) -> _ByLetter[list[_Cell]]:
    """:func:`_verb_cells` of ``entries``, built a first letter at a time.

    The cells' ``order`` is no rank but sorts as one: the verb, its form, the cell. The
    first letters of a form's cells are read from its stem: a past cell opens with the
    lemma's, a present cell with the present's or ت; a form of a stem of fewer than three
    letters is generated to read them.

    Example:
        >>> index = _verb_index([VerbEntry(lemma="رأى", paradigm="defective_y")])
        >>> [(c.text, c.final_yeh) for c in index["راي"]]
        [('رأي', True)]
    """
    parts: dict[str, list[_Part]] = {}  # by the first letters of their keys
    seen: dict[tuple[str, ...], frozenset[str]] = {}  # first letters -> their key letters
    for rank, entry in enumerate(entries):
        stems = (entry.lemma, entry.present, entry.passive)
        for form_rank, (form, text) in enumerate(zip(FINITE_FORMS, stems, strict=True)):
            if not text:
                continue
            order = (rank * len(FINITE_FORMS) + form_rank) * _FORM_RANKS
            firsts: tuple[str, ...]
            if len(text) >= 3 or form == "passive":
                firsts = (text[0], "ت") if form == "present" else (text[0],)
            else:
                cells = paradigm_cells(form, entry.lemma, entry.paradigm, *stems[1:])
                firsts = tuple(sorted({cell[:1] for cell, _, _ in cells}))
            letters = seen.get(firsts)
            if letters is None:
                letters = seen[firsts] = frozenset().union(*map(_key_letters, firsts))
            part = _Part(entry, form, order)
            for letter in letters:
                parts.setdefault(letter, []).append(part)

    def build(letter: str) -> dict[str, list[_Cell]]:
        cells: list[_Cell] = []
        new = tuple.__new__  # a cell by position: no keywords or defaults to work out
        opens: dict[str, bool] = {}  # a first letter -> whether keys may open with ``letter``
        for verb, form, order in parts.get(letter, ()):
            lemma = verb.lemma
            cells_of_form = paradigm_cells(form, lemma, verb.paradigm, verb.present, verb.passive)
            for text, gender, number in cells_of_form:
                first = text[:1]
                if first not in opens:
                    opens[first] = letter in _key_letters(first)
                for variant in _spellings(text) if opens[first] else ():  # not يقول for ت
                    cells.append(new(_Cell, (variant, order, form, gender, number, lemma, False)))
                    if variant.endswith("ى"):
                        yeh = variant[:-1] + "ي"
                        cells.append(new(_Cell, (yeh, order, form, gender, number, lemma, True)))
                order += 1
        out: dict[str, list[_Cell]] = {}
        if not cells:  # a letter no cell opens with (a digit, a mark)
            return out
        for key, cell in zip(normalized_words(c.text for c in cells), cells, strict=True):
            if key[:1] == letter:
                out.setdefault(key, []).append(cell)
        return out

    return _ByLetter(build, parts)


def _more_index(entries: Sequence[_Verb]) -> _ByLetter[frozenset[str]]:
    """:func:`_more_verbs` of ``entries``, built a first letter at a time.

    The forms of a verb open with its lemma's first letter, or ن and its present's (see
    :func:`_more_forms`); those of a lemma of fewer than three letters are generated to
    read them.

    Example:
        >>> index = _more_index([VerbEntry(lemma="قال", paradigm="hollow", present="يقول")])
        >>> sorted(index), sorted(index["نقول"])
        (['قلتم', 'قلنا', 'نقول', 'يقولوا'], ['', 'س', 'ف', 'فس', 'ل', 'و', 'وس', 'ول'])
    """
    verbs: dict[str, list[_Verb]] = {}  # by the first letters of their forms' keys
    seen: dict[tuple[str, ...], frozenset[str]] = {}  # first letters -> their key letters
    for entry in entries:
        lemma, present = entry.lemma, entry.present
        firsts: tuple[str, ...]
        if len(lemma) >= 3 and not (present and present.startswith("ي") and len(present) < 2):
            firsts = (lemma[0], "ن", "ي") if present and present.startswith("ي") else (lemma[0],)
        else:
            firsts = tuple(sorted({stem[:1] for stem, _ in _more_forms(entry)}))
        letters = seen.get(firsts)
        if letters is None:
            letters = seen[firsts] = frozenset().union(*map(_key_letters, firsts))
        for letter in letters:
            verbs.setdefault(letter, []).append(entry)

    def build(letter: str) -> dict[str, frozenset[str]]:
        opens: dict[str, bool] = {}  # a first letter -> whether keys may open with ``letter``
        forms: list[tuple[str, tuple[str, ...]]] = []
        for verb in verbs.get(letter, ()):
            for form in _more_forms(verb):
                first = form[0][:1]
                if first not in opens:
                    opens[first] = letter in _key_letters(first)
                if opens[first]:
                    forms.append(form)
        return {
            stem: prefixes for stem, prefixes in _more_verbs_of(forms).items() if stem[:1] == letter
        }

    return _ByLetter(build, verbs)


def _noun_like(text: str, cell: _Cell) -> bool:
    """Paradigm cells that are spelled like frequent nouns and rare as verbs in news.

    The past feminine plural (متن، بنين، عدن) is all but absent from news; the past of
    forms V and VI with an object suffix (تناولها، تراجعها) is spelled like their verbal
    noun with a pronoun, which is the commoner reading.

    Example:
        >>> c = _Cell("تناول", 0, "past", "m", "s", "تناول")
        >>> _noun_like("تناولها", c), _noun_like("تناول", c)
        (True, False)
    """
    if cell.form != "past":
        return False
    if cell.gender == "f" and cell.number == "p":
        return True
    lemma = cell.lemma
    if not (len(lemma) >= 4 and lemma[0] == "ت" and lemma[1] != "ا"):  # not V or VI
        return False
    bare = text[1:] if text[0] in "وف" else text
    return len(bare) > len(lemma) + 1 and bare.endswith(("ه", "ها", "هم", "هما", "هن"))


def _spellings_of(
    word: str,
    cells: Mapping[str, Sequence[_Cell]],
    splits: Sequence[tuple[str, str]] | None = None,
) -> Iterator[tuple[str, _Cell]]:
    """Every way the generator writes ``word``: the unnormalised text and its cell.

    A proclitic the cell's form takes, the cell, and for the past and the present an
    object suffix (a final وا written و before it); a final ى written ي only at the end
    of a word of more than three letters.

    Example:
        >>> cells = _verb_cells([VerbEntry(lemma="دعا", paradigm="defective_w", present="يدعو")])
        >>> sorted((t, c.number) for t, c in _spellings_of("فدعوه", cells))
        [('فدعوه', 'd'), ('فدعوه', 'p')]
    """
    index = cells if isinstance(cells, _ByLetter) else None
    for prefix, rest in _proclitic_splits(word) if splits is None else splits:
        # The keys read below open with the letter of ``rest``: one part of an index.
        table = cells if index is None else index.parts.get(rest[:1]) or index.part(rest[:1])
        for cell in table.get(rest, ()):
            if _fits(cell, prefix) and (len(word) > 3 or not cell.final_yeh):
                yield prefix + cell.text, cell
        for suffix in _CELL_SUFFIXES.get(rest[-1:], ()):
            if not rest.endswith(suffix):
                continue
            stem = rest[: -len(suffix)]
            for cell in table.get(stem, ()):
                if _takes_suffix(cell, prefix) and not cell.text.endswith("وا"):
                    yield prefix + cell.text + suffix, cell
            if stem.endswith("و"):
                for cell in table.get(stem + "ا", ()):
                    if _takes_suffix(cell, prefix) and cell.text.endswith("وا"):
                        yield prefix + cell.text[:-1] + suffix, cell
            elif stem.endswith("ا"):
                # ألقاه، يراه: a final ى is written ا before an object suffix
                for cell in table.get(stem[:-1] + "ى", ()):
                    if _takes_suffix(cell, prefix):
                        yield prefix + stem + suffix, cell


def _fits(cell: _Cell, prefix: str) -> bool:
    """Whether a proclitic goes with a cell, as :func:`~quotekit.lexicon.proclitics_of` says.

    Example:
        >>> _fits(_Cell("يبرمان", 0, "present", "m", "d", "أبرم"), "ل")
        False
    """
    return prefix in proclitics_of(cell.form, cell.gender, cell.number)


def _takes_suffix(cell: _Cell, prefix: str) -> bool:
    """Whether the generator puts an object suffix (and ``prefix``) on this spelling.

    The indexes read every verb as one that takes an object (the generator's
    ``takes_object``).
    """
    return cell.form != "passive" and not cell.final_yeh and _fits(cell, prefix)


def _is_verb(word: str, tables: _Tables) -> bool:
    """Whether ``word`` is a written form of a listed verb that is no noun-like cell.

    A text written by several cells is judged by the first (the lexicon's order).

    Example:
        >>> t = _tables()
        >>> _is_verb("وسيقولون", t), _is_verb("فقلنا", t), _is_verb("تناولها", t)
        (True, True, False)
    """
    splits = _proclitic_splits(word)  # read once for both tests
    if _is_more_form(word, tables.more_verbs, splits):
        return True
    first: dict[str, _Cell] = {}
    for text, cell in _spellings_of(word, tables.verb_cells, splits):
        if text not in first or cell.order < first[text].order:
            first[text] = cell
    return any(not _noun_like(word, cell) for cell in first.values())


def verb_lemmas(word: str) -> frozenset[str]:
    """The lemmas of the listed verbs that write a normalised ``word`` (as they are written).

    Only the cells that are no noun-like spelling (:func:`_noun_like`) count.

    Example:
        >>> sorted(verb_lemmas("وانذرت")), sorted(verb_lemmas("الرئيس"))
        (['أنذر'], [])
    """
    tables = _tables()
    return frozenset(
        cell.lemma
        for _, cell in _spellings_of(word, tables.verb_cells)
        if not _noun_like(word, cell)
    )


def _is_more_form(
    word: str,
    more: Mapping[str, frozenset[str]],
    splits: Sequence[tuple[str, str]] | None = None,
) -> bool:
    """Whether ``word`` is a form of :func:`_more_forms` with a proclitic and a suffix.

    ``splits`` are its :func:`_proclitic_splits`, when read already.

    Example:
        >>> _is_more_form("ونقولها", {"نقول": frozenset({"", "و"})})
        True
    """
    index = more if isinstance(more, _ByLetter) else None
    for prefix, rest in _proclitic_splits(word) if splits is None else splits:
        table = more if index is None else index.parts.get(rest[:1]) or index.part(rest[:1])
        for suffix in _MORE_ENDINGS.get(rest[-1:], _NO_ENDING):
            if rest.endswith(suffix):
                prefixes = table.get(rest[: len(rest) - len(suffix)])
                if prefixes is not None and prefix in prefixes:
                    return True
    return False


def _proclitic_splits(word: str) -> list[tuple[str, str]]:
    """The word as a verb proclitic (maybe none) and the rest.

    Example:
        >>> _proclitic_splits("وسيقول")
        [('', 'وسيقول'), ('و', 'سيقول'), ('وس', 'يقول')]
    """
    splits = [("", word)]
    for prefix in _VERB_PREFIXES.get(word[:1], ()):
        if word.startswith(prefix):
            splits.append((prefix, word[len(prefix) :]))
    return splits


def _more_forms(entry: _Verb) -> Iterator[tuple[str, tuple[str, ...]]]:
    """First-person plural past and present, second-person plural past, the present in وا.

    The first-person singular present (أقول) is left out: its spelling is the pattern
    أفعل of elatives, colours and names (أشرف، وارد), and it belongs to quoted speech,
    where no source phrase is read. The same spelling of a hollow verb of form IV is its
    passive past (أُقيم، أُعيد), which news prose uses often: that one is kept.

    Example:
        >>> sorted(s for s, _ in _more_forms(VerbEntry(lemma="قال", paradigm="hollow",
        ...     present="يقول")))
        ['قلتم', 'قلنا', 'نقول', 'يقولوا']
    """
    lemma, paradigm = entry.lemma, entry.paradigm
    if paradigm == "hollow":
        base = lemma[:-2] + lemma[-1]
    elif paradigm == "doubled":
        base = lemma + lemma[-1]
    elif paradigm == "defective_y":
        base = lemma[:-1] + "ي"
    elif paradigm == "defective_w":
        base = lemma[:-1] + "و"
    else:
        base = lemma
    yield base + "نا", _PAST_PREFIXES
    yield base + "تم", _PAST_PREFIXES
    present = entry.present
    if present and present.startswith("ي"):
        yield "ن" + present[1:], _PRESENT_PREFIXES
        if paradigm == "hollow" and lemma.startswith("أ"):
            yield "أ" + present[1:], _PAST_PREFIXES
        if present.endswith(("ي", "ى")):
            yield present[:-1] + "وا", _PRESENT_PREFIXES
        elif not present.endswith("و"):
            yield present + "وا", _PRESENT_PREFIXES


def _spellings(text: str) -> tuple[str, ...]:
    """The hamza seats written plainly as well, as real text does.

    Example:
        >>> _spellings("سئل"), _spellings("قال")
        (('سئل', 'سيل'), ('قال',))
    """
    if "ؤ" not in text and "ئ" not in text:
        return (text,)
    return text, text.replace("ؤ", "و").replace("ئ", "ي")


def _participles(verbs: Sequence[_VerbLine]) -> set[str]:
    """Accusative masculine singular participles (مضيفا), with and without و."""
    stems = [v.participle for v in verbs if v.participle]
    stems += [v.participle for v in default_lexicon().verbs if v.participle]
    out: set[str] = set()
    for stem in stems:
        for variant in _spellings(fold_letters(stem)):
            out.update((variant + "ا", "و" + variant + "ا"))
    return out


def _prep_pronouns(preps: Sequence[str]) -> set[str]:
    """Each preposition with each pronoun suffix, with and without و and ف.

    Example:
        >>> sorted(_prep_pronouns(["على"]))[:3]
        ['عليك', 'عليكم', 'عليكما']
    """
    out: set[str] = set()
    for prep in preps:
        base = prep[:-1] + "ي" if prep.endswith("ى") else prep
        for suffix in _PREP_SUFFIXES:
            if suffix == "ي" and base.endswith("ي"):
                continue
            form = base + suffix
            out.update((form, "و" + form, "ف" + form))
    return out


# ---------------------------------------------------------------------------------------
# The public functions.


def among(word: str, words: AbstractSet[str], clitics: str) -> bool:
    """Whether a normalised word is in ``words``, alone or after a one-letter clitic.

    ``clitics`` lists the letters that may stand before it: وبعد is بعد after و.

    Example:
        >>> among("وبعد", frozenset(("بعد",)), "وف"), among("وبعد", frozenset(("بعد",)), "ل")
        (True, False)
    """
    return word in words or (word[:1] in clitics and word[1:] in words)


def is_adverb(word: str) -> bool:
    """Whether a normalised word is an accusative adverb of ``adverb_acc`` (مجددا، مطلقا).

    Some have the shape of a participle (مجددا: again, or renewing), which news writes as
    the adverb far more often.

    Example:
        >>> is_adverb("مجددا"), is_adverb("مؤكدا")
        (True, False)
    """
    return word in _tables().adverbs


def listed_non_verb(word: str) -> bool:
    """Whether the lists take the verb reading of ``word`` away: a noun or a particle.

    A noun of ``verb_exception`` (نص: a text, علم: a flag, قدر: an amount) or a word the
    lists class as a particle (بين: between), though the lexicon also spells a verb so.

    Example:
        >>> listed_non_verb("نص"), listed_non_verb("بين"), listed_non_verb("قال")
        (True, True, False)
    """
    tables = _tables()
    if word in tables.names:
        return False  # a given name is no verb either, but no noun news writes for one
    return word in tables.not_verbs or tables.classes.get(word) == "particle"


def is_preposition(word: str, clitics: str = "") -> bool:
    """Whether a normalised word is a bare preposition (في، على، عن، أمام ...).

    ``clitics`` lists the letters that may stand before it (:func:`among`): with "وف",
    وعن and فمن are prepositions too, whose next word is a noun however it is spelled.

    Example:
        >>> is_preposition("على"), is_preposition("الى"), is_preposition("عليها")
        (True, True, False)
        >>> is_preposition("وعن"), is_preposition("وعن", "وف")
        (False, True)
    """
    prepositions = _tables().prepositions
    if word in prepositions:
        return True  # most calls end here or at the next test: a hot path, no among() call
    return bool(clitics) and word[:1] in clitics and word[1:] in prepositions


def word_class(word: str) -> str:
    """Say whether a normalised word is a verb, a preposition with a pronoun, and so on.

    Args:
        word: One word, normalised with the ``extraction`` preset.

    Returns:
        ``verb``, ``prep_pronoun``, ``participle_acc``, ``particle`` or ``noun`` (the
        default, names included).

    Example:
        >>> [word_class(w) for w in ("وجه", "عليها", "مقدما", "اليوم", "الرئيس")]
        ['verb', 'prep_pronoun', 'participle_acc', 'particle', 'noun']
    """
    tables = _tables()
    kind = tables.memo.get(word)
    if kind is None:
        kind = _classify(word, tables)
        if len(tables.memo) >= _MEMO_SIZE:
            tables.memo.clear()
        tables.memo[word] = kind
    return kind


def _classify(word: str, tables: _Tables) -> str:
    """The class of a word: listed, else a verb form, else a noun.

    A verb no list holds is known by the present of a derived form (:data:`_PRESENT_DERIVED`).

    Example:
        >>> _classify("فقد", _tables()), _classify("وسيقولون", _tables())
        ('particle', 'verb')
        >>> _classify("يتدخل", _tables()), _classify("تستعين", _tables())
        ('verb', 'verb')
    """
    kind = tables.classes.get(word)
    if kind is not None:
        return kind
    if word in tables.not_verbs:
        return "noun"
    if _is_verb(word, tables) or (
        _PRESENT_DERIVED.fullmatch(word) is not None and _MASDAR.fullmatch(word) is None
    ):
        return "verb"
    return "noun"


#: The present (3rd person, no suffix) of the derived forms V, VI and X, read from its
#: letters: the prefix ي or ت, then the augment ت (يتدخل، تتعاون) or ست (يستخدم). Not ن
#: (نتيجة، نتائج are nouns far more often than "we" verbs are written outside quotes), and
#: no proclitic (ويتني، فيتنام are names). A masdar of the same letters (تتويج) is none.
_PRESENT_DERIVED = regex.compile(
    r"""
    [يت]                                  # the prefix of the 3rd person
    (?:
        ت[\p{Arabic}&&\p{L}]{3,4}          # form V or VI: يتدخل، يتعاون، يتحدث
      | ست[\p{Arabic}&&\p{L}]{3}           # form X: يستخدم، تستعين
    )
    """,
    regex.VERBOSE | regex.VERSION1,
)


def _keys(word: str) -> list[str]:
    """The word, then the word without a proclitic: و ف, then ب ل ك (لل → ال)."""
    keys = [word]
    if len(word) > 3 and word[0] in "وف":
        keys.append(word[1:])
    for form in keys[:]:
        if len(form) > 4 and form.startswith("لل"):
            keys.append("ال" + form[2:])
        elif len(form) > 3 and form[0] in "بلك":
            keys.append(form[1:])
    return keys


def _lookup(word: str, table: dict[str, str]) -> str | None:
    for key in _keys(word):
        value = table.get(key)
        if value is not None:
            return value
    return None


def without_article(word: str) -> str:
    """``word`` without the article ال (الأمير → أمير; not ال of a short word: الى).

    Example:
        >>> without_article("الامير"), without_article("امير"), without_article("الى")
        ('امير', 'امير', 'الى')
    """
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def accusative_participle(word: str) -> bool:
    """Whether ``word`` is an active participle in the accusative (مشيرا، واصفا), no masdar.

    A word :func:`word_class` calls ``participle_acc`` that has the shape of a participle:
    of a derived verb it opens with م (مشيرا، ملقيا); of a bare verb it has the pattern
    فاعل (واصفا، قائلا). A masdar in the accusative (ردا، شكرا) has neither, and an adverb
    of the list ``adverb_acc`` (مجددا) is none.

    Example:
        >>> [accusative_participle(w) for w in ("مشيرا", "واصفا", "ردا", "مجددا", "الوزير")]
        [True, True, False, False, False]
    """
    return (
        word_class(word) == "participle_acc"
        and not is_adverb(word)  # مجددا، مطلقا: adverbs of time and manner
        and (word.startswith("م") or (len(word) == 5 and word[1] == "ا"))
    )


def participle_gender(word: str) -> str | None:
    """The gender of an accusative active participle in any number, else None.

    The writer's circumstance after what a source said agrees with the source: مستشهدا
    (one man), مستشهدين (men, or two), مستشهدات، مستشهدتين (women). A participle of a
    listed verb only (:func:`accusative_participle` of its masculine singular), so a
    masdar or an adjective of the lists is none. The feminine singular (مستشهدة) is
    none: it looks the same in every case, and after a clause it as often describes the
    clause's own subject (الإيرادات ...، مسجلة أعلى مستوى), which is feminine as often as
    the source.

    Example:
        >>> [participle_gender(w) for w in ("مشيرا", "مستشهدين", "منوهات", "منوهة", "مجددا")]
        ['m', 'm', 'f', None, None]
    """
    if accusative_participle(word):
        return "m"
    for ending, gender in _PARTICIPLE_ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) > 2 and accusative_participle(stem + "ا"):
            return gender
    return None


#: The endings of an accusative participle in the plural or dual, and its gender.
_PARTICIPLE_ENDINGS = (("تين", "f"), ("ين", "m"), ("ات", "f"))


@lru_cache(maxsize=4096)
def verb_gender(word: str) -> str | None:
    """The gender a verb form gives its subject: ``"m"``, ``"f"`` or None when it does not say.

    A verb before its subject agrees with it in gender (اعترف العمري، أعلنت الوزارة):
    the gender of every singular cell of a listed verb that spells ``word``, with its
    proclitics and object suffixes, when they all agree.

    Example:
        >>> [verb_gender(w) for w in ("واعترف", "واعترفت", "تقول", "الوزير")]
        ['m', 'f', 'f', None]
    """
    genders = {
        cell.gender for _, cell in _spellings_of(word, _tables().verb_cells) if cell.number == "s"
    }
    return genders.pop() if len(genders) == 1 else None


def spelled_as_verb(word: str) -> bool:
    """Whether ``word`` is spelled as a form of a listed verb, whatever else it may be.

    :func:`word_class` gives a word that is also a noun or a particle its other class
    (عبر "across", وقف "endowment"); where the sentence opens with it and a subject
    follows (وعبر محمد عن حزنه), it is the verb.

    Example:
        >>> spelled_as_verb("وعبر"), spelled_as_verb("وقف"), spelled_as_verb("في")
        (True, True, False)
    """
    return _is_verb(word, _tables())


#: Prepositions that a noun phrase may hold (منتدى المالية العامة في الدول العربية).
_PHRASE_PREPOSITIONS = frozenset(("في", "لدى"))


def only_nouns(words: Sequence[str]) -> bool:
    """Whether ``words`` hold no verb, particle or pronoun: a name or a title, no speech.

    Speech is a clause; words in marks that are all nouns (a preposition of place aside)
    name what they name: ``"المنتدى المالي السنوي السابع"``, ``"منتدى المالية العامة في
    الدول العربية"``. A word that opens as a present verb does and never takes the article
    (يسحر، تشبه) may be a verb the lists do not hold, and counts as one.

    Example:
        >>> only_nouns(["منتدى", "المالية", "العامة", "في", "الدول", "العربية"])
        True
        >>> only_nouns(["لقد", "كان", "العام", "الماضي", "الاصعب"])
        False
    """
    return all(
        w in _PHRASE_PREPOSITIONS
        or (
            word_class(w) == "noun" and not (w[:1] in "يت" and len(w) >= 4 and not takes_article(w))
        )
        for w in words
    )


@lru_cache(maxsize=1 << 16)
def is_given_name(word: str) -> bool:
    """Whether a normalised word is a listed given name (أحمد، فيصل، سلمى).

    Example:
        >>> is_given_name("فيصل"), is_given_name("الوزير")
        (True, False)
    """
    return word in _tables().names


@cache
def _definite_words() -> frozenset[str]:
    text = _read("definite_words.txt")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def takes_article(word: str) -> bool:
    """Whether news text writes ``word`` with the article ال: a common word, not a name.

    Read from ``data/definite_words.txt`` (built from a news corpus by
    ``tools/build_nouns.py``); ``word`` is normalised and without the article.

    Example:
        >>> takes_article("اقامة"), takes_article("ليبرمان")
        (True, False)
    """
    return word in _definite_words()


#: The verbal nouns (masdars) of the derived verb forms and the pattern فعول, as normalised
#: text writes them (hamza seats folded). A root letter may be و or ي (تطوير، وصول).
_MASDAR = regex.compile(
    r"""
    (?(DEFINE)(?P<c>[\p{Arabic}&&\p{L}--[اىة]]))  # a root letter: no alef, ى or ة
    (?:
        ت(?&c)(?&c)ي(?&c)            # تفعيل: تخفيض، تطوير
      | ت(?&c)ا(?&c)(?&c)            # تفاعل: تعامل، تواصل
      | (?&c)(?&c)و(?&c)             # فعول: حدوث، خروج
      | ا(?&c)(?&c)ا(?&c)            # إفعال: إعلان، إطلاق
      | ا(?&c)[تطد](?&c)ا(?&c)       # افتعال: اجتماع، اصطدام
      | ان(?&c)(?&c)ا(?&c)           # انفعال: انسحاب
      | است(?&c)(?&c)ا(?&c)          # استفعال: استخدام
      | است(?&c)ا(?&c)ة              # استفالة of a hollow root: استجابة، استقالة
      | م(?&c)ا(?&c)(?&c)ة           # مفاعلة: مشاركة، معالجة
    )
    """,
    regex.VERBOSE | regex.VERSION1,
)


@lru_cache(maxsize=1 << 14)
def masdar_shaped(word: str) -> bool:
    """Whether ``word`` (normalised, no article) has the shape of a verbal noun of a derived form.

    The patterns تفعيل، تفاعل، فعول، إفعال، افتعال، انفعال، استفعال (استفالة of a hollow root)
    and مفاعلة: read from the
    letters alone, so a masdar that no list holds is known too: after a name, بحدوث or
    لتخفيض opens a prepositional phrase, no part of it. Some names have such a shape
    (ترامب، سعود، لوكوك): the caller asks only after a name, of the word after ب or ل,
    where a name would be no part of the first one either (لترامب: to whom).

    Example:
        >>> [masdar_shaped(w) for w in ("تخفيض", "حدوث", "استخدام", "مشاركة", "استجابة")]
        [True, True, True, True, True]
        >>> [masdar_shaped(w) for w in ("بوتين", "لافروف", "سالم", "ماريا")]
        [False, False, False, False]
    """
    # Each shape is of a fixed length and opens with its own letters: a word that has
    # none of them is told without the pattern (most words asked about).
    opening = _MASDAR_OPENINGS.get(len(word))
    if opening is None or not word.startswith(opening):
        return False
    return _MASDAR.fullmatch(word) is not None


#: The letters that open the shapes of ``_MASDAR`` of each length (the letters of a
#: root excepted): فعول has none of its own, تفعيل and تفاعل open with ت and إفعال with ا.
_MASDAR_OPENINGS: dict[int, tuple[str, ...]] = {
    4: ("",),
    5: ("ت", "ا"),
    6: ("ا", "م"),
    7: ("است",),
}


def _name_gender(words: Sequence[str]) -> str | None:
    """The gender of the first given name after a title, before another title.

    A word before الله is no given name of its own (آية الله is a title, نصر الله a name).
    """
    tables = _tables()
    for k, word in enumerate(words):
        if k + 1 < len(words) and words[k + 1] == "الله":
            continue
        gender = tables.names.get(word)
        if gender is not None:
            return gender
        if tables.heads.get(word) == "person" or word_class(word) != "noun":
            return None
    return None


def noun_gender(words: Sequence[str]) -> str | None:
    """The grammatical gender a noun phrase takes, from its head and the name in it.

    A head in ة is feminine (``الوزيرة``, ``الحكومة``: institutions take feminine verbs
    in news); a given name decides for its own head or for the title before it; a known
    masculine head (``الوزير``, ``الجيش``, ``بيان``) is masculine. Plurals: ات and
    non-human broken plurals (``مصادر``) feminine, other plurals masculine; duals
    feminine in تان/تين.

    Args:
        words: The words of the phrase, normalised, head first.

    Returns:
        ``"m"``, ``"f"``, or ``None`` when nothing tells.

    Example:
        >>> noun_gender(["الوزيرة"]), noun_gender(["سلمى", "الخطيب"]), noun_gender(["الوزير"])
        ('f', 'f', 'm')
        >>> noun_gender(["الرئيس", "الامريكي", "جو", "بايدن"]), noun_gender(["بايدن"])
        ('m', None)
        >>> noun_gender(["المرجع", "اية", "الله", "علي", "السيستاني"])
        'm'
    """
    if not words:
        return None
    gender, decided = head_gender(words[0])
    if decided:
        return gender
    return _name_gender(words[1:]) or gender


def head_gender(head: str) -> tuple[str | None, bool]:
    """The gender a phrase headed by ``head`` takes, and whether the head alone decides it.

    When it does not, a given name after the head decides first (:func:`noun_gender`).

    Example:
        >>> head_gender("الوزيرة"), head_gender("الوزير"), head_gender("بايدن")
        (('f', True), ('m', False), (None, True))
    """
    gender, decided = _head_gender(head)
    # كارمن سليمان: a first name not listed; the surname tells nothing
    return gender, decided or (gender is None and not head.startswith("ال"))


@lru_cache(maxsize=1 << 14)
def _head_gender(head: str) -> tuple[str | None, bool]:
    """What the head of a phrase says of its gender (a pure function: remembered).

    The gender, and whether it decides (else a given name after the head decides first,
    and the gender given here only when there is none).
    """
    tables = _tables()
    gender = _lookup(head, tables.names)
    if gender is not None:
        return gender, True
    number = _number(head)
    if head.endswith("ة") and number != "p":
        return "f", True  # not القادة، القضاة: plurals of men in ة take a masculine verb
    if number == "p":
        plural_f = head.endswith("ات") or without_article(head) in tables.nonhuman_plural
        return ("f" if plural_f else "m"), True
    if number == "d":
        return ("f" if without_article(head)[:-2].endswith("ت") else "m"), True
    return ("m" if _lookup(head, tables.heads) is not None else None), False


def noun_number(words: Sequence[str]) -> str:
    """The number of a noun phrase from its head: plural, dual (conservatively) or singular.

    Args:
        words: The words of the phrase, normalised, head first.

    Returns:
        ``"p"``, ``"d"`` or ``"s"``.

    Example:
        >>> noun_number(["المحتجون"]), noun_number(["خبراء"]), noun_number(["الطرفان"])
        ('p', 'p', 'd')
        >>> noun_number(["القانون"]), noun_number(["حسين"]), noun_number(["الوزير"])
        ('s', 's', 's')
        >>> noun_number(["المحامي"]), noun_number(["محامي"])
        ('s', 'p')
    """
    return _number(words[0]) if words else "s"


@lru_cache(maxsize=1 << 14)
def _number(head: str) -> str:
    """The number of a phrase whose head is ``head``, remembered (a pure function)."""
    tables = _tables()
    key = without_article(head)
    if len(key) > 3 and key[0] in "وف" and key not in tables.not_plural:
        stripped = without_article(key[1:])
        if stripped in tables.broken_plural or stripped in tables.heads:
            key = stripped
    if key in tables.not_plural or head in tables.names or key in tables.names:
        return "s"
    if key in tables.broken_plural:
        return "p"
    if _is_dual(key, tables):
        return "d"
    definite = head.startswith("ال")
    if _is_sound_plural(key, definite=definite, tables=tables) or (
        # a noun in construct never takes the article: المحامي، القاضي are singulars
        not definite and construct_plural(key)
    ):
        return "p"
    return "s"


def construct_plural(word: str) -> bool:
    """Whether ``word`` is a participle's sound plural in construct: مـ...ـو or ـي, ن dropped.

    The data must give the article to the plural it is (منتقدين for منتقدو): منتقدو هذه
    الخطوة, ممثلو الشركات.

    Example:
        >>> construct_plural("منتقدو"), construct_plural("موسكو")
        (True, False)
        >>> construct_plural("سائقي"), construct_plural("مسؤولي"), construct_plural("المالكي")
        (True, True, False)
    """
    if word[-1:] == "ي":
        # سائقي سيارات الأجرة، مسؤولي الشركة: the genitive or accusative, ين with its ن
        # dropped, of a participle (مـ or the pattern فاعل) whose plural the data knows
        return (
            len(word) > 4 and (word[0] == "م" or word[1] == "ا") and takes_article(word[:-1] + "ين")
        )
    return (
        word[:1] == "م"
        and word[-1:] == "و"
        and (takes_article(word[:-1] + "ين") or takes_article(word[:-1] + "ون"))
    )


def is_oblique(word: str) -> bool:
    """Whether a noun is a sound masculine plural or a dual in the accusative or genitive.

    The ending ين (الفاعلين، المسؤولين، الطرفين) is never the nominative of a subject
    (الفاعلون، الطرفان): the noun right after a verb in that form is its object. A name
    that ends so (حسين، العثيمين) is none: its stem is no word news text writes with the
    article, nor a relative adjective.

    Example:
        >>> is_oblique("الفاعلين"), is_oblique("الاقتصاديين"), is_oblique("الفاعلون")
        (True, True, False)
        >>> is_oblique("حسين"), is_oblique("العثيمين")
        (False, False)
    """
    key = without_article(word)
    if not key.endswith("ين") or _number(word) == "s":
        return False
    stem = key[:-2]
    return (
        stem.endswith(("ي", "ت"))  # الاقتصاديين، اللاعبتين
        or stem in _definite_words()
        or stem[:1] == "م"  # a participle: المسؤولين، المحتجين
        or stem[1:2] == "ا"  # the pattern فاعل: الفاعلين، اللاعبين
    )


def _is_dual(key: str, tables: _Tables) -> bool:
    if len(key) < 4 or not key.endswith(("ان", "ين")):
        return False
    stem = key[:-2]
    if stem.endswith("ت") and tables.heads.get(stem[:-1] + "ة") is not None:
        return True
    if stem in tables.dual_stems:
        return True
    return key.endswith("ان") and tables.heads.get(stem) in ("person", "organisation")


def _is_sound_plural(key: str, *, definite: bool, tables: _Tables) -> bool:
    if key.endswith("ات"):
        return len(key) >= 4
    if not key.endswith(("ون", "ين")) or len(key) < 5:
        return False
    stem = key[:-2]
    return (
        definite
        or key in tables.human_plural
        or stem.endswith("ي")
        or (key.startswith("م") and len(key) >= 6)
        or tables.heads.get(stem) == "person"
    )


#: The kinds of title of ``honorifics.tsv``, in the order :func:`honoured_titles` gives them.
_HONOUR_TIERS = ("title", "rank")


@cache
def _honorifics() -> dict[str, tuple[frozenset[str], ...]]:
    """Parse ``honorifics.tsv``: each honorific pronoun to its titles, tier by tier."""
    source = "honorifics.tsv"
    found: dict[str, dict[str, set[str]]] = {}
    for number, cells in data_rows(_read(source)):
        if len(cells) != 3 or cells[1] not in _HONOUR_TIERS:
            raise LexiconError(
                source, number, "a line is: honorific, tab, title or rank, tab, one Arabic word"
            )
        tiers = found.setdefault(_word(cells[0], source, number), {t: set() for t in _HONOUR_TIERS})
        tiers[cells[1]].add(_word(cells[2], source, number))
    return {h: tuple(frozenset(t[k]) for k in _HONOUR_TIERS) for h, t in found.items()}


def honoured_titles(honorific: str) -> tuple[frozenset[str], ...]:
    """The titles (words without the article) that an honorific pronoun answers, best first.

    First the honorific's own title, then the ranks that bear it; nothing for a word that
    is no honorific pronoun.

    Example:
        >>> [sorted(tier) for tier in honoured_titles("سموه")]
        [['سمو'], ['امير', 'اميرة', 'ولي']]
        >>> honoured_titles("الاخير")
        ()
    """
    return _honorifics().get(honorific, ())


@cache
def honorific_titles() -> frozenset[str]:
    """The honorific titles (words without the article) that stand before a dignitary's title.

    سمو، معالي، فخامة ...: the honour said, not who bears it (سمو رئيس الوزراء is the
    prime minister, صاحب السمو الملكي الأمير ... a prince).

    Example:
        >>> sorted(honorific_titles())[:3]
        ['جلالة', 'سعادة', 'سماحة']
    """
    return frozenset().union(*(tiers[0] for tiers in _honorifics().values()))


@attrs.frozen(kw_only=True)
class Seat:
    """A state that a seat of its government stands for (تل أبيب: إسرائيل، إسرائيلي).

    Attributes:
        state: The state's name, normalised words (``("اسرائيل",)``).
        adjectives: Its relative adjective in each spelling the data gives, normalised and
            without the article (``("امريكي", "اميركي")``).
    """

    state: tuple[str, ...]
    adjectives: tuple[str, ...]


@cache
def _seats() -> dict[tuple[str, ...], Seat]:
    """Parse ``seats.tsv``: each seat's normalised words to the state it stands for.

    A seat on several lines (one a spelling of the adjective) gathers their adjectives.
    """
    source = "seats.tsv"
    found: dict[tuple[str, ...], Seat] = {}
    for number, cells in data_rows(_read(source)):
        if len(cells) != 3:
            raise LexiconError(
                source, number, "a line is: seat, tab, relative adjective, tab, state"
            )
        seat, adjective, state = cells
        key = tuple(_word(w, source, number) for w in seat.split())
        words = tuple(_word(w, source, number) for w in state.split())
        known = found.get(key)
        if known is not None and known.state != words:
            raise LexiconError(source, number, f"the seat {seat!r} stands for another state above")
        adjectives = (*(known.adjectives if known else ()), _word(adjective, source, number))
        found[key] = Seat(state=words, adjectives=adjectives)
    return found


@cache
def offices() -> dict[tuple[str, ...], tuple[str, ...]]:
    """The titles of ``offices.tsv`` that name one office in other words, normalised.

    Each title's two words (رئيس الحكومة) to those of the title it means (رئيس الوزراء).

    Example:
        >>> offices()[("رئيس", "الحكومة")]
        ('رئيس', 'الوزراء')
    """
    source = "offices.tsv"
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    for number, cells in data_rows(_read(source)):
        words = [tuple(_word(w, source, number) for w in cell.split()) for cell in cells]
        if len(words) != 2 or any(len(title) != 2 for title in words):
            raise LexiconError(
                source, number, "a line is: a title of two words, tab, the title it means"
            )
        found[words[0]] = words[1]
    return found


def seat_state(words: Sequence[str]) -> Seat | None:
    """The state whose government a seat stands for, when ``words`` name one.

    Args:
        words: The words of a source's name, normalised.

    Example:
        >>> seat_state(["تل", "ابيب"]).adjectives, seat_state(["دمشق"]).state
        (('اسرائيلي',), ('سوريا',))
        >>> seat_state(["واشنطن"]).adjectives
        ('امريكي', 'اميركي')
        >>> seat_state(["الوزير"]) is None
        True
    """
    return _seats().get(tuple(words))


@cache
def _states() -> frozenset[tuple[str, ...]]:
    """The names of the states and seats of ``seats.tsv``, with the article and without."""
    seats = _seats()
    names = {*seats, *(seat.state for seat in seats.values())}
    return frozenset(
        form for name in names for form in (name, tuple(w.removeprefix("ال") for w in name))
    )


@cache
def _state_openers() -> frozenset[str]:
    """The first word of each name of :func:`_states`."""
    return frozenset(name[0] for name in _states() if name)


def opens_state(word: str) -> bool:
    """Whether ``word`` is the first word of a name :func:`names_state` knows.

    A sequence of words whose first is none names no state: told without a tuple made.

    Example:
        >>> opens_state("تل"), opens_state("الوزير")
        (True, False)
    """
    return word in _state_openers()


def names_state(words: Sequence[str]) -> bool:
    """Whether ``words`` (normalised) name a state or the seat that stands for it.

    Example:
        >>> names_state(["ايران"]), names_state(["تل", "ابيب"]), names_state(["الوزير"])
        (True, True, False)
    """
    return tuple(words) in _states()


def entity_type(words: Sequence[str]) -> str:
    """The kind of source a noun phrase names, from its head word.

    Args:
        words: The words of the phrase, normalised, head first.

    Returns:
        ``person`` (titles, given names, and unknown names by default),
        ``organisation``, ``group``, ``document`` or ``anonymous`` (an unnamed source;
        a given name after the head makes it a person).

    Example:
        >>> entity_type(["وزارة", "الخارجية"]), entity_type(["بيان"]), entity_type(["مصدر"])
        ('organisation', 'document', 'anonymous')
        >>> entity_type(["المحتجون"]), entity_type(["الوزير"]), entity_type(["تامر", "حسني"])
        ('group', 'person', 'person')
        >>> entity_type(["السعودية"]), entity_type(["واشنطن"])
        ('organisation', 'organisation')
        >>> entity_type(["فريق", "باحثين"]), entity_type(["الفريق", "خليفة", "حفتر"])
        ('group', 'person')
    """
    # Memoised by the tuple of words: the readers ask of the same phrases again and again.
    return _entity_type(words if type(words) is tuple else tuple(words))


@lru_cache(maxsize=1 << 14)
def _entity_type(words: tuple[str, ...]) -> str:
    """:func:`entity_type` of a tuple of words."""
    if not words:
        return "person"
    if words[0] in _state_openers() and names_state(words):  # few words open a state's name
        return "organisation"  # السعودية، واشنطن: a state, or the seat that stands for it
    if words[0] == _TEAM and len(words) > 1 and _number(words[1]) == "p":
        return "group"  # فريق باحثين: a team of researchers (الفريق خليفة حفتر: a rank)
    kind = _head_type(words[0])
    if kind == "anonymous":
        return "person" if any(w in _tables().names for w in words[1:]) else "anonymous"
    return kind


#: فريق, indefinite: a team when an indefinite plural follows it (فريق باحثين), never the
#: rank, which takes the article and a name (الفريق خليفة حفتر).
_TEAM = "فريق"


@lru_cache(maxsize=1)
def organisation_heads() -> frozenset[str]:
    """The nouns that head an institution's name, without the article (وزارة، شركة، قناة).

    Example:
        >>> {"وزارة", "شركة", "قناة"} <= organisation_heads(), "الوزارة" in organisation_heads()
        (True, False)
    """
    return frozenset(
        word
        for word, kind in _tables().heads.items()
        if kind == "organisation" and not word.startswith("ال")
    )


@lru_cache(maxsize=1 << 14)
def listed_head(word: str) -> str | None:
    """The kind of source a head word names when a list holds it: a given name or a head.

    None for a word no list holds (a foreign name, غوغل), which :func:`entity_type` takes
    for a person's.

    Example:
        >>> listed_head("الوزارة"), listed_head("سلمى"), listed_head("غوغل")
        ('organisation', 'person', None)
    """
    tables = _tables()
    if _lookup(word, tables.names) is not None:
        return "person"
    return _lookup(word, tables.heads)


@lru_cache(maxsize=1 << 14)
def _head_type(head: str) -> str:
    """The kind of source a phrase headed by ``head`` names (a pure function: remembered).

    ``anonymous`` unless a given name follows (:func:`entity_type` reads the rest).
    """
    kind = listed_head(head)
    if kind is not None:
        return kind
    if _number(head) == "p" and not head.endswith("ات"):
        return "group"
    return "person"


def unpossessed(word: str, *, ours: bool = False) -> str:
    """A noun without its possessive pronoun: أغنيته → أغنية, كتابها → كتاب.

    With ``ours``, the first person plural too (مراسلتنا → مراسلة): the outlet's own.

    Example:
        >>> unpossessed("أغنيته"), unpossessed("كتابها"), unpossessed("وزير")
        ('أغنية', 'كتاب', 'وزير')
        >>> unpossessed("مراسلتنا", ours=True)
        'مراسلة'
    """
    pronouns = _WITH_OURS if ours else _POSSESSIVES
    if not word.endswith(pronouns):
        return word  # most words, told by one call
    for suffix in pronouns:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            return stem[:-1] + "ة" if stem.endswith("ت") else stem
    return word


#: Possessive pronouns on a noun, longest first.
_POSSESSIVES = ("هما", "هم", "هن", "ها", "ه")
#: And the first person plural (no ending of the others ends so).
_WITH_OURS = (*_POSSESSIVES, "نا")
