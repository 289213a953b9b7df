"""The cue lexicon: loading and validating the data files, and generating word forms.

The lexicon ships as tab-separated data files in ``quotekit/data`` (``verbs.tsv``,
``phrases.tsv``, ``words.tsv``), read beside the package. Each verb line gives a
lemma and a few stems; :meth:`Lexicon.forms` generates every inflected form with its
features (past in every gender and number, present, participles, passive), then the
proclitics (و ف س) and object suffixes the grammar allows, and spelling variants.

Users extend the lexicon without editing the package: :meth:`Lexicon.extend` adds entries,
:func:`load_lexicon` reads files of the same format. A bad entry raises
:class:`~quotekit.LexiconError` naming the file, the line and the problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache, cached_property
from typing import TYPE_CHECKING, Literal, NamedTuple, TypeVar, overload

import attrs

from quotekit._data import read_data
from quotekit._gc import paused
from quotekit.config import EXTRACTION
from quotekit.errors import LexiconError
from quotekit.normalization import normalize

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "ARABIC_LETTERS",
    "FINITE_FORMS",
    "PARADIGMS",
    "Form",
    "FormTable",
    "Lexicon",
    "PhraseEntry",
    "VerbEntry",
    "data_rows",
    "default_lexicon",
    "fold_letters",
    "load_lexicon",
    "normalized_words",
    "paradigm_cells",
    "proclitics_of",
    "with_article",
    "written_forms",
]

Paradigm = Literal["sound", "hollow", "defective_y", "defective_w", "doubled"]
PARADIGMS: tuple[str, ...] = ("sound", "hollow", "defective_y", "defective_w", "doubled")
PHRASE_KINDS: tuple[str, ...] = ("source", "trailing", "setting", "background")
_PRONOUNS: tuple[tuple[str, str, str], ...] = (
    ("ه", "m", "s"),
    ("ها", "f", "s"),
    ("هم", "m", "p"),
    ("هما", "m", "d"),
    ("هن", "f", "p"),
)
#: The object suffixes a verb that takes an object bears in the past and the present.
OBJECT_SUFFIXES: tuple[str, ...] = ("ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")
#: The finite forms of a verb, in the order :meth:`VerbEntry.cells` gives their cells.
FINITE_FORMS: tuple[str, ...] = ("past", "present", "passive")
#: The proclitics each kind of form takes (the others take none).
PROCLITICS: dict[str, tuple[str, ...]] = {
    "past": ("", "و", "ف"),
    "passive": ("", "و", "ف"),
    "present": ("", "و", "ف", "س", "وس", "فس", "ل", "ول"),
    "masdar": ("", "و", "ب", "وب", "ل", "ول"),
    "participle": ("", "و"),
}
_T = TypeVar("_T")
_ARABIC_WORD = frozenset("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي")


def _arabic_word(text: str) -> bool:
    return bool(text) and _ARABIC_WORD.issuperset(text)


@attrs.frozen(kw_only=True)
class Form:
    """One generated surface form of a cue, with the features it agrees with.

    Attributes:
        text: The form as written (unnormalised), clitics included.
        lemma: The lemma or phrase it belongs to.
        form: ``past``, ``present``, ``passive``, ``participle``, ``masdar``, ``source``,
            ``trailing``, ``setting`` or ``background``.
        person: ``3`` for verb forms, ``None`` otherwise.
        gender: ``m``, ``f`` or ``None``.
        number: ``s``, ``d``, ``p`` or ``None``.
        complementizer: The complementizer the lemma usually takes.
        window: How many words may separate the cue from its complementizer.
    """

    text: str
    lemma: str
    form: str
    person: str | None = None
    gender: str | None = None
    number: str | None = None
    complementizer: str | None = None
    window: int = 25

    @property
    def conjoined(self) -> bool:
        """Whether the form opens with the conjunction و or ف (وقال، فأكد، ووصف).

        The first letter of the lemma itself is none (وصف، وصفت).

        Example:
            >>> Form(text="وعلق", lemma="علق", form="past").conjoined
            True
            >>> Form(text="وصفت", lemma="وصف", form="past").conjoined
            False
        """
        first = self.text[:1]
        return first in ("و", "ف") and (self.lemma[:1] != first or self.text[1:2] == first)


class _Spec(NamedTuple):
    """The fields of a :class:`Form`, in its order, before the form is made.

    The lexicon writes thousands of forms and a text looks up a few: a tuple costs a
    fraction of a :class:`Form` to make, and :func:`_retext` makes the form when asked.
    """

    text: str
    lemma: str
    form: str
    person: str | None
    gender: str | None
    number: str | None
    complementizer: str | None
    window: int


def _spec(form: Form) -> _Spec:
    """The fields of ``form``.

    Example:
        >>> _spec(Form(text="بحسب", lemma="بحسب", form="source")).window
        25
    """
    return _Spec(
        form.text,
        form.lemma,
        form.form,
        form.person,
        form.gender,
        form.number,
        form.complementizer,
        form.window,
    )


def _form_text(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not _arabic_word(value):
        raise ValueError(f"{attribute.name} must be one Arabic word, not {value!r}")


def _optional_form(
    _instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None:
        _form_text(_instance, attribute, value)  # type: ignore[arg-type]


def _to_tuple(value: Iterable[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


@attrs.frozen(kw_only=True)
class VerbEntry:
    """A verb of saying: its lemma and the stems its forms are generated from.

    Example:
        >>> e = VerbEntry(lemma="صرح", present="يصرح", participle="مصرح")
        >>> [f.text for f in e.forms() if f.form == "past"]
        ['صرح', 'صرحت', 'صرحا', 'صرحتا', 'صرحوا', 'صرحن']
    """

    lemma: str = attrs.field(validator=_form_text)
    paradigm: Paradigm = attrs.field(default="sound", validator=attrs.validators.in_(PARADIGMS))
    present: str | None = attrs.field(default=None, validator=_optional_form)
    participle: str | None = attrs.field(default=None, validator=_optional_form)
    passive: str | None = attrs.field(default=None, validator=_optional_form)
    masdar: tuple[str, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=attrs.validators.deep_iterable(_form_text)
    )
    complementizer: str = attrs.field(default="أن", validator=attrs.validators.in_(("أن", "إن")))
    takes_object: bool = False
    window: int = attrs.field(default=25, validator=attrs.validators.ge(1))
    gloss: str = ""

    def cells(self) -> Iterator[tuple[str, str, str, str]]:
        """The finite paradigm cells: text, form (past, present, passive), gender, number.

        Example:
            >>> list(VerbEntry(lemma="قال", paradigm="hollow", passive="قيل").cells())[-2:]
            [('قلن', 'past', 'f', 'p'), ('قيل', 'passive', 'm', 's')]
        """
        for form in FINITE_FORMS:
            cells = paradigm_cells(form, self.lemma, self.paradigm, self.present, self.passive)
            for text, gender, number in cells:
                yield text, form, gender, number

    def forms(self) -> Iterator[Form]:
        """Generate every form of the verb, clitics and variants not yet added.

        Example:
            >>> [f.text for f in VerbEntry(lemma="قال", paradigm="hollow").forms()][:6]
            ['قال', 'قالت', 'قالا', 'قالتا', 'قالوا', 'قلن']
        """
        for spec in self._specs():
            yield _retext(spec, spec.text)

    def _specs(self) -> Iterator[_Spec]:
        """The fields of each form of :meth:`forms`, in its order: no :class:`Form` made."""
        lemma, complementizer, window = self.lemma, self.complementizer, self.window
        for text, form, gender, number in self.cells():
            yield _Spec(text, lemma, form, "3", gender, number, complementizer, window)
        if self.participle:
            for text, gender, number in _participle(self.participle):
                yield _Spec(text, lemma, "participle", None, gender, number, complementizer, window)
        for noun in self.masdar:
            yield _Spec(noun, lemma, "masdar", None, None, None, complementizer, window)
            bound = noun[:-1] + "ت" if noun.endswith("ة") else noun
            for suffix, gender, number in _PRONOUNS:
                yield _Spec(
                    bound + suffix, lemma, "masdar", None, gender, number, complementizer, window
                )


def paradigm_cells(
    form: str, lemma: str, paradigm: str, present: str | None, passive: str | None
) -> list[tuple[str, str, str]]:
    """The cells of one finite form of a verb with these stems: text, gender, number.

    :meth:`VerbEntry.cells` gives those of each of :data:`FINITE_FORMS` in turn; a verb
    without a present or a passive stem has no cell of that form.

    Example:
        >>> paradigm_cells("passive", "قال", "hollow", None, "قيل")
        [('قيل', 'm', 's')]
        >>> paradigm_cells("present", "قال", "hollow", None, None)
        []
    """
    if form == "past":
        return _past(lemma, paradigm)
    if form == "present":
        return _present(present) if present else []
    return [(passive, "m", "s")] if passive and form == "passive" else []


def _past(stem: str, paradigm: str) -> list[tuple[str, str, str]]:
    base = stem[:-1]
    if paradigm == "defective_y":
        cells = [stem, base + "ت", base + "يا", base + "تا", base + "وا", base + "ين"]
    elif paradigm == "defective_w":
        cells = [stem, base + "ت", base + "وا", base + "تا", base + "وا", base + "ون"]
    else:
        if paradigm == "hollow":
            plural_f = stem[:-2] + stem[-1] + "ن"
        elif paradigm == "doubled":
            plural_f = stem + stem[-1] + "ن"
        else:
            plural_f = stem + "ن"
        cells = [stem, stem + "ت", stem + "ا", stem + "تا", stem + "وا", plural_f]
    features = [("m", "s"), ("f", "s"), ("m", "d"), ("f", "d"), ("m", "p"), ("f", "p")]
    return [(text, g, n) for text, (g, n) in zip(cells, features, strict=True)]


def _present(stem: str) -> list[tuple[str, str, str]]:
    if stem.endswith("ي"):
        dual, plural = stem + "ان", stem[:-1] + "ون"
    elif stem.endswith("و"):
        dual, plural = stem + "ان", stem + "ن"
    elif stem.endswith("ى"):
        dual, plural = stem[:-1] + "يان", stem[:-1] + "ون"
    else:
        dual, plural = stem + "ان", stem + "ون"
    feminine = "ت" + stem[1:]
    return [
        (stem, "m", "s"),
        (feminine, "f", "s"),
        (dual, "m", "d"),
        ("ت" + dual[1:], "f", "d"),
        (plural, "m", "p"),
    ]


def _participle(stem: str) -> list[tuple[str, str, str]]:
    plural = stem[:-1] + "ين" if stem.endswith("ي") else stem + "ين"
    return [
        (stem + "ا", "m", "s"),
        (stem + "ة", "f", "s"),
        (plural, "m", "p"),
        (stem + "تين", "f", "d"),
        (stem + "ات", "f", "p"),
    ]


def _phrase_text(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    words = value.replace("{PRON}", "").split(" ")
    if not value or not all(_arabic_word(w) for w in words):
        raise ValueError(f"{attribute.name} must be Arabic words, not {value!r}")


@attrs.frozen(kw_only=True)
class PhraseEntry:
    """A multi-word cue: a source phrase, a trailing attribution, a setting, or background.

    A final word ``ل`` attaches to the next word (``وفقا لوكالة``). ``{PRON}`` stands for an
    attached pronoun and expands to one form per pronoun.

    Example:
        >>> [f.text for f in PhraseEntry(phrase="على حد قول{PRON}", kind="trailing").forms()]
        ['على حد قوله', 'على حد قولها', 'على حد قولهم', 'على حد قولهما', 'على حد قولهن']
    """

    phrase: str = attrs.field(validator=_phrase_text)
    kind: str = attrs.field(validator=attrs.validators.in_(PHRASE_KINDS))
    conjunction: bool = False
    gloss: str = ""

    def forms(self) -> Iterator[Form]:
        """Generate the phrase's forms, one per pronoun where it has ``{PRON}``."""
        if "{PRON}" in self.phrase:
            for suffix, gender, number in _PRONOUNS:
                yield Form(
                    text=self.phrase.replace("{PRON}", suffix),
                    lemma=self.phrase.replace("{PRON}", "ه"),
                    form=self.kind,
                    gender=gender,
                    number=number,
                )
        else:
            yield Form(text=self.phrase, lemma=self.phrase, form=self.kind)


