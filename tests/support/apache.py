"""A real cheap host's web side for the tests: Apache 2.4 + mod_php serving what the chrooted sshd wrote.

:func:`start_apache` runs ``/usr/sbin/apache2 -DFOREGROUND`` from its own config on a free loopback port:

* ``User``/``Group`` = the chrooted SFTP user of :mod:`tests.support.sshd` (PHP runs as the account's
  user, as on shared hosts; the files the desk writes belong to that user);
* ``DocumentRoot`` = a folder inside the jail that the SFTP user publishes to, ``AllowOverride All``
  (``.htaccess`` honoured) and ``Options Indexes`` (listings on, as many cheap hosts leave them: our own
  ``.htaccess`` must turn them off);
* PHP's ``sendmail_path`` = a capture script: every ``mail()`` becomes one file in ``mail_dir``
  (except a message to ``mailfail@…``, which fails as a broken host's ``mail()`` would);
* a real access log (``combined``) and PHP's error log in the server's folder;
* ``php="cgi"``: PHP run as CGI (``php-cgi`` through ``mod_cgi`` + ``Action``) instead of mod_php, as on
  hosts with PHP as CGI/FastCGI (php-fpm), which read ``.user.ini`` but not ``php_flag`` in ``.htaccess``.

Fixture :func:`apache_site` gives each test its own site: ``www/<name>/public`` in the jail (the SFTP
path to publish to is ``site.sftp_path``) with ``www/<name>/`` above it owned by the user, like an OVH
home above ``www/``.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import http.client
import os
import pwd
import shutil
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.support.sshd import SshdServer, free_port

APACHE = "/usr/sbin/apache2"
PHP = "/usr/bin/php"
PHP_CGI_DIR = Path("/usr/lib/cgi-bin")  # Debian's php-cgi package puts "php" there
MODULES = Path("/usr/lib/apache2/modules")
USER = "echoppe-jail"
START_TIMEOUT = 60.0  # a safety net only: start-up is awaited on conditions


def _php_module() -> Path | None:
    found = sorted(MODULES.glob("libphp*.so"))
    return found[-1] if found else None


def apache_available() -> str | None:
    """Why Apache + mod_php cannot run here, or ``None``."""
    if not Path(APACHE).exists():
        return f"Apache is not installed ({APACHE}); apt-get install apache2 libapache2-mod-php"
    if _php_module() is None:
        return "mod_php is not installed; apt-get install libapache2-mod-php"
    if os.geteuid() != 0:
        return "Apache runs as the chrooted SFTP user: run the tests as root (CI does)"
    return None


@dataclass
class ApacheServer:
    """One running Apache; ``url`` ends with a slash."""

    root: Path  # the server's own folder (config, logs, mail)
    docroot: Path
    port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def mail_dir(self) -> Path:
        return self.root / "mail"

    @property
    def access_log(self) -> Path:
        return self.root / "access.log"

    @property
    def php_error_log(self) -> Path:
        return self.root / "php-error.log"

    def mail_files(self) -> list[Path]:
        """Captured messages, oldest first."""
        return sorted(self.mail_dir.glob("*.eml"), key=lambda p: (p.stat().st_mtime_ns, p.name))

    def mails(self) -> list[EmailMessage]:
        """Captured messages, parsed (headers decoded)."""
        out = []
        for path in self.mail_files():
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            assert isinstance(message, EmailMessage)
            out.append(message)
        return out

    def clear_mail(self) -> None:
        for path in self.mail_files():
            path.unlink()

    def get(self, path: str, *, method: str = "GET", body: bytes | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        """One HTTP request to this server (``path`` relative to the site root)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.request(method, "/" + path.lstrip("/"), body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            conn.close()


def _php_config(root: Path, php: str) -> str:
    if php == "module":
        return f"""\
LoadModule php_module {_php_module()}
PHPIniDir {root}/php
<FilesMatch "\\.php$">
    SetHandler application/x-httpd-php
</FilesMatch>
"""
    return f"""\
LoadModule cgi_module {MODULES}/mod_cgi.so
LoadModule actions_module {MODULES}/mod_actions.so
SetEnv PHPRC {root}/php
ScriptAlias /echoppe-php-cgi/ {PHP_CGI_DIR}/
<Directory {PHP_CGI_DIR}>
    Require all granted
</Directory>
Action application/x-httpd-php-cgi /echoppe-php-cgi/php
<FilesMatch "\\.php$">
    SetHandler application/x-httpd-php-cgi
</FilesMatch>
"""


def _config(root: Path, docroot: Path, port: int, php: str = "module", override: str = "All", extra: str = "") -> str:
    modules = ["mpm_prefork", "authz_core", "authz_host", "authn_core", "dir", "mime", "rewrite",
               "headers", "autoindex", "alias", "env", "setenvif"]
    loads = "\n".join(f"LoadModule {m}_module {MODULES}/mod_{m}.so" for m in modules)
    return f"""\
ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile {root}/apache.pid
Mutex file:{root}/run default
DefaultRuntimeDir {root}/run
ErrorLog {root}/error.log
LogLevel warn
{loads}
{_php_config(root, php)}User {USER}
Group {USER}
TypesConfig /etc/mime.types
AddDefaultCharset utf-8
StartServers 2
MinSpareServers 2
MaxSpareServers 8
MaxRequestWorkers 32
ServerLimit 32
Timeout 60
LogFormat "%h %l %u %t \\"%r\\" %>s %b \\"%{{Referer}}i\\" \\"%{{User-Agent}}i\\"" combined
CustomLog {root}/access.log combined
DirectoryIndex index.html index.php
<Directory />
    AllowOverride None
    Require all denied
</Directory>
DocumentRoot {docroot}
<Directory {docroot}>
    Options Indexes FollowSymLinks
    AllowOverride {override}
    Require all granted
</Directory>
{extra}"""


def _php_ini(root: Path) -> str:
    return f"""\
sendmail_path = {root}/capture-mail
display_errors = Off
log_errors = On
error_log = {root}/php-error.log
date.timezone = UTC
"""


CAPTURE = """\
#!/bin/sh
# PHP's sendmail_path: keep each message as one file (a temporary name, then a rename).
dir="{mail}"
tmp="$dir/.part-$$"
cat > "$tmp" || exit 1
# A test hook: a message to mailfail@… fails, as a host's broken mail() would.
if grep -qi '^To: mailfail@' "$tmp"; then rm -f "$tmp"; exit 1; fi
mv "$tmp" "$dir/$(date +%s%N)-$$.eml"
"""


def _chown(path: Path) -> None:
    entry = pwd.getpwnam(USER)
    os.chown(path, entry.pw_uid, entry.pw_gid)


def start_apache(root: Path, docroot: Path, php: str = "module", override: str = "All",
                 extra: str = "") -> ApacheServer:
    """Start Apache in ``root`` (created, 0755) serving ``docroot`` with PHP as ``"module"`` (mod_php) or
    ``"cgi"`` (php-cgi) and ``AllowOverride override`` (``"None"``: ``.htaccess`` ignored, as nginx
    would); ``extra`` is appended to the configuration (more modules, another ``CustomLog``); stop it
    with :func:`stop_apache`."""
    root.mkdir(mode=0o755, parents=True)
    os.chmod(root, 0o755)
    for sub in ("run", "php", "mail"):
        (root / sub).mkdir(mode=0o755)
    _chown(root / "run")
    _chown(root / "mail")
    (root / "php-error.log").touch()
    _chown(root / "php-error.log")
    (root / "php" / "php.ini").write_text(_php_ini(root))
    capture = root / "capture-mail"
    capture.write_text(CAPTURE.format(mail=root / "mail"))
    os.chmod(capture, 0o755)
    for _attempt in range(5):
        port = free_port()
        (root / "apache.conf").write_text(_config(root, docroot, port, php, override, extra))
        (root / "apache.pid").unlink(missing_ok=True)
        log = open(root / "apache.out", "wb")  # noqa: SIM115 - lives as long as the server
        # Its own session: stopping a prefork parent signals its whole process group.
        process = subprocess.Popen([APACHE, "-f", str(root / "apache.conf"), "-DFOREGROUND"],
                                   stdout=log, stderr=log, start_new_session=True)
        server = ApacheServer(root, docroot, port, process)
        if _wait_started(server):
            return server
    raise RuntimeError("Apache could not bind a free port: " + _logs(root))


def _logs(root: Path) -> str:
    texts = []
    for name in ("apache.out", "error.log"):
        with contextlib.suppress(OSError):
            texts.append((root / name).read_text(errors="replace"))
    return "\n".join(texts)


def _wait_started(server: ApacheServer) -> bool:
    """True once *our* Apache answers; False when the port was taken meanwhile."""
    deadline = time.monotonic() + START_TIMEOUT
    pid_file = server.root / "apache.pid"
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            text = _logs(server.root)
            if "Address already in use" in text or "could not bind" in text:
                return False
            raise RuntimeError("Apache did not start: " + text)
        try:
            ours = pid_file.read_text().strip() == str(server.process.pid)
        except OSError:
            ours = False
        if ours:
            with contextlib.suppress(OSError):
                server.get("/")
                return True
        time.sleep(0.02)
    stop_apache(server)
    raise RuntimeError(f"Apache did not answer within {START_TIMEOUT:.0f} s: " + _logs(server.root))


def stop_apache(server: ApacheServer) -> None:
    if server.process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.process.pid, signal.SIGTERM)
        try:
            server.process.wait(10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait(10)


@dataclass
class ApacheSite:
    """A site of the jailed SFTP user served by its own Apache."""

    server: ApacheServer
    sftp_path: str  # where to publish, as the jailed user sees it ("www/<name>/public")
    home: Path  # real path of www/<name> (above the document root, owned by the user)

    @property
    def docroot(self) -> Path:
        return self.server.docroot

    @property
    def url(self) -> str:
        return self.server.url


def make_site(sshd: SshdServer, name: str | None = None, php: str = "module", override: str = "All") -> ApacheSite:
    """A fresh ``www/<name>/public`` in the jail, served by a new Apache (stop it with ``stop_apache``)."""
    name = name or "site-" + uuid.uuid4().hex[:8]
    home = sshd.jail / "www" / name
    home.mkdir(parents=True)
    _chown(home)
    docroot = home / "public"
    docroot.mkdir()
    _chown(docroot)
    server = start_apache(sshd.root / "apache" / name, docroot, php, override)
    return ApacheSite(server, f"www/{name}/public", home)


@pytest.fixture
def apache_site(sshd_server: SshdServer) -> Iterator[ApacheSite]:
    """A real Apache + mod_php serving a fresh folder of the chrooted SFTP user (one per test)."""
    from tests.conftest import required_tool

    required_tool("Apache", APACHE)
    reason = apache_available()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    site = make_site(sshd_server)
    try:
        yield site
    finally:
        stop_apache(site.server)
        shutil.rmtree(site.home, ignore_errors=True)
