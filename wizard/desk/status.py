"""The desk's state for a shop, as the CLI and the Selling page show it."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from wizard.desk import keys as desk_keys
from wizard.desk.files import PRIVATE_DIR, PROBE
from wizard.store.shopfile import ShopFile


@dataclass(frozen=True)
class DeskStatus:
    enabled: bool
    public_key: str  # base64, "" when no key pair was made
    server_target: bool  # publishing goes to a server (PHP possible), not to a folder
    public_url: str
    probe_ok: bool | None  # None: not probed yet
    php: str
    private_dir: str

    @property
    def active(self) -> bool:
        """The next publish puts the desk online (unless the probe then says no)."""
        return self.enabled and self.server_target and bool(self.public_url) and self.probe_ok is not False

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "active": self.active}


def desk_status(shop: ShopFile) -> DeskStatus:
    keys = desk_keys.load_keys(shop)
    probe = shop.get_value(PROBE)
    target = shop.shop().target
    return DeskStatus(
        enabled=desk_keys.is_enabled(shop),
        public_key=desk_keys.public_key_b64(keys) if keys else "",
        server_target=bool(target.host),
        public_url=(target.public_url or shop.shop().identity.public_url).strip(),
        probe_ok=probe.get("ok") if isinstance(probe, dict) and isinstance(probe.get("ok"), bool) else None,
        php=str(probe.get("php", "")) if isinstance(probe, dict) else "",
        private_dir=str(shop.get_value(PRIVATE_DIR) or ""),
    )
