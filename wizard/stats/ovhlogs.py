"""OVH shared hosting: the access logs over HTTPS, with the dedicated "statistics and logs" user.

OVHcloud's guide *Hosting: website statistics and logs* (github.com/ovh/docs) gives the logs server of a
hosting as ``https://logs.clusterXXX.hosting.ovh.net/DOMAIN/`` (the domain without ``www.``) behind HTTP
basic authentication, for a user created in the control panel under *Statistics and logs > User
administration*. Each finished day is one archive, ``logs/logs-MM-YYYY/DOMAIN-DD-MM-YYYY.log.gz`` (the
layout the open-source downloader github.com/qb1/ovhlogs uses); the day in progress is left for the next
fetch, when its archive is whole. Lines are in OVH's format (the vhost in the second field), which
:mod:`.logformat` reads.

Only days not read before are downloaded: each archive read is remembered by the engine under the name
``ovh:DOMAIN/DD-MM-YYYY`` (:func:`wizard.store.stats.read_names`), and a first fetch goes back
``FIRST_DAYS`` days. The connection is HTTPS only, certificate and host name checked (TLS 1.2 or later),
redirects refused (a password is never sent elsewhere), answers size-limited, and the password lives in
the system keyring like the SFTP one.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import re
import ssl
import tempfile
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from wizard.domain.model import AuthMethod, PublishTarget
from wizard.i18n import msg
from wizard.publish.errors import PublishError
from wizard.stats.ingest import LogUnreadable, ReadReport, read_log
from wizard.stats.salts import Salts
from wizard.store.shopfile import ShopFile

if TYPE_CHECKING:
    from wizard.publish.credentials import StorageInfo
from wizard.store.stats import read_names

CLUSTER_SETTING = "stats.ovh_cluster"
LOGIN_SETTING = "stats.ovh_login"
DOMAIN_SETTING = "stats.ovh_domain"
URL_SETTING = "stats.ovh_url"  # the logs server's address itself, when it is not logs.CLUSTER.hosting.ovh.net
KEYRING_PREFIX = "ovh-logs:"
FIRST_DAYS = 30
MAX_BYTES = 1 << 31  # one day's archive; a bigger answer is not a log of a small shop
TIMEOUT = 60.0
_CLUSTER = re.compile(r"cluster\d{3}")
_DOMAIN = re.compile(r"(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)+")
_LOGIN = re.compile(r"[^\s:]{1,200}")


class OvhLogsError(PublishError):
    """The OVH logs could not be fetched."""


class OvhLoginRefused(OvhLogsError):
    def __init__(self, login: str) -> None:
        super().__init__(
            msg("OVH's logs server refused the login {login} or its password.", login=login),
            msg("Check the user in the OVHcloud control panel (Web Cloud > Hosting > Statistics and logs > "
                "User administration) and type its password again."))


class OvhLogsNotSet(OvhLogsError):
    def __init__(self) -> None:
        super().__init__(
            msg("The OVH logs address is not known: the hosting's cluster and domain are needed."),
            msg("Give them once: echoppe stats SHOP --fetch --ovh-login USER --ovh-cluster clusterXXX "
                "[--ovh-domain DOMAIN] (the cluster is shown in the control panel, under Hosting > General "
                "information)."))


class OvhServerError(OvhLogsError):
    def __init__(self, status: int, day: dt.date) -> None:
        super().__init__(
            msg("OVH's logs server answered {status} for the log of {day}.", status=status, day=day.isoformat()),
            msg("Try again later; the days already read are kept."))
        self.status = status


class OvhUnreachable(OvhLogsError):
    def __init__(self, host: str, error: str) -> None:
        super().__init__(msg("OVH's logs server {host} could not be reached: {error}", host=host, error=error),
                         msg("Check the internet connection and the cluster name, then try again."))


class OvhCertificateRefused(OvhLogsError):
    def __init__(self, host: str, error: str) -> None:
        super().__init__(
            msg("The identity of {host} could not be verified ({error}): nothing was sent.", host=host,
                error=error),
            msg("Someone may be intercepting the connection, or the computer's date is wrong."))


@dataclass(frozen=True)
class OvhLogs:
    """Where one hosting's logs are: the server's address (ends with ``/``) and the domain."""

    base_url: str
    domain: str
    login: str

    def day_url(self, day: dt.date) -> str:
        d = quote(self.domain)
        return f"{self.base_url}{d}/logs/logs-{day:%m-%Y}/{d}-{day:%d-%m-%Y}.log.gz"

    def name(self, day: dt.date) -> str:
        return f"ovh:{self.domain}/{day:%d-%m-%Y}"


def _domain_of(shop: ShopFile) -> str:
    url = shop.shop().target.public_url.strip()
    try:
        host = (urlsplit(url).hostname or "").lower() if url else ""
    except ValueError:
        host = ""
    return host.removeprefix("www.")


def _text(shop: ShopFile, key: str) -> str:
    value = shop.get_value(key)
    return value.strip() if isinstance(value, str) else ""


def configure(shop: ShopFile, *, login: str | None = None, cluster: str | None = None,
              domain: str | None = None) -> None:
    """Remember the logs user, cluster and domain given on the command line (validated)."""
    if login is not None:
        if not _LOGIN.fullmatch(login):
            raise OvhLogsError(msg("The OVH logs login {login} is not valid.", login=login))
        shop.set_value(LOGIN_SETTING, login)
    if cluster is not None:
        if not _CLUSTER.fullmatch(cluster.strip().lower()):
            raise OvhLogsError(msg("The OVH cluster {name} is not valid: it looks like cluster028.", name=cluster))
        shop.set_value(CLUSTER_SETTING, cluster.strip().lower())
    if domain is not None:
        if not _DOMAIN.fullmatch(domain.strip().lower().removeprefix("www.")):
            raise OvhLogsError(msg("The domain {name} is not valid.", name=domain))
        shop.set_value(DOMAIN_SETTING, domain.strip().lower().removeprefix("www."))


def ovh_logs(shop: ShopFile) -> OvhLogs:
    """The shop's OVH logs place from its settings (``OvhLogsNotSet`` when something is missing)."""
    login = _text(shop, LOGIN_SETTING)
    domain = _text(shop, DOMAIN_SETTING) or _domain_of(shop)
    base = _text(shop, URL_SETTING)
    if not base:
        cluster = _text(shop, CLUSTER_SETTING)
        base = f"https://logs.{cluster}.hosting.ovh.net/" if _CLUSTER.fullmatch(cluster) else ""
    if not login or not _LOGIN.fullmatch(login) or not base or not _DOMAIN.fullmatch(domain):
        raise OvhLogsNotSet()
    parts = urlsplit(base)
    if parts.scheme != "https" or not parts.hostname or parts.query or parts.fragment or parts.username:
        raise OvhLogsError(msg("The logs server's address must be a plain https:// address."))
    return OvhLogs(base if base.endswith("/") else base + "/", domain, login)


