"""Writing output for the command line: whole files or nothing, JSON lines, progress."""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TextIO

__all__ = ["Progress", "open_output", "write_json_line"]


def _new_file_mode(target: Path) -> int:
    """The mode a file written in place would get: the old file's, or the umask's."""
    with suppress(OSError):
        return stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """Standard output (``None`` or ``-``), or a file written whole or not at all.

    The file is written to a temporary file beside it, which replaces it only when the
    ``with`` block ends without an error; on an error or an interrupt the temporary file is
    removed and the file is left as it was.

    Raises:
        OSError: The file cannot be written; the message names it.

    Example:
        >>> import pathlib, tempfile
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
        >>> with open_output(str(target)) as out:
        ...     _ = out.write("قال")
        >>> target.read_text(encoding="utf-8")
        'قال'
        >>> try:
        ...     with open_output(str(target)) as out:
        ...         _ = out.write("half")
        ...         raise KeyboardInterrupt
        ... except KeyboardInterrupt:
        ...     pass
        >>> target.read_text(encoding="utf-8"), len(list(target.parent.iterdir()))
        ('قال', 1)
    """
    if path is None or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        descriptor, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise OSError(error.errno, f"cannot write {path}: {error.strerror}") from None
    try:
        with open(descriptor, "w", encoding="utf-8", newline="") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, _new_file_mode(target))
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


def write_json_line(out: TextIO, record: Any) -> None:
    """Write ``record`` as one JSON line, Arabic as is.

    A string that cannot be encoded (a lone surrogate, which JSON input may carry as an
    escape) makes that line ASCII, with escapes, instead: the line is still written whole
    and reads back to the same value.

    Example:
        >>> import io
        >>> out = io.StringIO()
        >>> write_json_line(out, {"id": 1, "text": "قال"})
        >>> out.getvalue() == '{"id": 1, "text": "قال"}' + chr(10)
        True
    """
    try:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    except UnicodeEncodeError:  # nothing was written: the text is encoded before buffering
        out.write(json.dumps(record) + "\n")


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    return (f"{hours}:" if hours else "") + f"{rest // 60:0{2 if hours else 1}}:{rest % 60:02}"


def _rate(count: int, seconds: float) -> str:
    rate = count / seconds if seconds > 0 else 0.0
    return f"{rate:.1f}" if rate < 10 else f"{rate:,.0f}"


def _size(size: int) -> str:
    value, unit = float(size), "bytes"
    for bigger in ("kB", "MB", "GB", "TB"):
        if value < 1000:
            break
        value, unit = value / 1000, bigger
    return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"


class Progress:
    """A one-line progress display on standard error, and the messages written beside it.

    Shown only when asked (the command line asks when standard error is a terminal): the
    count, how far through the input, the rate and the time left, redrawn at most five
    times a second; at the end, the final count.

    Args:
        stream: Where the display and the notes go.
        show: Whether to draw the display at all; notes are written either way.
        unit: What is counted (``articles``, ``files``).
        total: The whole input, in bytes (``in_bytes``) or in units; ``None`` when unknown.
        in_bytes: Whether ``total`` and the ``done`` of :meth:`update` are bytes.
        clock: Seconds (default ``time.monotonic``), for tests.

    Example:
        >>> import io
        >>> ticks = iter([0.0, 2.0, 4.0])
        >>> err = io.StringIO()
        >>> p = Progress(err, show=True, unit="files", total=4, clock=lambda: next(ticks))
        >>> p.update(1, 1)
        >>> p.finish(4)
        >>> [line.rstrip() for line in err.getvalue().split(chr(13))[1:]]
        ['1/4 files · 25% · 0.5 files/s · 0:06 left', '4 files in 0:04 (1.0 files/s)']
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        show: bool,
        unit: str,
        total: int | None = None,
        in_bytes: bool = False,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.stream = stream
        self.show = show
        self.unit = unit
        self.total = total
        self.in_bytes = in_bytes
        self.clock = clock or time.monotonic
        self.start = self.clock() if show else 0.0
        self.drawn = 0.0
        self.width = 0  # of the line on screen

    def _draw(self, line: str) -> None:
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def _clear(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.width = 0

    def update(self, count: int, done: int | None = None) -> None:
        """Redraw the display if it is shown and a fifth of a second has passed.

        Args:
            count: Units done.
            done: How far through ``total``: bytes read, or units (``None``: ``count``).
        """
        if not self.show:
            return
        now = self.clock()
        if now - self.drawn < 0.2:
            return
        self.drawn = now
        elapsed = now - self.start
        done = count if done is None else done
        parts = [f"{count} {self.unit}"]
        if self.total:
            share = min(done / self.total, 1.0)
            if self.in_bytes:
                parts.append(f"{share:.0%} of {_size(self.total)}")
            else:
                parts = [f"{count}/{self.total} {self.unit}", f"{share:.0%}"]
            parts.append(f"{_rate(count, elapsed)} {self.unit}/s")
            if share > 0:
                parts.append(f"{_duration(elapsed * (1 - share) / share)} left")
        else:
            parts.append(f"{_rate(count, elapsed)} {self.unit}/s")
        self._draw(" · ".join(parts))

    def note(self, message: str) -> None:
        """Write a line of its own (an error, a warning), clearing the display first."""
        self._clear()
        self.stream.write(message + "\n")
        self.stream.flush()

    def finish(self, count: int) -> None:
        """Replace the display by the final count (only when it is shown)."""
        if self.show:
            elapsed = self.clock() - self.start
            self._draw(
                f"{count} {self.unit} in {_duration(elapsed)} "
                f"({_rate(count, elapsed)} {self.unit}/s)"
            )
            self.stream.write("\n")
            self.stream.flush()
            self.width = 0
