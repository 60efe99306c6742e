"""The host's identity for the legal notice, filled from the host preset (any target)."""

from __future__ import annotations

from dataclasses import replace

from wizard.domain.model import LegalIdentity, PublishTarget
from wizard.publish.presets import HostIdentity, preset


def preset_host(preset_id: str) -> HostIdentity | None:
    """The host identity a preset knows, or None (custom host, generic cPanel, unknown id)."""
    try:
        return preset(preset_id).host_identity
    except KeyError:
        return None


def with_host_from_preset(legal: LegalIdentity, target: PublishTarget, *, force: bool = False) -> LegalIdentity:
    """``legal`` with the host's name, address and phone of the target's preset, where still empty
    (all three when ``force``). Unchanged when the preset knows no identity."""
    host = preset_host(target.preset)
    if host is None:
        return legal
    return replace(
        legal,
        host_name=legal.host_name if legal.host_name.strip() and not force else host.name,
        host_address=legal.host_address if legal.host_address.strip() and not force else host.address,
        host_phone=legal.host_phone if legal.host_phone.strip() and not force else host.phone,
    )
