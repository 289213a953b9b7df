"""The one place that touches pyarabic: its character tables, re-typed.

pyarabic is untyped; nothing untyped leaves this module.
"""

from __future__ import annotations

import pyarabic.araby as _araby

__all__ = [
    "ALEF",
    "ALEF_FORMS",
    "ALEF_MAKSURA",
    "DIACRITICS",
    "DIGITS_EAST",
    "DIGITS_PERSIAN",
    "HEH",
    "TATWEEL",
    "TEH_MARBUTA",
    "WAW",
    "WAW_HAMZA",
    "YEH",
    "YEH_HAMZA",
]

ALEF: str = str(_araby.ALEF)
#: أ إ آ ٱ: the alef forms that fold to a bare alef.
ALEF_FORMS: str = "".join(
    str(c)
    for c in (
        _araby.ALEF_HAMZA_ABOVE,
        _araby.ALEF_HAMZA_BELOW,
        _araby.ALEF_MADDA,
        _araby.ALEF_WASLA,
    )
)
ALEF_MAKSURA: str = str(_araby.ALEF_MAKSURA)
#: Harakat, tanween, shadda, sukun, superscript alef and the Quranic annotation marks.
DIACRITICS: str = "".join(str(c) for c in _araby.DIACRITICS)
DIGITS_EAST: str = "".join(str(c) for c in _araby.NUMBERS_EAST)
DIGITS_PERSIAN: str = "".join(str(c) for c in _araby.NUMBERS_PERS)
HEH: str = str(_araby.HEH)
TATWEEL: str = str(_araby.TATWEEL)
TEH_MARBUTA: str = str(_araby.TEH_MARBUTA)
WAW: str = str(_araby.WAW)
WAW_HAMZA: str = str(_araby.WAW_HAMZA)
YEH: str = str(_araby.YEH)
YEH_HAMZA: str = str(_araby.YEH_HAMZA)
