from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import quotekit
from quotekit import _pyarabic as araby
from quotekit import normalization as nz
from quotekit.config import STEPS, NormalizeConfig

from .conftest import load_json, mixed_text

STEP_CASES = [
    (step, given_text, expected)
    for step, cases in load_json("normalize_steps.json").items()
    if not step.startswith("_")
    for given_text, expected in cases
]

configs = st.builds(NormalizeConfig, **{name: st.booleans() for name in STEPS})
presets = st.sampled_from(sorted(quotekit.PRESETS))


def test_every_step_has_golden_cases() -> None:
    assert {step for step, _, _ in STEP_CASES} == set(STEPS)


@pytest.mark.parametrize(("step", "given_text", "expected"), STEP_CASES)
def test_step_alone(step: str, given_text: str, expected: str) -> None:
    assert getattr(nz, step)(given_text) == expected


@pytest.mark.parametrize(
    ("given_text", "expected"),
    [("إِنَّ", "ان"), ("مؤكداً", "مؤكدا"), ("قـــال", "قال"), ("١٢٣", "123"), ("ﻻ", "لا")],
)
def test_default_preset_examples(given_text: str, expected: str) -> None:
    assert quotekit.normalize(given_text) == expected


def test_default_keeps_opt_in_folds_off() -> None:
    assert quotekit.normalize("على مسؤولية قائلة، «نعم»") == "على مسؤولية قائلة، «نعم»"


def test_search_preset_folds_everything() -> None:
    assert quotekit.normalize("على مسؤولية قائلة، «نعم»", config="search") == (
        "علي مسووليه قايله, «نعم»"
    )


def test_conservative_preset_keeps_letters_and_marks() -> None:
    text = "أَكَّدَ قـال ١٢\u200f ﻻ"
    assert quotekit.normalize(text, config="conservative") == "أَكَّدَ قـال ١٢ لا"


def test_extraction_preset_folds_quotes_and_punctuation() -> None:
    assert quotekit.normalize("قال: “نعم”، وأضاف", config="extraction") == "قال: «نعم», واضاف"


@pytest.mark.parametrize("preset", sorted(quotekit.PRESETS))
@pytest.mark.parametrize(
    ("decomposed", "composed"),
    [
        ("\u0627\u0654", "أ"),  # ALEF + HAMZA ABOVE
        ("\u0627\u0655", "إ"),  # ALEF + HAMZA BELOW
        ("\u0627\u0653", "آ"),  # ALEF + MADDAH ABOVE
        ("\u0648\u0654", "ؤ"),  # WAW + HAMZA ABOVE
        ("\u064a\u0654", "ئ"),  # YEH + HAMZA ABOVE
        ("\u0645\u0633\u0648\u0654\u0648\u0644", "مسؤول"),
        ("\ufefb\u0654", "لأ"),  # LAM-ALEF LIGATURE + HAMZA ABOVE
    ],
)
def test_decomposed_equals_composed(preset: str, decomposed: str, composed: str) -> None:
    assert quotekit.normalize(decomposed, config=preset) == quotekit.normalize(
        composed, config=preset
    )


# --- canonical equivalence: seat x hamza mark x haraka, in either order -----------------

#: ARABIC MADDAH ABOVE, ARABIC HAMZA ABOVE, ARABIC HAMZA BELOW.
HAMZA_MARKS = "\u0653\u0654\u0655"
ARABIC = [chr(c) for c in (*range(0x0600, 0x0700), *range(0x0750, 0x0780), *range(0x08A0, 0x0900))]
#: Every Arabic letter that decomposes into a letter and a hamza mark, and that letter,
#: read from the Unicode data.
SEATS = sorted(
    {
        letter
        for c in ARABIC
        if len(d := unicodedata.normalize("NFD", c)) == 2 and d[1] in HAMZA_MARKS
        for letter in (c, d[0])
    }
)
#: Every Arabic mark that canonical order may put between a seat and a hamza mark
#: (combining class above 0 and below 230): harakat, tanween, shadda, sukun, ...
HARAKAT = [c for c in ARABIC if 0 < unicodedata.combining(c) < 230 and c not in HAMZA_MARKS]


def test_the_product_is_the_whole_arabic_repertoire() -> None:
    assert "".join(sorted(SEATS)) == "آأؤإئاويۀہۂےۓە"
    assert {"\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u0670"} <= set(HARAKAT)
    assert len(HARAKAT) >= 20


