"""Publishing commands: ``echoppe target``, ``echoppe publish`` and ``echoppe forget-host``."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.i18n import gettext_for, msg

if TYPE_CHECKING:  # the engines are imported by the commands that run, never for --help
    from wizard.domain.model import PublishTarget


def register(subparsers: argparse._SubParsersAction, _: Callable[[str], str]) -> None:
    from wizard.publish.presets import preset_ids

    p = subparsers.add_parser(
        "target",
        help=_("Set where the shop is published."),
        description=_("Set where the shop is published: an SFTP host (from a preset or custom) or a folder. "
                      "Without options, show the current settings. Passwords are never written in the "
                      "shop file."),
    )
    p.add_argument("shop", type=Path, help=_("The shop file."))
    p.add_argument("--preset", choices=preset_ids(), help=_("A host preset (default port and folder)."))
    p.add_argument("--host", help=_("The SFTP server name."))
    p.add_argument("--port", type=int, help=_("The SFTP port (22 by default)."))
    p.add_argument("--user", help=_("The login."))
    p.add_argument("--path", help=_("The folder of the site on the server (for example www or public_html)."))
    p.add_argument("--key", help=_("Log in with this private key file instead of a password."))
    p.add_argument("--url", help=_("The shop's public address (checked after each publish)."))
    p.add_argument("--folder", help=_("Publish into this folder of this computer instead of a host."))
    p.add_argument("--password-stdin", action="store_true",
                   help=_("Read the password (or key passphrase) from standard input and keep it in the "
                          "system's password store, if it has a safe one."))
    p.set_defaults(handler=cmd_target)

    p = subparsers.add_parser(
        "publish",
        help=_("Build the site and publish it."),
        description=_("Build the shop's site and send what changed to its host (or folder). Files Échoppe "
                      "did not create are never changed or deleted."),
    )
    p.add_argument("shop", type=Path, help=_("The shop file."))
    p.add_argument("--dry-run", action="store_true", help=_("Only list what would be sent and deleted."))
    p.add_argument("--verify", action="store_true",
                   help=_("Check every file on the server and resend those missing (slower)."))
    p.add_argument("--force", action="store_true",
                   help=_("Publish into a folder that already holds other files (they are kept)."))
    p.add_argument("--accept-host-key", metavar="SHA256:…",
                   help=_("Accept the server's key if its fingerprint is exactly this one."))
    p.add_argument("--password-stdin", action="store_true",
                   help=_("Read the password (or key passphrase) from standard input."))
    p.add_argument("--site", type=Path, help=_("Publish this already built folder instead of building."))
    p.set_defaults(handler=cmd_publish)

    p = subparsers.add_parser(
        "forget-host",
        help=_("Forget a server's recorded identity."),
        description=_("Remove the recorded key of a server from Échoppe's known hosts, after your host "
                      "confirmed that its key really changed."),
    )
    p.add_argument("host", help=_("HOST or HOST:PORT"))
    p.set_defaults(handler=cmd_forget_host)


# --------------------------------------------------------------------------- target

def _describe(target: PublishTarget, lang: str) -> str:
    from wizard.domain.model import AuthMethod

    _ = gettext_for(lang)
    from wizard.publish.engine import is_folder_target

    if is_folder_target(target):
        return msg("Publishing into the folder {folder}.", folder=target.local_folder).text(lang)
    if not target.host:
        return _("No publishing target yet.")
    lines = [
        msg("Host: {host}, port {port}, login {user}, folder {path}.", host=target.host, port=target.port,
            user=target.user or "?", path=target.path or ".").text(lang),
        (msg("Login with the key {key}.", key=target.key_file) if target.auth == AuthMethod.KEY
         else msg("Login with a password.")).text(lang),
    ]
    if target.public_url:
        lines.append(msg("Public address: {url}", url=target.public_url).text(lang))
    return "\n".join(lines)


def cmd_target(args: argparse.Namespace, lang: str) -> int:
    from wizard.cli import CliError
    from wizard.domain.model import AuthMethod
    from wizard.domain.urls import web_url
    from wizard.publish import password_storage, preset, store_password
    from wizard.store.shopfile import ShopFile

    _ = gettext_for(lang)
    with ShopFile.open(args.shop) as shop:
        target = shop.shop().target
        changes: dict[str, Any] = {}
        if args.preset:
            chosen = preset(args.preset)
            changes.update(preset=chosen.id, port=chosen.port, path=chosen.path)
            if args.host is None and not target.host and args.folder is None:
                print(msg("Server name for {name}: {hint}", name=chosen.name, hint=chosen.host_hint).text(lang))
            print(chosen.note.text(lang))
        if args.folder is not None:
            changes.update(local_folder=str(Path(args.folder).expanduser().resolve()), host="")
        for field, value in (("host", args.host), ("port", args.port), ("user", args.user), ("path", args.path),
                             ("public_url", args.url)):
            if value is not None:
                changes[field] = value.strip() if isinstance(value, str) else value
        if args.url is not None:
            changes["public_url"] = web_url(args.url)  # one clear line for javascript: and the like
        if args.key is not None:
            key = args.key.strip()
            changes.update(key_file=str(Path(key).expanduser().resolve()) if key else "",
                           auth=AuthMethod.KEY if key else AuthMethod.PASSWORD)
        if changes.get("host"):
            changes.setdefault("local_folder", "")
        if changes:
            target = dataclasses.replace(target, **changes)
            if target.host and not target.user:
                raise CliError(_("A login is needed: add --user."), 2)
            shop.save_settings(target)
        print(_describe(target, lang))
        if target.host:
            if args.password_stdin:
                secret = sys.stdin.readline().rstrip("\r\n")
                info = store_password(target, secret)
            else:
                info = password_storage()
            print(info.message.text(lang))
    return 0


# --------------------------------------------------------------------------- publish

def _human_bytes(n: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


class _Printer:
    """Live progress on a terminal (one rewritten line), a few plain lines otherwise."""

    def __init__(self, lang: str, stream=None) -> None:
        self.lang = lang
        self.stream = stream or sys.stdout
        self.tty = self.stream.isatty()
        self.last = 0.0

    def line(self, text: str) -> None:
        if self.tty:
            self.stream.write("\r\033[K")
        self.stream.write(text + "\n")
        self.stream.flush()

    def progress(self, ev) -> None:
        now = time.monotonic()
        if ev.files_done != ev.files_total and now - self.last < (0.1 if self.tty else 2.0):
            return
        self.last = now
        left = ""
        if ev.bytes_done and ev.seconds > 0.5 and ev.bytes_done < ev.bytes_total:
            remaining = ev.seconds * (ev.bytes_total - ev.bytes_done) / ev.bytes_done
            left = " " + msg("about {seconds} s left", seconds=max(1, round(remaining))).text(self.lang)
        text = msg("Sent {done}/{total} files, {bytes_done} of {bytes_total}.", done=ev.files_done,
                   total=ev.files_total, bytes_done=_human_bytes(ev.bytes_done),
                   bytes_total=_human_bytes(ev.bytes_total)).text(self.lang) + left
        if self.tty:
            self.stream.write("\r\033[K" + text)
            self.stream.flush()
        else:
            self.line(text)


def _ask(question: str) -> bool:
    try:
        answer = input(question + " ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "o", "oui")


def _read_secret(args: argparse.Namespace, target: PublishTarget, lang: str) -> tuple[str | None, bool]:
    """(secret, typed by the user) for the target."""
    from wizard.domain.model import AuthMethod
    from wizard.publish import get_password
    from wizard.publish.engine import is_folder_target

    if is_folder_target(target):
        return None, False
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n"), False
    stored = get_password(target)
    if stored is not None:
        return stored, False
    if target.auth == AuthMethod.KEY:
        return None, False  # try the key without a passphrase first
    if sys.stdin.isatty():
        _ = gettext_for(lang)
        return getpass.getpass(msg("Password for {user} on {host}: ", user=target.user,
                                   host=target.host).text(lang)), True
    return None, False


def cmd_publish(args: argparse.Namespace, lang: str) -> int:
    from wizard.publish import (
        NotOurFolder,
        PassphraseRequired,
        PublishCancelled,
        PublishOptions,
        UnknownHostKey,
        password_storage,
        publish_shop,
        question_for,
        store_password,
    )
    from wizard.store.shopfile import ShopFile

    _ = gettext_for(lang)
    interactive = sys.stdin.isatty() and not args.password_stdin
    cancel = threading.Event()

    def on_sigint(_sig: int, _frame: object) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        print("\n" + _("Stopping after the files in flight… (Ctrl-C again to quit at once)"), file=sys.stderr)

    previous = signal.signal(signal.SIGINT, on_sigint) if threading.current_thread() is threading.main_thread() \
        else None
    printer = _Printer(lang)
    try:
        with ShopFile.open(args.shop) as shop:
            target = shop.shop().target
            secret, typed = _read_secret(args, target, lang)
            options = PublishOptions(dry_run=args.dry_run, verify=args.verify, force=args.force,
                                     accept_fingerprint=args.accept_host_key)
            while True:
                try:
                    for ev in publish_shop(shop, secret, options, cancel=cancel, site_dir=args.site):
                        _show(ev, printer, args, lang)
                    break
                except (UnknownHostKey, NotOurFolder) as exc:
                    question = question_for(exc, options)
                    # A fingerprint given on the command line is the answer: never ask again over it.
                    if question is None or not interactive or (
                            isinstance(exc, UnknownHostKey) and args.accept_host_key is not None):
                        raise
                    printer.line(exc.text(lang))
                    prompt = (_("Is it the right fingerprint? Accept it? [y/N]") if isinstance(exc, UnknownHostKey)
                              else _("Publish into this folder anyway? [y/N]"))
                    if not _ask(prompt):
                        raise
                    options = question.accept()
                except PassphraseRequired:
                    if not interactive or secret:
                        raise
                    secret = getpass.getpass(_("Passphrase of the key: "))
                    typed = True
            if not args.dry_run and target.host:  # online now: where the shopping feeds are, and what to do
                from wizard.cli.site_commands import print_feeds

                print_feeds(shop.shop(), target.public_url or None, lang)
            if typed and secret and not args.dry_run:
                info = store_password(target, secret) if password_storage().safe else password_storage()
                printer.line(info.message.text(lang))
    except PublishCancelled as exc:
        printer.line(exc.text(lang))
        return 130
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    return 0


def _show(ev, printer: _Printer, args: argparse.Namespace, lang: str) -> None:
    from wizard.publish import Built, Connected, Deleted, FileSent, Finished, Planned, Probed, Verified
    from wizard.publish.errors import WrongDocumentRoot

    _ = gettext_for(lang)
    if isinstance(ev, Built):
        printer.line(msg("Site built: {written} files written, {unchanged} unchanged.", written=ev.written,
                         unchanged=ev.unchanged).text(lang))
        for warning in ev.warnings:
            printer.line("  ! " + warning.text(lang))
    elif isinstance(ev, Connected) and ev.fingerprint:
        printer.line(msg("Connected (server key {fingerprint}).", fingerprint=ev.fingerprint).text(lang))
    elif isinstance(ev, Verified):
        printer.line(msg("Checked {checked} files on the server: {missing} missing, they will be sent again.",
                         checked=ev.checked, missing=len(ev.missing)).text(lang))
    elif isinstance(ev, Planned):
        printer.line(msg("{send} files to send ({size}), {delete} to delete.", send=ev.to_send,
                         size=_human_bytes(ev.bytes_total), delete=ev.to_delete).text(lang))
        if args.dry_run:
            for path in ev.files:
                printer.line("  + " + path)
            for path in ev.deletions:
                printer.line("  - " + path)
    elif isinstance(ev, FileSent):
        printer.progress(ev)
    elif isinstance(ev, Deleted):
        pass
    elif isinstance(ev, Probed):
        if ev.ok:
            printer.line(msg("Checked: {url} shows the new files.", url=ev.url).text(lang))
        else:
            problem = ev.problem or WrongDocumentRoot(ev.url)
            printer.line("!! " + problem.text(lang))
    elif isinstance(ev, Finished):
        if ev.dry_run:
            printer.line(_("Dry run: nothing was changed."))
            return
        printer.line(msg("Published: {sent} files sent ({size}), {deleted} deleted, in {seconds} s.",
                         sent=ev.sent, size=_human_bytes(ev.bytes), deleted=ev.deleted,
                         seconds=f"{ev.seconds:.1f}").text(lang))
        if ev.url:
            printer.line(msg("Your shop: {url}", url=ev.url).text(lang))


# --------------------------------------------------------------------------- forget-host

def cmd_forget_host(args: argparse.Namespace, lang: str) -> int:
    from wizard.cli import CliError
    from wizard.publish import KnownHosts
    from wizard.publish.hostkeys import host_entry_name, parse_host_port

    _ = gettext_for(lang)
    try:
        host, port = parse_host_port(args.host)
    except ValueError as exc:
        raise CliError(_("Write HOST or HOST:PORT."), 2) from exc
    known = KnownHosts()
    removed = known.forget(host, port)
    print(msg("{count} recorded keys of {name} removed.", count=removed, name=host_entry_name(host, port)).text(lang))
    if known.in_user_file(host, port):
        print(msg("Your own ~/.ssh/known_hosts also lists it; Échoppe does not change that file "
                  "(use: ssh-keygen -R '{name}').", name=host_entry_name(host, port)).text(lang))
    return 0
