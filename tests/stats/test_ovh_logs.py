"""OVH's logs over HTTPS, against a real local HTTPS server (python's http.server, TLS with a certificate that
only these tests trust) serving OVH's tree of daily archives behind basic authentication: only new days are
fetched, a wrong login, an untrusted certificate, a redirect and a server error are typed errors, and the
command line keeps the password in a real Secret Service."""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import http.server
import ipaddress
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.stats.logdata import sample
from tests.support.keyring_env import run_with_secret_service
from wizard.domain.model import PublishTarget, ShopIdentity
from wizard.stats import ovhlogs
from wizard.stats.ovhlogs import (
    OvhCertificateRefused,
    OvhLoginRefused,
    OvhLogsNotSet,
    OvhServerError,
    fetch_ovh_logs,
)
from wizard.store.shopfile import ShopFile
from wizard.store.stats import stats_days

DOMAIN = "boutique.example"
LOGIN = "boutique-stats"
PASSWORD = "Logs-pw-42"
TODAY = dt.date(2026, 12, 5)


def _certificate(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "echoppe test logs server")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@dataclass
class LogsServer:
    url: str
    root: Path
    cafile: Path
    requests: list[str] = field(default_factory=list)
    special: dict[str, tuple[int, dict[str, str]]] = field(default_factory=dict)  # path → status, headers

    def context(self) -> ssl.SSLContext:
        context = ovhlogs.strict_context()
        context.load_verify_locations(cafile=str(self.cafile))
        return context

    def place(self, day: dt.date, lines: list[str]) -> None:
        path = self.root / DOMAIN / "logs" / f"logs-{day:%m-%Y}" / f"{DOMAIN}-{day:%d-%m-%Y}.log.gz"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))


