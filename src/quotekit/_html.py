"""What quotekit's HTML pages share: escaping, the page shell, the style and the labels.

Every page is one self-contained HTML5 document, ``lang="ar" dir="rtl"``: the style is
inline, there is no script, no font, no image to fetch, and a Content Security Policy
forbids loading anything, so a page opens the same offline and leaks nothing.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

__all__ = ["GENDERS", "KINDS", "RESOLUTIONS", "TYPES", "UNKNOWN", "escape", "label", "page"]

#: Lone surrogates (no encoding can write them) and NUL: the replacement character.
_UNWRITABLE = dict.fromkeys((0, *range(0xD800, 0xE000)), "\ufffd")

#: The names shown for the values of :class:`~quotekit.Quote` and
#: :class:`~quotekit.Speaker` fields; the value itself is shown beside them.
KINDS: Mapping[str, str] = {"direct": "مباشر", "mixed": "مختلط", "indirect": "غير مباشر"}
RESOLUTIONS: Mapping[str, str] = {
    "explicit": "مذكور بجانب فعل القول",
    "linked": "مربوط باسم أكمل في النص",
    "inherited": "فاعل محذوف نُسب إلى متحدث سابق",
}
GENDERS: Mapping[str, str] = {"f": "أنثى", "m": "ذكر"}
TYPES: Mapping[str, str] = {
    "person": "شخص",
    "organisation": "مؤسسة",
    "group": "جماعة",
    "document": "وثيقة",
    "anonymous": "مصدر مجهول",
}
#: Shown for a value the text does not give (no gender, no type).
UNKNOWN = "غير معروف"

#: The style every page starts with; each page adds its own.
_BASE_STYLE = """
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #c9c9c9; }
body {
  margin: 0 auto; max-width: 60rem; padding: 1rem 1.25rem 3rem; color: var(--ink);
  background: #fff; line-height: 1.9; font-size: 1.05rem;
  font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New",
    "Segoe UI", Tahoma, "DejaVu Sans", sans-serif;
}
h1 { font-size: 1.6rem; line-height: 1.4; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.25rem; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85em; }
.meta { color: var(--muted); font-size: 0.9em; }
a { color: #0b57a4; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #111; outline-offset: 2px; }
table { border-collapse: collapse; margin: 0.5rem 0; font-size: 0.95em; }
th, td { border-bottom: 1px solid var(--line); padding: 0.15rem 0.6rem; text-align: start; }
td.n, th.n { text-align: end; font-variant-numeric: tabular-nums; }
caption { text-align: start; font-weight: bold; padding-bottom: 0.25rem; }
"""


def escape(text: str) -> str:
    """Return ``text`` safe for an HTML page, as element content or a quoted attribute.

    ``<``, ``>``, ``&``, both quote marks and carriage returns (which a parser would turn
    into line feeds) become character references, and the code points no encoding can
    write (lone surrogates) and NUL become U+FFFD, one for one.

    Example:
        >>> escape('<script>alert("قال")</script>')
        '&lt;script&gt;alert(&quot;قال&quot;)&lt;/script&gt;'
    """
    return html.escape(text.translate(_UNWRITABLE), quote=True).replace("\r", "&#13;")


def label(names: Mapping[str, str], value: str | None) -> str:
    """Return the escaped name of ``value`` followed by the value as code, or "unknown".

    Example:
        >>> label(KINDS, "direct")
        'مباشر <code dir="ltr">direct</code>'
        >>> label(GENDERS, None) == UNKNOWN
        True
    """
    if value is None:
        return UNKNOWN
    name = names.get(value)
    code = f'<code dir="ltr">{escape(value)}</code>'
    return f"{escape(name)} {code}" if name else code


def page(*, title: str, body: str, style: str) -> str:
    """Return a whole page: ``title`` (plain text, escaped here), ``body`` (HTML), ``style``.

    Example:
        >>> p = page(title="<مقال>", body="<p>نص</p>", style="")
        >>> '<html lang="ar" dir="rtl">' in p, "<title>&lt;مقال&gt;</title>" in p
        (True, True)
    """
    return (
        "<!DOCTYPE html>\n"
        '<html lang="ar" dir="rtl">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>{_BASE_STYLE}{style}</style>\n"
        "</head>\n"
        f"<body>\n{body}\n</body>\n"
        "</html>\n"
    )