# -- the password, in the keyring like the SFTP one (same store, same refusal of unsafe backends)


def _keyring_target(place: OvhLogs) -> PublishTarget:
    """The keyring entry of the logs user: ``ovh-logs:LOGIN@DOMAIN:443`` in Échoppe's service."""
    return PublishTarget(host=place.domain, port=443, user=f"{KEYRING_PREFIX}{place.login}", auth=AuthMethod.PASSWORD)


def get_password(place: OvhLogs) -> str | None:
    from wizard.publish.credentials import get_password as stored

    return stored(_keyring_target(place))


def store_password(place: OvhLogs, password: str) -> StorageInfo:
    """Keep the password in the system keyring if, and only if, the store is safe (the info says)."""
    from wizard.publish.credentials import store_password as store

    return store(_keyring_target(place), password)


# -- HTTPS


def strict_context() -> ssl.SSLContext:
    """Certificates and host names checked against the system's authorities, TLS 1.2 or later."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # the 3xx answer itself is raised: the password is never sent on


def _download(opener: urllib.request.OpenerDirector, url: str, auth: str, host: str, day: dt.date,
              login: str) -> tuple[IO[bytes], int, int] | None:
    """The day's archive in a temporary file (size, mtime); ``None`` when there is none (404)."""
    request = urllib.request.Request(url, headers={"Authorization": auth, "User-Agent": "echoppe-stats",
                                                   "Accept-Encoding": "identity"})
    try:
        response = opener.open(request, timeout=TIMEOUT)
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 404:
            return None
        if exc.code in (401, 403):
            raise OvhLoginRefused(login) from None
        raise OvhServerError(exc.code, day) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, ssl.SSLCertVerificationError):
            raise OvhCertificateRefused(host, exc.reason.verify_message or str(exc.reason)) from None
        raise OvhUnreachable(host, str(exc.reason)) from None
    except (TimeoutError, ssl.SSLError, OSError) as exc:
        raise OvhUnreachable(host, str(exc) or type(exc).__name__) from None
    with response:
        if response.status != 200:
            raise OvhServerError(response.status, day)
        modified = response.headers.get("Last-Modified")
        try:
            mtime = int(email.utils.parsedate_to_datetime(modified).timestamp()) if modified else 0
        except (TypeError, ValueError):
            mtime = 0
        out = tempfile.TemporaryFile()  # noqa: SIM115 - returned open, closed by the caller
        size = 0
        try:
            while chunk := response.read(1 << 20):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise OvhLogsError(msg("The log of {day} is larger than a shop's log can be: it was not "
                                           "read.", day=day.isoformat()))
                out.write(chunk)
        except (TimeoutError, OSError) as exc:
            out.close()
            raise OvhUnreachable(host, str(exc) or type(exc).__name__) from None
        except BaseException:
            out.close()
            raise
    out.seek(0)
    return out, size, mtime