#: The Arabic letters (no mark, no tatweel): the words of the data files are spelled with
#: these alone.
ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
#: A text of letters, spaces and line breaks only (stdlib ``re``: one class, no backtracking).
_LETTERS_ONLY = re.compile(f"[{ARABIC_LETTERS} \\n]*")


def normalized_words(words: Iterable[str]) -> list[str]:
    """Each of ``words`` normalised with the ``extraction`` preset, in one call for all.

    The words are joined by line breaks, which the preset keeps and none of them holds,
    and split again: one pass of the normaliser instead of one a word, the tables of
    the lexicon and the morphology being tens of thousands of words. Where they hold
    letters and spaces only, as the generated forms do, :func:`fold_letters` does what
    the preset would: a third of the normaliser's time on a first call.

    Example:
        >>> normalized_words(["أكد", "إليه", "رأى"])
        ['اكد', 'اليه', 'راى']
        >>> normalized_words(["قـال", "أَكَّدَ"])  # a tatweel, marks: the normaliser
        ['قال', 'اكد']
        >>> normalized_words([])
        []
    """
    words = list(words)
    if not words:
        return []  # not [""]: the one empty word that splitting "" gives
    text = "\n".join(words)
    if _LETTERS_ONLY.fullmatch(text) is None:
        return normalize(text, config=EXTRACTION).split("\n")
    return fold_letters(text).split("\n")