@pytest.mark.parametrize("preset", sorted(quotekit.PRESETS))
def test_seat_hamza_and_haraka_compose_alike_in_either_order(preset: str) -> None:
    failures = []
    for seat in SEATS:
        for mark in HAMZA_MARKS:
            composed = unicodedata.normalize("NFC", seat + mark)
            for haraka in HARAKAT:
                forms = {seat + haraka + mark, seat + mark + haraka}
                forms |= {unicodedata.normalize(f, x) for f in ("NFC", "NFD") for x in forms}
                results = {quotekit.normalize(x, config=preset) for x in forms}
                if len(composed) == 1:  # the hamza is never lost
                    results.add(quotekit.normalize(composed + haraka, config=preset))
                if len(results) != 1:
                    failures.append((seat, mark, haraka, results))
    assert failures == []


def test_nfd_input_keeps_its_hamza_in_every_preset() -> None:
    word = "مَسْؤُولٌ"
    for preset in quotekit.PRESETS:
        assert quotekit.normalize(unicodedata.normalize("NFD", word), config=preset) == (
            quotekit.normalize(word, config=preset)
        )
    assert quotekit.normalize(unicodedata.normalize("NFD", word)) == "مسؤول"


vocalised = st.text(
    alphabet=st.sampled_from(
        # tatweel, RIGHT-TO-LEFT MARK, ligatures, forms of shadda + dammatan and of fathatan
        [*SEATS, *HARAKAT, *HAMZA_MARKS, *"بلم ـ\u200fﻻﺃ\ufc5e\ufe70"]
    ),
    max_size=30,
)


@given(vocalised, presets)
def test_nfc_and_nfd_normalise_alike(text: str, preset: str) -> None:
    nfc = quotekit.normalize(unicodedata.normalize("NFC", text), config=preset)
    assert quotekit.normalize(unicodedata.normalize("NFD", text), config=preset) == nfc
    if quotekit.PRESETS[preset].remove_tashkeel:
        # Without harakat in the output, the order they were typed in cannot matter.
        assert quotekit.normalize(text, config=preset) == nfc


@pytest.mark.parametrize("preset", sorted(quotekit.PRESETS))
def test_heh_with_hamza_folds_like_heh_and_hamza(preset: str) -> None:
    # ۀ is ە + HAMZA ABOVE, ۂ is ہ + HAMZA ABOVE; where those letters fold to ه, both
    # give what ه + HAMZA ABOVE gives.
    config = quotekit.PRESETS[preset]
    heh_hamza = quotekit.normalize("\u0647\u0654", config=preset)
    for letter in ("\u06c0", "\u06c2"):
        result = quotekit.normalize(letter, config=preset)
        assert result == (heh_hamza if config.fold_persian_letters else letter)


@pytest.mark.parametrize("preset", sorted(quotekit.PRESETS))
@pytest.mark.parametrize(
    "text",
    [
        "\ufdfd",  # ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM
        "\ufdfe\ufdff\ufd40\ufdcf",  # SUBHAANAHU..., AZZA WA JALL, RAHIMAHU..., SALAAMUHU...
        "\u0672\u0673",  # ALEF WITH WAVY HAMZA ABOVE, ALEF WITH WAVY HAMZA BELOW
        "\u06d2",  # YEH BARREE
    ],
)
def test_characters_without_a_decomposition_stay(preset: str, text: str) -> None:
    # No Unicode decomposition and not a spelling of an Arabic letter: left as they are
    # (see docs/explanation/normalization.md).
    assert quotekit.normalize(text, config=preset) == text


@pytest.mark.parametrize("preset", sorted(quotekit.PRESETS))
@pytest.mark.parametrize(
    "text",
    ["Hello, world 42", "😀🇸🇦 ✓ ∑", "Ωμέγα Кирилл 中文", "x = 3.14; y = 2e10", "café"],
)
def test_foreign_text_is_left_alone(preset: str, text: str) -> None:
    assert quotekit.normalize(text, config=preset) == text


@pytest.mark.parametrize("preset", sorted(quotekit.PRESETS))
def test_invisibles_are_removed_not_spaced(preset: str) -> None:
    assert quotekit.normalize("قا\u200fل\u200b", config=preset) == "قال"


def test_elongated_letters_are_kept() -> None:
    assert quotekit.normalize("جميييل") == "جميييل"