def _handler(server: LogsServer) -> type[http.server.BaseHTTPRequestHandler]:
    expected = "Basic " + base64.b64encode(f"{LOGIN}:{PASSWORD}".encode()).decode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def _answer(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            server.requests.append(self.path)
            if self.headers.get("Authorization") != expected:
                self._answer(401, b"no", {"WWW-Authenticate": 'Basic realm="logs"'})
                return
            if self.path in server.special:
                status, headers = server.special[self.path]
                self._answer(status, b"", headers)
                return
            target = (server.root / self.path.lstrip("/")).resolve()
            if not target.is_relative_to(server.root) or not target.is_file():
                self._answer(404, b"not found")
                return
            self._answer(200, target.read_bytes(), {"Content-Type": "application/gzip",
                                                    "Last-Modified": "Sat, 05 Dec 2026 04:00:00 GMT"})

    return Handler


@pytest.fixture
def logs_server(tmp_path: Path) -> Iterator[LogsServer]:
    cert, key = _certificate(tmp_path)
    root = tmp_path / "www"
    root.mkdir()
    server = LogsServer("", root.resolve(), cert)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    server.url = f"https://127.0.0.1:{httpd.server_address[1]}/"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.fixture
def shop(shop_path: Path, logs_server: LogsServer) -> Iterator[ShopFile]:
    with ShopFile.create(shop_path, ShopIdentity(name="Le Rucher")) as s:
        s.save_settings(PublishTarget(preset="ovh", host="ftp.cluster028.hosting.ovh.net",
                                      public_url=f"https://www.{DOMAIN}/"))
        ovhlogs.configure(s, login=LOGIN, cluster="cluster028")
        s.set_value(ovhlogs.URL_SETTING, logs_server.url)  # the test's server instead of logs.cluster028…
        yield s


def _days(server: LogsServer) -> list[dt.date]:
    return [dt.date(2026, 12, d) for d in (2, 3, 4)]


def test_the_address_is_ovhs() -> None:
    place = ovhlogs.OvhLogs("https://logs.cluster028.hosting.ovh.net/", DOMAIN, LOGIN)
    assert place.day_url(dt.date(2026, 12, 3)) == (
        "https://logs.cluster028.hosting.ovh.net/boutique.example/logs/logs-12-2026/boutique.example-03-12-2026.log.gz")


def test_only_new_days_are_fetched(shop: ShopFile, logs_server: LogsServer) -> None:
    for day in _days(logs_server):
        logs_server.place(day, sample("ovh", day=f"{day:%d/%b/%Y}"))
    logs_server.place(TODAY, sample("ovh", day=f"{TODAY:%d/%b/%Y}"))  # the day in progress: not yet
    reports = list(fetch_ovh_logs(shop, PASSWORD, context=logs_server.context(), today=TODAY))
    assert [r.name for r in reports] == [f"ovh:{DOMAIN}/{d:%d-%m-%Y}" for d in _days(logs_server)]
    assert len(logs_server.requests) == ovhlogs.FIRST_DAYS  # the 30 finished days, most of them 404
    days = {d.day: d for d in stats_days(shop)}
    assert sorted(days) == _days(logs_server)
    assert all((d.visits, d.pageviews, d.orders) == (3, 8, 1) for d in days.values())

    logs_server.requests.clear()
    assert list(fetch_ovh_logs(shop, PASSWORD, context=logs_server.context(), today=TODAY)) == []
    assert logs_server.requests == []  # nothing new to ask for

    tomorrow = TODAY + dt.timedelta(days=1)
    reports = list(fetch_ovh_logs(shop, PASSWORD, context=logs_server.context(), today=tomorrow))
    assert [r.name for r in reports] == [f"ovh:{DOMAIN}/{TODAY:%d-%m-%Y}"]
    assert len(logs_server.requests) == 1
    assert len(stats_days(shop)) == 4


def test_a_wrong_password_is_a_typed_error_in_both_languages(shop: ShopFile, logs_server: LogsServer) -> None:
    logs_server.place(dt.date(2026, 12, 4), sample("ovh", day="04/Dec/2026"))
    with pytest.raises(OvhLoginRefused) as refused:
        list(fetch_ovh_logs(shop, "wrong", context=logs_server.context(), today=TODAY))
    assert "refused the login boutique-stats" in refused.value.message.text("en")
    assert "boutique-stats" in refused.value.message.text("fr") and "refusé" in refused.value.message.text("fr")
    assert len(logs_server.requests) == 1  # stopped at the first refusal
    assert stats_days(shop) == []


def test_an_untrusted_certificate_sends_nothing(shop: ShopFile, logs_server: LogsServer) -> None:
    with pytest.raises(OvhCertificateRefused) as refused:
        list(fetch_ovh_logs(shop, PASSWORD, today=TODAY))  # the system's authorities only
    assert "could not be verified" in refused.value.message.text("en")
    assert logs_server.requests == []  # the TLS handshake failed before any request (and its password)


def test_a_redirect_is_refused_and_a_server_error_is_typed(shop: ShopFile, logs_server: LogsServer) -> None:
    place = ovhlogs.ovh_logs(shop)
    first = TODAY - dt.timedelta(days=ovhlogs.FIRST_DAYS)
    path = "/" + place.day_url(first).split("/", 3)[3]
    logs_server.special[path] = (302, {"Location": "https://127.0.0.1:1/steal"})
    with pytest.raises(OvhServerError) as moved:
        list(fetch_ovh_logs(shop, PASSWORD, context=logs_server.context(), today=TODAY))
    assert moved.value.status == 302 and logs_server.requests == [path]
    logs_server.special[path] = (500, {})
    with pytest.raises(OvhServerError) as failed:
        list(fetch_ovh_logs(shop, PASSWORD, context=logs_server.context(), today=TODAY))
    assert failed.value.status == 500
    assert "500" in failed.value.message.text("fr")


def test_settings_are_needed_and_checked(shop_path: Path) -> None:
    with ShopFile.create(shop_path) as s:
        s.save_settings(PublishTarget(preset="ovh", public_url="https://boutique.example/"))
        with pytest.raises(OvhLogsNotSet):
            ovhlogs.ovh_logs(s)
        with pytest.raises(ovhlogs.OvhLogsError):
            ovhlogs.configure(s, cluster="../../etc")
        ovhlogs.configure(s, login=LOGIN, cluster="Cluster028")
        assert ovhlogs.ovh_logs(s).base_url == "https://logs.cluster028.hosting.ovh.net/"
        s.set_value(ovhlogs.URL_SETTING, "http://logs.example/")
        with pytest.raises(ovhlogs.OvhLogsError):
            ovhlogs.ovh_logs(s)  # never plain HTTP


CLI = """
import io, json, sys
from wizard.cli import main
shop, password = sys.argv[1], sys.argv[2]
sys.stdin = io.StringIO(password + "\\n")
assert main(["stats", shop, "--fetch", "--ovh-login", "{login}", "--password-stdin", "--json"]) == 0
sys.stdin = io.StringIO("")
assert main(["stats", shop, "--fetch", "--json"]) == 0  # the password from the keyring this time
from wizard.publish.credentials import password_storage
print("SAFE", password_storage().safe)
"""


def test_the_command_line_keeps_the_password_in_the_keyring(shop: ShopFile, logs_server: LogsServer,
                                                             tmp_path: Path, monkeypatch) -> None:
    yesterday = dt.date.today() - dt.timedelta(days=1)
    logs_server.place(yesterday, sample("ovh", day=f"{yesterday:%d/%b/%Y}"))
    path = shop.path
    shop.close()
    monkeypatch.setenv("SSL_CERT_FILE", str(logs_server.cafile))  # the child trusts the test's server
    monkeypatch.setenv("ECHOPPE_LANG", "en")
    home = tmp_path / "home"
    code = CLI.replace("{login}", LOGIN)
    code = code.replace("shop, password = sys.argv[1], sys.argv[2]", f"shop, password = {str(path)!r}, {PASSWORD!r}")
    done = run_with_secret_service(code, home)
    assert done.returncode == 0, done.stderr + done.stdout
    assert "SAFE True" in done.stdout
    assert f"{yesterday:%d-%m-%Y}: 20 lines read, 5 from bots" in done.stderr
    assert "nothing new" not in done.stderr
    # One request per day of the first fetch, none by the second (nothing new): the keyring gave the password.
    assert len(logs_server.requests) == ovhlogs.FIRST_DAYS
    keyrings = list((home / ".local" / "share" / "keyrings").rglob("*"))
    assert keyrings and all(PASSWORD.encode() not in p.read_bytes() for p in keyrings if p.is_file())