def fold_letters(text: str) -> str:
    """``text`` of :data:`ARABIC_LETTERS` and spaces, normalised with the ``extraction`` preset.

    The preset's steps map a character alone (a seat composes only with a mark), so such
    a text is normalised letter by letter: the few letters the preset changes (أ إ آ) are
    replaced, one ``str.replace`` each, at a fraction of the cost of :func:`normalize`.
    Other characters are left as they are: the caller checks the text.

    Example:
        >>> fold_letters("أكد إليه"), fold_letters("سئل")
        ('اكد اليه', 'سئل')
    """
    for letter, folded in _letter_folds():
        if letter in text:
            text = text.replace(letter, folded)
    return text


@cache
def _letter_folds() -> tuple[tuple[str, str], ...]:
    """Each letter the ``extraction`` preset changes, with what it makes of it.

    Read from the normaliser itself, a letter at a time.

    Example:
        >>> dict(_letter_folds())["أ"]
        'ا'
    """
    folded = normalize("\n".join(ARABIC_LETTERS), config=EXTRACTION).split("\n")
    return tuple((a, b) for a, b in zip(ARABIC_LETTERS, folded, strict=True) if a != b)


def written_forms(verbs: Iterable[VerbEntry]) -> Iterator[tuple[str, Form]]:
    """Every written text of the verbs' paradigm cells, with the cell it spells.

    Clitics, object suffixes and spelling variants included; a text may come twice.

    Example:
        >>> verb = VerbEntry(lemma="همس", present="يهمس")
        >>> "وهمست" in {text for text, _ in written_forms([verb])}
        True
    """
    for verb in verbs:
        for texts, spec in _written_by_form(verb):
            form = _retext(spec, spec.text)
            for text in texts:
                yield text, form


