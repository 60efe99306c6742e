"""Before a publish with the order desk on: probe the host over SFTP + HTTP(S), remember the verdict
and where the desk's private folder is (``desk.probe``, ``desk.private_dir``; docs/order-format.md)."""

from __future__ import annotations

import contextlib
import dataclasses
import urllib.error
import urllib.request

from wizard.desk import keys as desk_keys
from wizard.desk.files import DEPTH, PRIVATE_DIR, PROBE, private_location, probed_depth
from wizard.desk.probe import ProbeResult, by_email, probe_deny, probe_host
from wizard.i18n import Message, msg
from wizard.publish.hostkeys import KnownHosts
from wizard.publish.sftp import Secret, connect, remote_path
from wizard.store.shopfile import ShopFile

FETCH_TIMEOUT = 20.0
MAX_ANSWER = 4096


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A link on a server is never followed: a redirect is an answer like any other."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _fetch(url: str) -> tuple[int, bytes]:
    opener = urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(url, headers={"User-Agent": "echoppe-desk-probe", "Cache-Control": "no-cache"})
    try:
        with opener.open(request, timeout=FETCH_TIMEOUT) as response:
            return int(response.status), response.read(MAX_ANSWER)
    except urllib.error.HTTPError as exc:
        return int(exc.code), b""
    except (urllib.error.URLError, OSError, ValueError):
        return 0, b""


def check_desk(shop: ShopFile, secret: Secret | None, known_hosts: KnownHosts | None = None,
               accept_fingerprint: str | None = None) -> Message | None:
    """Probe the target when the desk is on; returns what to tell the merchant when it cannot run.

    Nothing happens for a shop without the desk or a folder target (which has no PHP: the build
    leaves the desk out)."""
    if not desk_keys.is_enabled(shop):
        return None
    target = shop.shop().target
    if not target.host:
        return by_email(msg("The order desk needs a web host that runs PHP: publishing to a folder, the shop "
                            "keeps the order by email."))
    base = target.public_url.strip()
    if not base.startswith(("https://", "http://")):
        shop.set_value(PROBE, ProbeResult(False).as_setting())
        return by_email(msg("The order desk needs the shop's public address (Publish page): customers order by "
                            "email until it is set."))
    base = base.rstrip("/") + "/"
    with connect(target, secret, known_hosts, accept_fingerprint) as conn:
        sftp = conn.sftp

        def put(name: str, data: bytes) -> None:
            with sftp.open(remote_path(target.path, name), "wb") as f:
                f.write(data)
            sftp.chmod(remote_path(target.path, name), 0o644)

        def remove(name: str) -> None:
            with contextlib.suppress(OSError):
                sftp.remove(remote_path(target.path, name))

        def make_dir(name: str) -> None:
            sftp.mkdir(remote_path(target.path, name), 0o755)

        def remove_dir(name: str) -> None:
            with contextlib.suppress(OSError):
                sftp.rmdir(remote_path(target.path, name))

        result = probe_host(put, lambda name: _fetch(base + name), remove)
        if result.ok:
            # A host ignoring .htaccess (nginx, AllowOverride None) would serve a private folder in the
            # web root: then the desk may only run when that folder can be outside it.
            try:
                denies = probe_deny(make_dir, put, lambda name: _fetch(base + name), remove, remove_dir)
            except OSError:  # no folder could be made there: nothing is known to be denied
                denies = False
            result = dataclasses.replace(result, denies=denies)
    token = str(shop.get_value(desk_keys.TOKEN) or "")
    location = private_location(target.path, token, result.depth)
    if result.ok and result.denies is False and location.in_web_root:
        result = dataclasses.replace(result, ok=False)
    shop.set_value(PROBE, result.as_setting())
    if result.depth is not None and shop.get_value(DEPTH) != result.depth:
        shop.set_value(DEPTH, result.depth)
    if result.ok:
        login = private_location(target.path, token, probed_depth(shop)).login
        if shop.get_value(PRIVATE_DIR) != login:
            shop.set_value(PRIVATE_DIR, login)
    return result.problem()
