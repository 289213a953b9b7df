"""Take the screenshots of the docs in headless Chromium: an article page and a corpus report.

Needs Debian's ``chromium`` and an Arabic font (``fonts-noto-core``). From the repository
root::

    .venv/bin/python tools/screenshots.py ../shared/corpus/news.jsonl

The article page is ``examples/article.txt`` with its second quote focused, so that its
details show; the report counts every third article of the corpus (which is sorted by
outlet), up to 300, by ``source``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

import quotekit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.chromium import BROWSER, chromium  # noqa: E402

OUT = ROOT / "docs" / "_static" / "screenshots"


def shoot(browser: str, page: str, target: Path, size: tuple[int, int], where: Path) -> None:
    path = where / f"{target.stem}.html"
    path.write_text(page, encoding="utf-8")
    window = f"--window-size={size[0]},{size[1]}"
    chromium(
        browser, path, where / "profile", "--hide-scrollbars", window, f"--screenshot={target}"
    )
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size:,} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a JSONL corpus with a 'source' field")
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    browser = BROWSER
    if browser is None:
        raise SystemExit("screenshots: install Debian's chromium first")
    OUT.mkdir(parents=True, exist_ok=True)
    text = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    article = quotekit.render_html(text, title="article.txt")
    focused = article.replace('id="q2" tabindex="0"', 'id="q2" tabindex="0" autofocus', 1)
    assert focused != article
    with args.corpus.open(encoding="utf-8") as lines:
        every_third = itertools.islice(lines, 0, None, 3)
        records = [json.loads(line) for line in itertools.islice(every_third, args.articles)]
    report = quotekit.report_html(
        quotekit.corpus_report(records, by="source"),
        title=f"تقرير الاقتباسات: {len(records)} مقال",
        top=12,
    )
    with tempfile.TemporaryDirectory() as where:
        shoot(browser, focused, OUT / "render.png", (1000, 1250), Path(where))
        shoot(browser, report, OUT / "report.png", (1280, 1500), Path(where))


if __name__ == "__main__":
    main()