def _written_by_form(verb: VerbEntry) -> Iterator[tuple[list[str], _Spec]]:
    """Each form of ``verb`` with its written texts (:func:`written_forms`, form by form)."""
    for form in verb._specs():
        texts = _with_clitics(form, verb.takes_object)
        if _has_variants(form.text):  # else none of its texts has one
            texts = [variant for text in texts for variant in _variants(text)]
        yield texts, form


def proclitics_of(form: str, gender: str | None, number: str | None) -> tuple[str, ...]:
    """The proclitics a paradigm cell takes.

    Those of its form (:data:`PROCLITICS`), but the ل of purpose or command takes the
    subjunctive or jussive, which drops the indicative ن of the dual and masculine plural
    (ليقولا، ليقولوا): no ل before يقولان or يقولون.

    Example:
        >>> proclitics_of("present", "m", "d")
        ('', 'و', 'ف', 'س', 'وس', 'فس')
        >>> "ل" in proclitics_of("present", "f", "p")
        True
    """
    prefixes = PROCLITICS.get(form, ("",))
    if form == "present" and (number == "d" or (number == "p" and gender == "m")):
        return tuple(p for p in prefixes if not p.endswith("ل"))
    return prefixes


def _with_clitics(form: _Spec, takes_object: bool) -> list[str]:
    """The written variants of a form: proclitics, object suffixes, spelling variants."""
    prefixes = proclitics_of(form.form, form.gender, form.number)
    stems = [form.text]
    if takes_object and form.form in ("past", "present"):
        base = form.text[:-1] if form.text.endswith("وا") else form.text
        stems += [base + suffix for suffix in OBJECT_SUFFIXES]
    return [prefix + stem for stem in stems for prefix in prefixes]


