"""Shared test helpers: data files and Hypothesis strategies."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

DATA = Path(__file__).parent / "data"
#: The project's shared data (dev set, corpus, scorer), beside the checkout when present.
SHARED = Path(__file__).resolve().parents[2] / "shared"

settings.register_profile(
    "ci",
    max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def load_json(name: str) -> Any:
    """Read a JSON data file of the tests."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def new_name(number: int) -> str:
    """A word of five Arabic letters for ``number``: a new name each time."""
    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي"
    return "".join(letters[number // len(letters) ** k % len(letters)] for k in range(5))


#: Characters that stress Arabic handling: letters, marks, seats, combining hamza,
#: presentation forms, digits, invisibles, spaces, quote marks and punctuation.
ARABIC_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    "أإآٱىةؤئء"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u06d6"  # harakat, shadda, sukun
    "\u0653\u0654\u0655"  # combining madda, hamza above, hamza below
    "\u0640"  # TATWEEL
    "\ufefb\ufef7\ufe8d\ufe91\ufdf2\ufe70\ufe71\ufc5e\ufe83"  # presentation forms
    "٠١٢٣۴۵0123"
    "کیۀہھە"
    "\u200b\u200c\u200d\u200e\u200f\u061c\u202b\u202c\u2067\u2069\ufeff"  # invisibles
    " \u00a0\u2009\t\n\r"
    '"«»“”„‟‹›″'
    "،؛؟,.:;!?()-"
    "abcQ😀"
)

#: One gold record in the spec's format: a direct quote with its cue and speaker.
GOLD_RECORD: dict[str, Any] = {
    "id": "d1",
    "text": 'قال الوزير: "نعم".',
    "names_in_marks": [],
    "quotes": [
        {
            "kind": "direct",
            "content": [13, 16],
            "fragments": [[13, 16]],
            "cue": [0, 3],
            "speaker": {"mention": [4, 10], "name": "الوزير", "aliases": ["الوزير"]},
            "addressee": None,
            "optional": False,
        }
    ],
}

arabic_text = st.text(alphabet=ARABIC_ALPHABET, max_size=60)
any_text = st.text(max_size=60)
mixed_text = st.one_of(arabic_text, any_text)