def test_quote_folding_keeps_the_role_of_the_glyph() -> None:
    folded = nz.fold_quotes('«أ» “ب” ‹ج› „د“ "ه"')
    assert folded == '«أ» «ب» «ج» «د« "ه"'


@pytest.mark.parametrize("bad", [b"\xd9\x82", None, 3, ["قال"]])
def test_wrong_types_get_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        quotekit.normalize(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be str"):
        quotekit.normalize_mapped(bad)  # type: ignore[arg-type]


def test_bytes_error_says_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        quotekit.normalize(b"abc")  # type: ignore[arg-type]


def test_unknown_preset_is_a_config_error() -> None:
    with pytest.raises(quotekit.ConfigError, match="unknown preset 'fast'"):
        quotekit.normalize("x", config="fast")
    with pytest.raises(ValueError, match="preset"):
        quotekit.normalize("x", config="fast")


def test_config_flags_are_validated() -> None:
    with pytest.raises(quotekit.ConfigError, match="fold_quotes"):
        NormalizeConfig(fold_quotes=1)  # type: ignore[arg-type]


def test_config_of_wrong_type() -> None:
    with pytest.raises(quotekit.ConfigError, match="config must be"):
        quotekit.normalize("x", config=3)  # type: ignore[arg-type]


def test_explain_counts_each_step() -> None:
    e = quotekit.explain("وقالَ\u200f أ\u0654\u0640 ﻻ ١")
    assert e.text == quotekit.normalize("وقالَ\u200f أ\u0654\u0640 ﻻ ١")
    assert e.counts() == {
        "compose_hamza": 1,
        "fold_presentation_forms": 1,
        "remove_tashkeel": 1,
        "remove_tatweel": 1,
        "remove_invisible": 1,
        "fold_alef": 1,
        "fold_digits": 1,
    }
    assert [s.step for s in e.steps] == [s for s in STEPS if s in e.counts()]


def test_explain_of_clean_text_is_empty() -> None:
    assert quotekit.explain("قال الوزير").steps == ()


# --- the offset map -------------------------------------------------------------------


def test_mapped_text_matches_normalize() -> None:
    n = quotekit.normalize_mapped("قـــالَ ﻻ")
    assert n.text == "قال لا"
    assert n.original == "قـــالَ ﻻ"


def test_removed_marks_stay_with_their_letter() -> None:
    n = quotekit.normalize_mapped("قالَ")
    assert n.span_to_original(0, 3) == (0, 4)
    assert n.span_to_original(2, 3) == (2, 4)


def test_tatweel_inside_a_word_is_inside_the_span() -> None:
    n = quotekit.normalize_mapped("قـــال")
    assert n.span_to_original(0, 3) == (0, 6)
    assert n.span_to_original(0, 1) == (0, 1)
    assert n.span_to_original(1, 3) == (4, 6)


def test_invisible_before_a_word_is_outside_the_span() -> None:
    n = quotekit.normalize_mapped("\u200fقال")  # RIGHT-TO-LEFT MARK
    assert n.span_to_original(0, 3) == (1, 4)


def test_ligature_maps_as_one_unit() -> None:
    n = quotekit.normalize_mapped("ﻻ بد")
    assert n.text == "لا بد"
    assert n.span_to_original(0, 1) == (0, 1)
    assert n.span_to_original(1, 2) == (0, 1)
    assert n.span_to_original(3, 5) == (2, 4)


def test_composed_unit_maps_as_one_unit() -> None:
    n = quotekit.normalize_mapped("\u0627\u0654كد")  # ALEF + HAMZA ABOVE, then كد
    assert n.text == "اكد"
    assert n.span_to_original(0, 1) == (0, 2)
    assert n.span_to_original(1, 3) == (2, 4)


def test_span_returns_a_span_of_the_original() -> None:
    n = quotekit.normalize_mapped("قالَ الوزيرُ")
    span = n.span(4, 10)
    assert span.text == "الوزيرُ"
    assert n.original[span.start : span.end] == span.text


def test_mapping_rejects_out_of_range_indices() -> None:
    n = quotekit.normalize_mapped("قال")
    with pytest.raises(IndexError):
        n.to_original(4)
    with pytest.raises(IndexError):
        n.to_original(-1)
    with pytest.raises(ValueError, match="before its start"):
        n.span_to_original(2, 1)


# --- properties -----------------------------------------------------------------------


@given(mixed_text, presets)
def test_idempotent(text: str, preset: str) -> None:
    once = quotekit.normalize(text, config=preset)
    assert quotekit.normalize(once, config=preset) == once


@given(mixed_text, configs)
def test_never_crashes_and_mapped_agrees(text: str, config: NormalizeConfig) -> None:
    n = quotekit.normalize_mapped(text, config=config)
    assert n.text == quotekit.normalize(text, config=config)
    assert quotekit.explain(text, config=config).text == n.text


@given(mixed_text, presets)
def test_mapping_is_monotone_and_in_bounds(text: str, preset: str) -> None:
    n = quotekit.normalize_mapped(text, config=preset)
    mapped = [n.to_original(i) for i in range(len(n.text) + 1)]
    assert mapped == sorted(mapped)
    assert all(0 <= m <= len(text) for m in mapped)
    assert mapped[-1] == len(text)


def _unit_boundaries(n: quotekit.NormalizedText) -> list[int]:
    """Indices of the normalised text that do not fall inside an expanded ligature."""
    return [
        i
        for i in range(len(n.text) + 1)
        if i in (0, len(n.text)) or n.to_original(i) != n.to_original(i - 1)
    ]


@given(mixed_text, presets, st.data())
def test_round_trip_of_every_span(text: str, preset: str, data: st.DataObject) -> None:
    n = quotekit.normalize_mapped(text, config=preset)
    cuts = _unit_boundaries(n)
    start = data.draw(st.sampled_from(cuts))
    end = data.draw(st.sampled_from([c for c in cuts if c >= start]))
    o_start, o_end = n.span_to_original(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    assert quotekit.normalize(text[o_start:o_end], config=preset) == n.text[start:end]


@given(mixed_text)
def test_spans_never_cut_a_letter_from_its_marks(text: str) -> None:
    n = quotekit.normalize_mapped(text)
    for end in _unit_boundaries(n)[1:]:
        _, o_end = n.span_to_original(0, end)
        if o_end < len(text):
            nxt = text[o_end]
            removed_mark = unicodedata.category(nxt) == "Mn" and quotekit.normalize(nxt) == ""
            assert not removed_mark


def test_written_out_character_sets_match_unicode() -> None:
    # The tables are built at import from block ranges and a list of spaces, not from a
    # scan of every code point: both must say what the regex module's Unicode says.
    bmp = [chr(c) for c in range(0x10000)]
    blocks = regex.compile(
        r"[\p{Block=Arabic}\p{Block=Arabic_Supplement}\p{Block=Arabic_Extended_A}"
        r"\p{Block=Arabic_Presentation_Forms_A}\p{Block=Arabic_Presentation_Forms_B}]"
    )
    assert "".join(c for c in bmp if blocks.match(c)) == nz._ARABIC_CHARS
    presentation = regex.compile(
        r"[\p{Block=Arabic_Presentation_Forms_A}\p{Block=Arabic_Presentation_Forms_B}]"
    )
    assert {c for c in bmp if presentation.match(c)} == nz._PRESENTATION_CHARS
    spaces = regex.compile(r"[\p{Zs}\t]")
    assert set(nz._SPACES) == {c for c in bmp if spaces.match(c)} - {" "}


def test_tables_read_at_once_are_those_read_char_by_char() -> None:
    # The import reads Unicode's normalisation of a thousand characters in a few calls
    # (nz._each); one call a character gives the same tables.
    chars = nz._ARABIC_CHARS
    forms: dict[str, str] = {}
    for c in chars:
        expanded = unicodedata.normalize("NFKC", c)
        if c in nz._PRESENTATION_CHARS and expanded != c:
            forms[c] = expanded.strip(" ") or expanded
    assert list(nz._TABLES["fold_presentation_forms"].items()) == list(forms.items())
    marks = "".join(c for c in chars if nz._ARABIC_MARK.match(c))
    assert list(nz._TABLES["remove_tashkeel"]) == list(dict.fromkeys(araby.DIACRITICS + marks))
    seats = "".join(
        c
        for c in chars
        if not unicodedata.combining(c)
        and (
            any(len(unicodedata.normalize("NFC", c + m)) == 1 for m in nz._HAMZA_MARKS)
            or any(m in unicodedata.normalize("NFD", c) for m in nz._HAMZA_MARKS)
        )
    )
    assert seats == nz._SEATS