def _has_variants(text: str) -> bool:
    """Whether ``text`` has spelling variants (:func:`_variants`).

    So have the texts of its form with clitics (:func:`_with_clitics`), and no others.
    """
    return "ؤ" in text or "ئ" in text or text.endswith("ى")


def _variants(text: str) -> set[str]:
    """Spelling variants that real text has: hamza seats and final ى written plainly."""
    if not _has_variants(text):
        return {text}  # most texts: no variant
    out = {text}
    plain = text.replace("ؤ", "و").replace("ئ", "ي")
    out.add(plain)
    for t in list(out):
        if t.endswith("ى") and len(t) > 3:  # رأى/راي would meet the noun رأي
            out.add(t[:-1] + "ي")
    return out


@attrs.frozen(kw_only=True, cache_hash=True)
class Lexicon:
    """The verbs, phrases and word lists that cue recognition uses.

    Build the default with :func:`default_lexicon`, extend it with :meth:`extend`, or read
    your own files with :func:`load_lexicon`.

    Example:
        >>> lex = default_lexicon().extend(verbs=[VerbEntry(lemma="همس", present="يهمس")])
        >>> "وهمست" in {f.text for f in lex.forms()}
        True
    """

    verbs: tuple[VerbEntry, ...]
    phrases: tuple[PhraseEntry, ...]
    words: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def extend(
        self,
        *,
        verbs: Iterable[VerbEntry] = (),
        phrases: Iterable[PhraseEntry] = (),
        words: Iterable[tuple[str, str]] = (),
    ) -> Lexicon:
        """Return a new lexicon with more entries; a lemma given again replaces the old one.

        Example:
            >>> lex = default_lexicon().extend(phrases=[PhraseEntry(phrase="بلسان", kind="source")])
            >>> any(p.phrase == "بلسان" for p in lex.phrases)
            True
        """
        new_verbs = {v.lemma: v for v in self.verbs}
        new_verbs.update((v.lemma, v) for v in verbs)
        new_phrases = {p.phrase: p for p in self.phrases}
        new_phrases.update((p.phrase, p) for p in phrases)
        lists = {name: list(items) for name, items in self.words}
        for name, word in words:
            lists.setdefault(name, []).append(word)
        return Lexicon(
            verbs=tuple(new_verbs.values()),
            phrases=tuple(new_phrases.values()),
            words=tuple((name, tuple(items)) for name, items in lists.items()),
        )

    def forms(self) -> tuple[Form, ...]:
        """Every written form with its features, clitics and variants included.

        Forms are listed in lexicon order; a written form shared by two lemmas is kept
        once, for the first.
        """
        return self._forms

    @cached_property
    def _forms(self) -> tuple[Form, ...]:
        return tuple(_retext(form, text) for text, form in self._written.items())

    @cached_property
    @paused
    def _written(self) -> dict[str, _Spec]:
        """Every written text, in lexicon order, with the form it writes (first one kept).

        The form's fields (:class:`_Spec`), whose text is the cell's: :func:`_retext` makes
        the :class:`Form` with the written one when it is wanted.
        """
        seen: dict[str, _Spec] = {}
        for verb in self.verbs:  # written_forms, a form's texts at a time
            for texts, form in _written_by_form(verb):
                for text in texts:
                    if text not in seen:
                        seen[text] = form
        for phrase in self.phrases:
            for form in map(_spec, phrase.forms()):
                prefixes: tuple[str, ...] = ("",)
                if phrase.conjunction:
                    # فحسب means "only": ف opens background phrases alone (فتبين أن).
                    prefixes = ("", "و", "ف") if phrase.kind == "background" else ("", "و")
                for prefix in prefixes:
                    seen.setdefault(prefix + form.text, form)
        return seen

    @cached_property
    @paused
    def _by_normalized(self) -> FormTable:
        written = self._written
        keys = normalized_words(written)
        rows: dict[str, str] = {}
        for key, text in zip(keys, written, strict=True):
            if key not in rows:
                rows[key] = text
        return FormTable(rows, written)

    def word_list(self, name: str) -> tuple[str, ...]:
        """The words of one list of ``words.tsv``, as written.

        Example:
            >>> "أن" in default_lexicon().word_list("complementizer")
            True
        """
        for list_name, items in self.words:
            if list_name == name:
                return items
        return ()

    def normalized_forms(self) -> FormTable:
        """The forms keyed by their normalised text (extraction preset), first one kept.

        Built once (one :func:`~quotekit.normalize` call for all the written forms); each
        :class:`Form` is made when first looked up.

        Example:
            >>> default_lexicon().normalized_forms()["واضافت"].text
            'وأضافت'
        """
        return self._by_normalized


