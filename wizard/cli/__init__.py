"""The ``echoppe`` command line. Without arguments it starts the desktop app.

Each group of commands lives in its own module and registers itself with :func:`register`;
errors are one clear line on stderr and a non-zero status, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence

from wizard import __version__
from wizard.i18n import EchoppeError, gettext_for, msg, system_language

# Command modules, each exposing ``register(subparsers, _)``.
COMMAND_MODULES = (
    "wizard.cli.niche_commands",
    "wizard.cli.shop_commands",
    "wizard.cli.site_commands",
    "wizard.cli.publish_commands",
    "wizard.cli.desktop_commands",
    "wizard.cli.backup_commands",
    "wizard.cli.order_commands",
    "wizard.cli.desk_commands",
    "wizard.cli.legal_commands",
    "wizard.cli.stats_commands",
)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3  # an import rejected rows and imported nothing


class CliError(Exception):
    """A one-line error for the terminal (already translated)."""

    def __init__(self, text: str, status: int = EXIT_ERROR) -> None:
        super().__init__(text)
        self.status = status


def build_parser(lang: str) -> argparse.ArgumentParser:
    _ = gettext_for(lang)
    parser = argparse.ArgumentParser(
        prog="echoppe",
        description=_("Échoppe: open a small shop on the Web. Without a command, the app opens."),
    )
    parser.add_argument("--version", action="version", version=f"echoppe {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    for name in COMMAND_MODULES:  # a module that fails to import is a bug: let it show, never drop it
        importlib.import_module(name).register(subparsers, _)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = system_language()
    if not args_list:
        from wizard.app import run_app

        return run_app()
    from wizard.cli.terminal import printable, quiet_broken_pipe, speak_argparse

    speak_argparse(lang)
    parser = build_parser(lang)
    args = parser.parse_args(args_list)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        status = int(handler(args, lang) or EXIT_OK)
        sys.stdout.flush()  # here, so that a reader gone early (`| head`) is caught below
        if argv is None and getattr(args, "exit_at_once", False):
            # The process's own command (not a call from Python): what it kept is not freed one by one.
            sys.stderr.flush()
            os._exit(status)
        return status
    except CliError as exc:
        print(f"echoppe: {printable(str(exc))}", file=sys.stderr)
        return exc.status
    except EchoppeError as exc:  # its text may name things a received shop file holds
        print(f"echoppe: {printable(exc.text(lang))}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # stdout piped into `head`, which has read enough
        quiet_broken_pipe()
        return EXIT_OK
    except KeyboardInterrupt:
        print("echoppe: " + gettext_for(lang)("Interrupted."), file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"echoppe: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_ERROR
    except sqlite3.DatabaseError:
        # A shop file damaged past its header (pages read later): one line, never a traceback.
        print("echoppe: " + msg("The shop file is damaged and cannot be read.").text(lang) + " "
              + msg("Open your last backup of the shop.").text(lang), file=sys.stderr)
        return EXIT_ERROR
