"""A shop with the desk, published over the real chrooted SFTP to a real Apache + mod_php."""

from __future__ import annotations

import datetime as dt
import json
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tests.desk.deskshop import make_desk_shop
from tests.support.apache import ApacheSite
from tests.support.sshd import PASSWORD, SshdServer
from wizard.desk import keys
from wizard.publish import KnownHosts
from wizard.publish.shop import Built, publish_shop
from wizard.store.shopfile import ShopFile


@dataclass
class DeskHost:
    shop: ShopFile
    site: ApacheSite
    built: Built

    @property
    def private(self) -> Path:
        return self.site.home / "echoppe-private"

    def orders(self) -> list[Path]:
        return sorted((self.private / "orders").glob("*.sealed")) if (self.private / "orders").is_dir() else []

    def withdrawals(self) -> list[Path]:
        folder = self.private / "withdrawals"
        return sorted(folder.glob("*.sealed")) if folder.is_dir() else []

    def open(self, path: Path) -> dict[str, Any]:
        loaded = keys.load_keys(self.shop)
        assert loaded is not None
        return json.loads(keys.open_sealed(loaded, path.read_bytes()))

    def post(self, script: str, fields: list[tuple[str, str]] | dict[str, str], *,
             raw: bytes | None = None) -> tuple[int, str]:
        body = raw if raw is not None else urllib.parse.urlencode(fields).encode()
        status, _headers, data = self.site.server.get(
            f"desk/{script}", method="POST", body=body,
            headers={"Content-Type": "application/x-www-form-urlencoded"})
        return status, data.decode("utf-8", "replace")

    def set_limits(self, **limits: int) -> None:
        path = self.site.docroot / "desk" / "config.json"
        config = json.loads(path.read_text())
        config["limits"].update(limits)
        path.write_text(json.dumps(config))


def publish_desk_shop(tmp: Path, sshd: SshdServer, site: ApacheSite, known_hosts: KnownHosts,
                      target_path: str | None = None) -> DeskHost:
    shop = make_desk_shop(tmp / "shop.echoppe", target_path=target_path or site.sftp_path,
                          public_url=site.url, port=sshd.port)
    events = list(publish_shop(shop, PASSWORD, known_hosts=known_hosts))
    built = next(e for e in events if isinstance(e, Built))
    return DeskHost(shop, site, built)


def order_fields(**over: str) -> list[tuple[str, str]]:
    """Two pots of 250 g and a candle, 12.5 % off, Colissimo, PayPal: total 24.31 (see the tests)."""
    fields = {
        "item[0][slug]": "miel-de-lavande", "item[0][variant]": "MIEL-250", "item[0][qty]": "2",
        "item[1][slug]": "bougie", "item[1][variant]": "", "item[1][qty]": "1",
        "name": "Margaux Lefèvre", "email": "margaux@example.fr", "phone": "06 12 34 56 78",
        "line1": "3 rue des Lilas", "line2": "", "postcode": "69001", "city": "Lyon", "country": "FR",
        "coupon": "MARCHE10", "rate": "0", "payment": "paypalme", "message": "Après 18 h, s'il vous plaît",
        "shown_total": "24.31", "step": "confirm", "website": "",
    }
    fields.update(over)
    return [(k, v) for k, v in fields.items() if v is not None]


def this_year() -> str:
    return str(dt.datetime.now(ZoneInfo("Europe/Paris")).year)