def _retext(form: Form | _Spec, text: str) -> Form:
    """``form`` as written ``text``: ``attrs.evolve(form, text=text)``, without its look-ups.

    Example:
        >>> f = Form(text="قال", lemma="قال", form="past", gender="m", window=8)
        >>> _retext(f, "وقال") == attrs.evolve(f, text="وقال")
        True
    """
    return Form(
        text=text,
        lemma=form.lemma,
        form=form.form,
        person=form.person,
        gender=form.gender,
        number=form.number,
        complementizer=form.complementizer,
        window=form.window,
    )


class FormTable(Mapping[str, Form]):
    """Forms by their normalised text, each :class:`Form` made when first looked up.

    Thousands of written forms: making them all would be most of a first call, and a text
    looks up a few. What kind of form a text is (``past``, ``source`` ...) is known
    without making it (:meth:`kinds`).
    """

    __slots__ = ("_made", "_rows", "_written")

    def __init__(self, rows: dict[str, str], written: Mapping[str, Form | _Spec]) -> None:
        #: Normalised text -> the written text (a str: no tuple a row to make and collect).
        self._rows = rows
        #: Written text -> a form or its fields (:class:`_Spec`; its text may be another).
        self._written = written
        self._made: dict[str, Form] = {}

    @overload
    def get(self, key: str, /) -> Form | None: ...
    @overload
    def get(self, key: str, /, default: Form | _T) -> Form | _T: ...
    def get(self, key: str, /, default: object = None) -> object:
        """The form written ``key`` (normalised), or ``default``."""
        form = self._made.get(key)
        if form is None:
            text = self._rows.get(key)
            if text is None:
                return default
            form = self._made[key] = _retext(self._written[text], text)
        return form

    def __getitem__(self, key: str) -> Form:
        form = self.get(key)
        if form is None:
            raise KeyError(key)
        return form

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def kinds(self) -> Iterator[tuple[str, str]]:
        """Each normalised text with its kind of form (``Form.form``), none made.

        Example:
            >>> dict(default_lexicon().normalized_forms().kinds())["قالت"]
            'past'
        """
        written = self._written
        for key, text in self._rows.items():
            yield key, written[text].form


