"""Does the host run what the desk needs (PHP ≥ 7.4 with ``sodium`` and ``mail()``)?

:func:`probe_host` uploads a one-off PHP file with a random name, fetches it over HTTP(S) from the
shop's public address, and removes it, through three callables given by the publishing side (so the
probe knows nothing of SFTP). A host that serves the PHP source, an error page or nothing at all
has no usable PHP: the site then keeps the order by email.

:func:`probe_deny` checks the other thing the desk relies on when its private folder must live in the
web root: that a folder denied by ``.htaccess`` really is denied over HTTP (nginx, or Apache with
``AllowOverride None``, ignore ``.htaccess`` and would serve it).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from wizard.desk.files import DENY_ALL
from wizard.i18n import Message, msg

MIN_PHP = (7, 4)
PROBE_PHP = b"""<?php
header('Content-Type: text/plain');
// How many folders below the web server's document root this file sits (-1: not below it), so that
// the desk's private folder can be put above the document root. No path is shown.
$root = realpath((string)($_SERVER['DOCUMENT_ROOT'] ?? ''));
$here = realpath(__DIR__);
$depth = -1;
if ($root !== false && $here !== false) {
    $root = rtrim(str_replace('\\\\', '/', $root), '/');
    $here = str_replace('\\\\', '/', $here);
    if ($here === $root) $depth = 0;
    elseif (strpos($here . '/', $root . '/') === 0) $depth = substr_count(substr($here, strlen($root)), '/');
}
echo 'echoppe-probe ', PHP_VERSION, ' ', function_exists('sodium_crypto_box_seal') ? 'sodium' : 'no-sodium', ' ',
    function_exists('mail') ? 'mail' : 'no-mail', ' depth=', $depth;
"""
_ANSWER = re.compile(rb"^echoppe-probe (\d+)\.(\d+)[^ ]* (sodium|no-sodium) (mail|no-mail)(?: depth=(-1|\d{1,3}))?\s*$")


# Without the desk the withdrawal page prepares an email, and nothing acknowledges it automatically (D221-5).
WITHDRAWALS_BY_EMAIL = msg("Withdrawals from a contract also arrive by email then: acknowledge each one promptly, "
                           "by email, repeating its content and the date and time you received it.")


def by_email(problem: Message) -> Message:
    """``problem`` followed by what the merchant must then do by hand about withdrawals."""
    return msg("{problem} {withdrawals}", problem=problem, withdrawals=WITHDRAWALS_BY_EMAIL)


@dataclass(frozen=True)
class ProbeResult:
    ok: bool
    php: str = ""  # "8.2" when PHP answered
    sodium: bool = False
    mail: bool = False
    depth: int | None = None  # folders between the document root and the site (-1: not below it; None: unknown)
    denies: bool | None = None  # a folder denied by .htaccess answered 403/404 (None: not checked)

    def problem(self) -> Message | None:
        """What to tell the merchant when the desk cannot run there (``None`` when it can)."""
        if self.ok:
            return None
        if not self.php:
            return by_email(msg("The host did not run PHP: the order desk stays off and customers order by email. "
                                "Check that your hosting plan runs PHP, then publish again."))
        if self.denies is False and self._recent() and self.sodium and self.mail:
            return by_email(msg(
                "The host ignores .htaccess (a folder it should refuse was served over the web), and the "
                "order desk's private folder would have to be inside the site: the desk stays off so that "
                "orders are never where anyone could download them, and customers order by email. Publish "
                "to a folder below your login's home (such as www/ or public_html/), or ask your host to "
                "honour .htaccess, then publish again."))
        missing = ", ".join(n for n, ok in (("PHP ≥ 7.4", self._recent()), ("sodium", self.sodium),
                                            ("mail()", self.mail)) if not ok)
        return by_email(msg("The host runs PHP {php} without {missing}: the order desk needs PHP 7.4 or later with "
                            "sodium and mail(). Customers order by email; ask your host to enable them, then "
                            "publish again.", php=self.php, missing=missing))

    def _recent(self) -> bool:
        try:
            major, minor = (int(x) for x in self.php.split("."))
        except ValueError:
            return False
        return (major, minor) >= MIN_PHP

    def as_setting(self) -> dict[str, object]:
        return {"ok": self.ok, "php": self.php, "sodium": self.sodium, "mail": self.mail, "depth": self.depth,
                "denies": self.denies}


def read_answer(status: int, body: bytes) -> ProbeResult:
    """The probe's verdict from the HTTP answer."""
    match = _ANSWER.match(body.strip()) if status == 200 else None
    if match is None:
        return ProbeResult(False)
    php = f"{int(match[1])}.{int(match[2])}"
    sodium, mail = match[3] == b"sodium", match[4] == b"mail"
    recent = (int(match[1]), int(match[2])) >= MIN_PHP
    depth = int(match[5]) if match[5] is not None else None
    return ProbeResult(recent and sodium and mail, php, sodium, mail, depth)


def probe_host(put: Callable[[str, bytes], None], fetch: Callable[[str], tuple[int, bytes]],
               remove: Callable[[str], None]) -> ProbeResult:
    """Upload a one-off probe (a path relative to the web root), fetch it, always remove it."""
    name = f"echoppe-probe-{secrets.token_hex(8)}.php"
    put(name, PROBE_PHP)
    try:
        status, body = fetch(name)
    finally:
        remove(name)
    return read_answer(status, body)


DENY_MARK = b"echoppe-deny-probe\n"


def probe_deny(make_dir: Callable[[str], None], put: Callable[[str, bytes], None],
               fetch: Callable[[str], tuple[int, bytes]], remove: Callable[[str], None],
               remove_dir: Callable[[str], None]) -> bool:
    """Make a folder with the desk's deny-all ``.htaccess`` and a file, fetch the file, always remove
    both: ``True`` when the host refused it (403 or 404), as the desk's private folder needs."""
    folder = f"echoppe-deny-{secrets.token_hex(8)}"
    make_dir(folder)
    try:
        put(f"{folder}/.htaccess", DENY_ALL.encode())
        put(f"{folder}/probe.txt", DENY_MARK)
        status, body = fetch(f"{folder}/probe.txt")
    finally:
        remove(f"{folder}/probe.txt")
        remove(f"{folder}/.htaccess")
        remove_dir(folder)
    return status in (403, 404) and DENY_MARK.strip() not in body
