"""The code samples of the docs, highlighted as Sphinx does and laid out by the bidi algorithm.

``docs/_ext/bidi_code.py`` marks the Arabic text of code as spans whose class ends in
``-Isolate``, and ``docs/_static/rtl.css`` makes them ``unicode-bidi: plaintext``: what
a browser lays out is the line with each such span between FSI and PDI (CSS Writing Modes,
section 2.4.2), in a left-to-right block. python-bidi lays it out here.
"""

from __future__ import annotations

import doctest
import importlib.util
import pkgutil
import re
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import pytest
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import PythonConsoleLexer

import quotekit

from .test_terminal_bidi import intended, shown

ROOT = Path(__file__).resolve().parents[1]
_FSI, _PDI = "\u2068", "\u2069"


def _extension() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bidi_code", ROOT / "docs/_ext/bidi_code.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EXTENSION = _extension()


class _Isolates(HTMLParser):
    """The text of highlighted code, each ``-Isolate`` span between FSI and PDI."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []
        self.text = ""
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        isolate = tag == "span" and (dict(attrs).get("class") or "").endswith("-Isolate")
        self.stack.append(isolate)
        if isolate:
            self.text += _FSI

    def handle_endtag(self, tag: str) -> None:
        if self.stack.pop():
            self.text += _PDI

    def handle_data(self, data: str) -> None:
        self.text += data


def laid_out(source: str, lexer: Lexer) -> list[str]:
    """The lines of ``source`` as the docs' HTML gives them to the bidi algorithm."""
    return _Isolates(highlight(source, lexer, HtmlFormatter())).text.splitlines()


ISSUE = '>>> [len(qs) for qs in extract_many(["قال الوزير إن الخطة جاهزة", "لا شيء"])]\n[1, 0]\n'


def test_the_css_makes_the_spans_first_strong_isolates() -> None:
    css = (ROOT / "docs/_static/rtl.css").read_text(encoding="utf-8")
    assert re.search(r'\[class\$="-Isolate"\]\s*\{\s*unicode-bidi:\s*plaintext;', css)
    assert re.search(r"pre, \.highlight pre \{\s*direction: ltr;", css)


def test_the_issue_example() -> None:
    first, second = "قال الوزير إن الخطة جاهزة", "لا شيء"
    before = shown(laid_out(ISSUE, PythonConsoleLexer())[0], "L")
    # Without the extension the two items swap places.
    assert before.index(shown(second, "L")) < before.index(shown(first, "L"))
    line = laid_out(ISSUE, EXTENSION.isolating(PythonConsoleLexer)())[0]
    after = shown(line, "L")
    assert after == intended(line)
    assert after.index(shown(first, "L")) < after.index(shown(second, "L"))
    assert after.startswith('>>> [len(qs) for qs in extract_many(["') and after.endswith('"])]')


@pytest.mark.parametrize(
    "source",
    [
        ">>> q.kind, q.content.text\n('direct', 'الخطة ستنفذ على مراحل', 'وزيرة البيئة')\n",
        ">>> print(q.kind, '|', q.content.text)\ndirect | العجز سينخفض هذا العام | وقال | وزير\n",
        ">>> text = 'وقال الوزير إن \"الخطة جاهزة\". وأضاف أن التنفيذ سيبدأ غدا.'\n",
        ">>> f(\"قال\\n\", r'أكد') # تعليق بالعربية، 2 سطر\n",
    ],
)
def test_lines_read_in_logical_order(source: str) -> None:
    lexer = EXTENSION.isolating(PythonConsoleLexer)()
    assert "".join(value for _, value in lexer.get_tokens(source)) == source
    for line in laid_out(source, lexer):
        assert shown(line, "L") == intended(line), line


def _docs_samples() -> list[tuple[str, str, str]]:
    """Every code block of the docs and every docstring example of the package."""
    samples = []
    fence = re.compile(r"```(?:\{code-block\} )?(pycon|python|sh|text)\n(.*?)```", re.DOTALL)
    for page in sorted((ROOT / "docs").rglob("*.md")):
        for number, (language, code) in enumerate(fence.findall(page.read_text("utf-8"))):
            samples.append((f"{page.name}:{number}", language, code))
    finder = doctest.DocTestFinder()
    for info in pkgutil.iter_modules(quotekit.__path__, "quotekit."):
        module = importlib.import_module(info.name)
        for test in finder.find(module):
            code = "".join(f">>> {e.source}{e.want}" for e in test.examples)
            if code:
                samples.append((test.name, "pycon", code))
    return samples


SAMPLES = _docs_samples()


def test_there_are_arabic_samples() -> None:
    assert sum("قال" in code for _, _, code in SAMPLES) > 20


@pytest.mark.parametrize(("name", "language", "code"), SAMPLES, ids=[s[0] for s in SAMPLES])
def test_every_sample_reads_in_logical_order(name: str, language: str, code: str) -> None:
    lexer = EXTENSION.isolating(EXTENSION.LEXERS[language])()
    for line in laid_out(code, lexer):
        assert shown(line, "L") == intended(line), line


def test_sphinx_gets_the_lexers() -> None:
    registered: dict[str, type[Lexer]] = {}

    class App:
        def add_lexer(self, alias: str, lexer: type[Lexer]) -> None:
            registered[alias] = lexer

    EXTENSION.setup(App())
    assert {"python", "pycon", "sh", "text", "none"} <= set(registered)
    lexer = registered["pycon"]()
    assert any(str(kind).endswith("Isolate") for kind, _ in lexer.get_tokens(ISSUE))