# ---------------------------------------------------------------------------------------
# Reading the data files.

_YES_NO = {"yes": True, "no": False}
_WINDOWS = {"short": 8, "long": 25}


def data_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """The lines of a tab-separated data file: line number and cells; comments skipped.

    Example:
        >>> list(data_rows("# a comment" + chr(10) + "قال" + chr(9) + "يقول"))
        [(2, ['قال', 'يقول'])]
    """
    strip = str.strip
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped and stripped[0] != "#":
            yield number, list(map(strip, line.split("\t")))


def with_article(words: Iterable[str]) -> set[str]:
    """Each word with and without the article ال.

    Example:
        >>> sorted(with_article(["الوزير", "مصدر"]))
        ['المصدر', 'الوزير', 'مصدر', 'وزير']
    """
    out: set[str] = set()
    for word in words:
        bare = word[2:] if word.startswith("ال") else word
        out.update((bare, "ال" + bare))
    return out


def _cell(cells: list[str], index: int) -> str | None:
    value = cells[index] if index < len(cells) else "-"
    return None if value in ("-", "") else value


def parse_verbs(text: str, source: str) -> tuple[VerbEntry, ...]:
    r"""Parse a verbs file (the format of ``data/verbs.tsv``).

    Raises:
        LexiconError: Naming the file, the line and the problem.

    Example:
        >>> line = "\t".join(["قال", "hollow", "يقول", "قائل", "قيل", "قول", "إن", "no", "long"])
        >>> parse_verbs(line, "x.tsv")[0].masdar
        ('قول',)
        >>> parse_verbs("قال\tweird", "x.tsv")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        quotekit.errors.LexiconError: x.tsv:1: paradigm must be one of sound, ..., not 'weird'
    """
    entries = []
    for number, cells in data_rows(text):
        try:
            paradigm = _cell(cells, 1) or "sound"
            if paradigm not in PARADIGMS:
                raise ValueError(
                    f"paradigm must be one of {', '.join(PARADIGMS)}, not {paradigm!r}"
                )
            takes_object = _cell(cells, 7) or "no"
            window = _cell(cells, 8) or "long"
            if takes_object not in _YES_NO:
                raise ValueError(f"object must be yes or no, not {takes_object!r}")
            if window not in _WINDOWS:
                raise ValueError(f"window must be short or long, not {window!r}")
            entries.append(
                VerbEntry(
                    lemma=cells[0],
                    paradigm=paradigm,  # type: ignore[arg-type]
                    present=_cell(cells, 2),
                    participle=_cell(cells, 3),
                    passive=_cell(cells, 4),
                    masdar=tuple(filter(None, (_cell(cells, 5) or "").split("|"))),
                    complementizer=_cell(cells, 6) or "أن",
                    takes_object=_YES_NO[takes_object],
                    window=_WINDOWS[window],
                    gloss=_cell(cells, 9) or "",
                )
            )
        except (ValueError, TypeError) as error:
            raise LexiconError(source, number, _problem(error)) from None
    return tuple(entries)


