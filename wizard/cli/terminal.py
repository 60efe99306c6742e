"""What the command line writes besides its results: progress and warnings on stderr, argparse in the
person's language, a quiet end when the reader of stdout (``head``) has gone."""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from typing import TextIO

from wizard.i18n import N_, gettext_for

# argparse's own texts (Python 3.11 to 3.13), translated in the "echoppe" catalogue.
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("ignored explicit argument %r"),
)


def speak_argparse(lang: str) -> None:
    """Make argparse's usage, help titles and errors speak ``lang`` (before building the parser).

    argparse looks every text up through its module-level ``_`` and ``ngettext``: the only hook it has.
    """
    translate = gettext_for(lang)
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = lambda singular, plural, n: translate(singular if n == 1 else plural)  # type: ignore[attr-defined]


# What drives a terminal or reorders what it shows: C0 (a carriage return rewrites the line) and C1
# controls, DEL, bidi marks, embeddings, overrides and isolates, line and paragraph separators. Spaces
# of every kind (the narrow no-break space of French amounts) and emoji joiners are text.
_TERMINAL = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
_NOT_FOR_TERMINAL = re.compile(f"[{_TERMINAL}]")
_NOT_FOR_CELL = re.compile(f"[\t\n{_TERMINAL}]")


def printable(text: str, keep_lines: bool = True) -> str:
    """``text`` fit for a terminal: control characters (escape sequences, bell, bidi overrides) are
    shown as ``?``, so that names from a received shop file never drive the terminal; line feeds and
    tabs are kept unless ``keep_lines`` is false."""
    return (_NOT_FOR_TERMINAL if keep_lines else _NOT_FOR_CELL).sub("?", text)


def warn(text: str) -> None:
    """A warning, on stderr so that stdout stays the result a script reads."""
    print(printable(text), file=sys.stderr)


def quiet_broken_pipe() -> None:
    """The reader of stdout left (``echoppe products x | head -1``): drop the rest without a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


class Progress:
    """A progress line on stderr for long work, shown on a terminal (or with ``ECHOPPE_PROGRESS=1``).

    On a terminal the line is rewritten in place; otherwise each step gets its own line, at most one
    per tenth of the work. Nothing is written when stderr is neither a terminal nor asked for.
    """

    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        forced = os.environ.get("ECHOPPE_PROGRESS", "") not in ("", "0")
        self.enabled = (self.tty or forced) if enabled is None else enabled
        self._last_tenth = -1
        self._last_time = 0.0
        self._open_line = False

    def say(self, text: str) -> None:
        """A step of the work (``Reading prix.csv…``)."""
        if self.enabled:
            self._write(text, final=True)

    def update(self, text: str, done: int, total: int) -> None:
        """``text`` with ``done`` out of ``total``; cheap to call often."""
        if not self.enabled or total <= 0:
            return
        tenth = min(10, done * 10 // total)
        now = time.monotonic()
        if self.tty:
            if done < total and now - self._last_time < 0.1:
                return
        elif tenth == self._last_tenth and done < total:
            return
        self._last_tenth, self._last_time = tenth, now
        self._write(f"{text} {done}/{total} ({done * 100 // total} %)", final=not self.tty or done >= total)

    def done(self) -> None:
        """End an in-place line."""
        if self._open_line:
            self.stream.write("\n")
            self.stream.flush()
            self._open_line = False

    def _write(self, text: str, final: bool) -> None:
        if self.tty:
            self.stream.write("\r\x1b[K" + text + ("\n" if final else ""))
            self._open_line = not final
        else:
            self.stream.write(text + "\n")
        self.stream.flush()
