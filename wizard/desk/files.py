"""The desk's files in the built site: ``desk/*.php`` (from ``php/``), ``desk/config.json``,
``desk/catalogue.json``, ``desk/.htaccess``, ``desk/.user.ini`` and, when the private folder must sit in the web root, its
``.htaccess`` denying everything. Also where that private folder is (``docs/order-format.md``)."""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wizard.desk import keys as desk_keys
from wizard.desk.catalogue import LIMITS, desk_strings, money_format
from wizard.store.shopfile import ShopFile

PHP_DIR = Path(__file__).with_name("php")
PHP_FILES = ("lib.php", "order.php", "withdraw.php")
DESK_DIR = "desk"
ORDER_URL = "desk/order.php"
WITHDRAW_URL = "desk/withdraw.php"
OUTSIDE_NAME = "echoppe-private"
PRIVATE_DIR = "desk.private_dir"
PROBE = "desk.probe"
DEPTH = "desk.probe_depth"  # the site's depth below the document root, as the last probe measured it
PAY_SETTINGS = ("desk.iban", "desk.bic", "desk.pickup")
DENY_ALL = "Require all denied\nOptions -Indexes\n"
DESK_HTACCESS = """\
Options -Indexes
<FilesMatch "^(lib\\.php|.*\\.json|\\..*)$">
    Require all denied
</FilesMatch>
# PHP's startup warnings (before any script runs) stay off the page on a host that shows errors.
<IfModule php_module>
    php_flag display_errors off
    php_flag display_startup_errors off
</IfModule>
<IfModule php7_module>
    php_flag display_errors off
    php_flag display_startup_errors off
</IfModule>
"""
# PHP run as CGI/FastCGI (php-fpm, many shared hosts) ignores php_flag but reads a per-directory
# .user.ini: the same startup warnings stay off the page there. (expose_php is a php.ini-only setting;
# lib.php removes X-Powered-By itself.)
DESK_USER_INI = """\
; Échoppe order desk: PHP's errors never reach a visitor's page (PHP as CGI/FastCGI or php-fpm).
display_errors = Off
display_startup_errors = Off
html_errors = Off
log_errors = On
"""
USER_INI = f"{DESK_DIR}/.user.ini"


@dataclass(frozen=True)
class PrivateLocation:
    """The private folder, seen from the SFTP login (``login``) and from the desk's PHP (``from_desk``)."""

    login: str
    from_desk: str
    in_web_root: str = ""  # the folder's path in the site when it lives there ("" when outside)


def private_location(target_path: str, token: str, depth: int | None = 0) -> PrivateLocation:
    """Outside the web root when the login reaches above the document root: ``echoppe-private`` in the
    folder just above it (OVH ``www/``, cPanel ``public_html/``). ``depth`` is how many folders the site
    sits below the document root, as the publish-time probe saw it (0: the site is the document root;
    ``None``: not measured, taken as 0; -1: not below it, so nothing is known to be outside). When the
    login cannot reach above the document root: a folder with an unguessable name in the web root."""
    path = target_path.strip()
    norm = posixpath.normpath(path) if path else "."
    segments = [] if norm == "." else norm.split("/")
    up = (0 if depth is None else depth) + 1  # from the site's folder to the one above the document root
    relative = not path.startswith("/") and norm != ".." and not norm.startswith("../")
    if relative and depth != -1 and len(segments) >= up:
        above = "/".join(segments[: len(segments) - up])
        return PrivateLocation(posixpath.join(above, OUTSIDE_NAME) if above else OUTSIDE_NAME,
                               "../" * (up + 1) + OUTSIDE_NAME)
    name = f".echoppe-private-{token}"
    login = name if norm == "." else posixpath.join(norm, name)
    return PrivateLocation(login, f"../{name}", name)


def probed_depth(shop: ShopFile) -> int | None:
    """The depth the last probe measured (``None`` when it did not say)."""
    depth = shop.get_value(DEPTH)
    return depth if isinstance(depth, int) and not isinstance(depth, bool) and -1 <= depth < 1000 else None


@dataclass(frozen=True)
class DeskSite:
    """What the build needs to make the desk; ``None`` from :func:`desk_site` when it is off."""

    public_key: str
    location: PrivateLocation
    iban: str = ""
    bic: str = ""
    pickup: bool = False
    limits: dict[str, int] = field(default_factory=lambda: dict(LIMITS))


def desk_site(shop: ShopFile) -> DeskSite | None:
    """The desk's settings when it is enabled, the target is a server, and no probe said "no PHP"."""
    if not desk_keys.is_enabled(shop):
        return None
    settings = shop.shop()
    if not settings.target.host:
        return None  # a folder target has no PHP: the site keeps the order by email
    probe = shop.get_value(PROBE)
    if isinstance(probe, dict) and probe.get("ok") is False:
        return None
    keys = desk_keys.load_keys(shop)
    if keys is None:
        return None
    token = str(shop.get_value(desk_keys.TOKEN) or "0" * 16)
    iban, bic, pickup = (shop.get_value(k) for k in PAY_SETTINGS)
    location = private_location(settings.target.path, token, probed_depth(shop))
    return DeskSite(desk_keys.public_key_b64(keys), location,
                    str(iban or ""), str(bic or ""), pickup is True)


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def desk_files(desk: DeskSite, *, catalogue: dict[str, Any], lang: str, currency: str, shop_name: str,
               order_email: str, paypal_me: str, has_payment_links: bool, base_url: str, terms_page: str,
               withdraw_page: str, cart_page: str, countries: list[tuple[str, str, str]], gettext: Any) -> dict[str, bytes]:
    """Every file of the desk, by its path in the site."""
    payments = [name for name, on in (("paypalme", bool(paypal_me)), ("transfer", bool(desk.iban)),
                                      ("link", has_payment_links), ("pickup", desk.pickup)) if on] or ["email"]
    fmt = money_format(lang, currency)
    config = {
        "lang": lang, "currency": currency, "shop": shop_name.replace("\r", " ").replace("\n", " "),
        "timezone": "Europe/Paris" if lang == "fr" else "Europe/London",
        "decimal": fmt.decimal, "group": fmt.group, "symbol": fmt.symbol, "symbol_first": fmt.symbol_first,
        "public_key": desk.public_key, "private_dir": desk.location.from_desk,
        "site_url": base_url, "terms_page": terms_page, "withdraw_page": withdraw_page,
        "cart_page": cart_page,
        "from": order_email if _plain_address(order_email) else "", "merchant": order_email if _plain_address(order_email) else "",
        "paypal_me": paypal_me, "iban": desk.iban, "bic": desk.bic, "payments": payments,
        "countries": [[code, name] for code, name, _zone in countries],
        "limits": desk.limits, "datetime_format": "d/m/Y H:i:s T" if lang == "fr" else "j M Y, H:i:s T",
        "colon": "\u00a0: " if lang == "fr" else ": ",
        "strings": desk_strings(gettext),
    }
    files = {f"{DESK_DIR}/{name}": (PHP_DIR / name).read_bytes() for name in PHP_FILES}
    files[f"{DESK_DIR}/config.json"] = _json(config)
    files[f"{DESK_DIR}/catalogue.json"] = _json(catalogue)
    files[f"{DESK_DIR}/.htaccess"] = DESK_HTACCESS.encode()
    files[USER_INI] = DESK_USER_INI.encode()
    if desk.location.in_web_root:
        files[f"{desk.location.in_web_root}/.htaccess"] = DENY_ALL.encode()
    return files


def _plain_address(text: str) -> bool:
    """An address safe in a mail header: one ``local@domain``, no spaces, no separators."""
    import re

    return bool(re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", text))