def parse_phrases(text: str, source: str) -> tuple[PhraseEntry, ...]:
    r"""Parse a phrases file (the format of ``data/phrases.tsv``).

    Example:
        >>> parse_phrases("بحسب\tsource\tو\taccording to", "p.tsv")[0].conjunction
        True
    """
    entries = []
    for number, cells in data_rows(text):
        try:
            if len(cells) < 2:
                raise ValueError("a phrase line needs at least a phrase and a kind")
            clitics = _cell(cells, 2)
            if clitics not in (None, "و"):
                raise ValueError(f"clitics must be و or -, not {clitics!r}")
            entries.append(
                PhraseEntry(
                    phrase=cells[0],
                    kind=cells[1],
                    conjunction=clitics == "و",
                    gloss=_cell(cells, 3) or "",
                )
            )
        except (ValueError, TypeError) as error:
            raise LexiconError(source, number, _problem(error)) from None
    return tuple(entries)


def parse_words(text: str, source: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    r"""Parse a word-list file (the format of ``data/words.tsv``).

    Example:
        >>> parse_words("complementizer\tأن", "w.tsv")
        (('complementizer', ('أن',)),)
    """
    lists: dict[str, list[str]] = {}
    for number, cells in data_rows(text):
        if len(cells) != 2 or not _arabic_word(cells[1]):
            raise LexiconError(source, number, "a word line is: list name, tab, one Arabic word")
        lists.setdefault(cells[0], []).append(cells[1])
    return tuple((name, tuple(items)) for name, items in lists.items())


def _problem(error: Exception) -> str:
    message = str(error)
    # attrs' in_() validator speaks of "'field' must be in (...)": keep it short.
    return message.split(" (got")[0] if message else type(error).__name__


def _read(path: str | Path | None, default: str) -> tuple[str, str]:
    if path is None:
        return read_data(default), default
    from pathlib import Path  # only for a file of the caller's: see quotekit._data

    path = Path(path)
    try:
        return path.read_text(encoding="utf-8"), str(path)
    except OSError as error:
        raise LexiconError(str(path), 0, f"cannot read the file: {error.strerror}") from None
    except UnicodeDecodeError:
        raise LexiconError(str(path), 0, "the file is not UTF-8 text") from None


def load_lexicon(
    verbs: str | Path | None = None,
    phrases: str | Path | None = None,
    words: str | Path | None = None,
) -> Lexicon:
    """Read a lexicon from files of the package's format; a file not given is the package's.

    Args:
        verbs: A verbs file (``data/verbs.tsv`` format), or ``None`` for the package's.
        phrases: A phrases file, or ``None`` for the package's.
        words: A word-list file, or ``None`` for the package's. Each list it holds
            replaces the package's list of that name; the package's other lists stay.

    Raises:
        LexiconError: When a file cannot be read or an entry is malformed.

    Example:
        >>> len(load_lexicon().verbs) == len(default_lexicon().verbs)
        True
    """
    lists = parse_words(*_read(words, "words.tsv"))
    if words is not None:
        given = dict(lists)  # the caller's lists, by name, in place of the package's
        lists = tuple(
            (name, given.pop(name, items)) for name, items in default_lexicon().words
        ) + tuple(given.items())
    return Lexicon(
        verbs=parse_verbs(*_read(verbs, "verbs.tsv")),
        phrases=parse_phrases(*_read(phrases, "phrases.tsv")),
        words=lists,
    )


_DEFAULT: list[Lexicon] = []


def default_lexicon() -> Lexicon:
    """The lexicon shipped with the package (read once, then shared).

    Example:
        >>> any(v.lemma == "قال" for v in default_lexicon().verbs)
        True
    """
    if not _DEFAULT:
        _DEFAULT.append(paused(load_lexicon)())
    return _DEFAULT[0]
