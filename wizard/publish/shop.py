"""Publish a shop file: build its site into its own build folder, send it, record the outcome."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wizard.i18n import Message
from wizard.paths import cache_dir
from wizard.publish.engine import is_folder_target, publish, target_label
from wizard.publish.errors import NoTarget, PublishCancelled, PublishError
from wizard.publish.events import Finished, PublishEvent
from wizard.publish.hostkeys import KnownHosts
from wizard.publish.sftp import Secret
from wizard.store.shopfile import ShopFile


@dataclass(frozen=True)
class Built:
    """The site was (re)built before sending: how many files changed, and what to warn about."""

    written: int
    unchanged: int
    warnings: tuple[Message | object, ...]
    folder: str


def build_dir_for(shop: ShopFile) -> Path:
    """The shop's own build folder, ``cache_dir()/builds/<id>`` (the id is kept in the shop file)."""
    build_id = shop.get_value("publish.build_id")
    if not build_id:
        build_id = uuid.uuid4().hex
        shop.set_value("publish.build_id", build_id)
    return cache_dir() / "builds" / str(build_id)


def publish_shop(
    shop: ShopFile,
    secret: Secret | None,
    *,
    dry_run: bool = False,
    verify: bool = False,
    force: bool = False,
    accept_fingerprint: str | None = None,
    cancel: threading.Event | None = None,
    known_hosts: KnownHosts | None = None,
    site_dir: Path | None = None,
    on_event: Callable[[PublishEvent | Built], None] | None = None,
) -> Iterator[PublishEvent | Built]:
    """Build (unless ``site_dir`` is given), publish and record the outcome in the shop file.

    Yields :class:`Built` then the engine's events; ``on_event`` is also called with each one.
    """
    target = shop.shop().target
    if not target.host and not target.local_folder:
        raise NoTarget()
    if site_dir is None:
        from wizard.desk.plan import desk_plan
        from wizard.publish.deskcheck import check_desk
        from wizard.site import build_site

        site_dir = build_dir_for(shop)
        desk_problem = None if dry_run else check_desk(shop, secret, known_hosts, accept_fingerprint)
        report = build_site(shop, site_dir, base_url=target.public_url or None, cancel=cancel,
                            desk=desk_plan(shop, target.public_url or None))
        warnings = (*report.warnings, desk_problem) if desk_problem else tuple(report.warnings)
        built = Built(len(report.written), report.unchanged, warnings, str(site_dir))
        if on_event:
            on_event(built)
        yield built
    started = datetime.now(UTC).isoformat(timespec="seconds")
    label = target_label(target)
    finished: Finished | None = None
    try:
        for event in publish(site_dir, target, secret, dry_run=dry_run, verify=verify, force=force,
                             accept_fingerprint=accept_fingerprint, cancel=cancel, known_hosts=known_hosts):
            if isinstance(event, Finished):
                finished = event
            if on_event:
                on_event(event)
            yield event
    except PublishCancelled as exc:
        shop.record_publish(label, "cancelled", started, exc.sent, 0, 0, exc.text("en"))
        raise
    except PublishError as exc:
        shop.record_publish(label, "failed", started, getattr(exc, "sent", 0), 0, 0, exc.text("en"))
        raise
    if finished is not None and not dry_run:
        shop.record_publish(label, "ok", started, finished.sent, finished.deleted, finished.bytes,
                            "folder" if is_folder_target(target) else "sftp")