def days_to_fetch(place: OvhLogs, done: set[str], today: dt.date) -> list[dt.date]:
    """The finished days not read yet: from the day after the last one read (or ``FIRST_DAYS`` back)."""
    read_days = []
    for name in done:
        try:
            read_days.append(dt.datetime.strptime(name.rsplit("/", 1)[1], "%d-%m-%Y").date())
        except (IndexError, ValueError):
            continue
    if read_days:  # after the last day read, a year back at most
        first = max(max(read_days) + dt.timedelta(days=1), today - dt.timedelta(days=366))
    else:
        first = today - dt.timedelta(days=FIRST_DAYS)
    days = []
    day = first
    while day < today:
        if place.name(day) not in done:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def fetch_ovh_logs(
    shop: ShopFile,
    password: str,
    *,
    context: ssl.SSLContext | None = None,
    salts: Salts | None = None,
    today: dt.date | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[ReadReport]:
    """Download and count each finished day not read before (one report per day that has a log)."""
    place = ovh_logs(shop)
    host = urlsplit(place.base_url).hostname or ""
    opener = urllib.request.OpenerDirector()  # HTTPS only: no plain-HTTP handler, no proxy from the environment
    for handler in (urllib.request.HTTPSHandler(context=context or strict_context()), _NoRedirect(),
                    urllib.request.HTTPDefaultErrorHandler(), urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    auth = "Basic " + base64.b64encode(f"{place.login}:{password}".encode()).decode("ascii")
    salts = salts or Salts()
    done = read_names(shop, f"ovh:{place.domain}/")
    for day in days_to_fetch(place, done, today or dt.date.today()):
        if cancel is not None and cancel.is_set():
            return
        got = _download(opener, place.day_url(day), auth, host, day, place.login)
        if got is None:
            continue  # no log that day (no visit, or no longer kept by OVH)
        fh, size, mtime = got
        with fh:
            try:
                yield read_log(shop, place.name(day), fh, size, mtime, salts)
            except LogUnreadable as exc:  # a damaged archive never stops the other days
                yield ReadReport(place.name(day), problem=exc.message)
