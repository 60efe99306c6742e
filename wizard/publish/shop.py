"""Publish a shop file: build its site into its own build folder, send it, record the outcome."""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wizard.domain.validation import Problem
from wizard.i18n import Message
from wizard.paths import cache_dir
from wizard.publish.engine import is_folder_target, publish, target_label
from wizard.publish.errors import ConnectionLost, NoTarget, PublishCancelled, PublishError
from wizard.publish.events import Finished, PublishEvent
from wizard.publish.host_backup import HostCopy, after_publish
from wizard.publish.hostkeys import KnownHosts
from wizard.publish.options import PublishOptions
from wizard.publish.sftp import Secret
from wizard.site.build import BuildProgress, build_site
from wizard.store.backups import Reason, backup_before
from wizard.store.history import PublishOutcome
from wizard.store.shopfile import ShopFile


@dataclass(frozen=True)
class Built:
    """The site was (re)built before sending: how many files changed, and what to warn about."""

    written: int
    unchanged: int
    warnings: tuple[Message | Problem, ...]
    folder: str
    feed_left_out: tuple[str, ...] = ()  # products the shopping feeds leave out for want of a picture


_BUILD_ID = re.compile(r"[0-9a-f]{32}")


def build_dir_for(shop: ShopFile) -> Path:
    """The shop's own build folder, ``cache_dir()/builds/<id>`` (the id is kept in the shop file).

    The id is data read from a file anyone may have made: only 32 hex digits (a ``uuid4().hex``, what
    we store) are used; anything else is replaced by a new id, so no setting can name a folder.
    """
    build_id = shop.get_value("publish.build_id")
    if not isinstance(build_id, str) or not _BUILD_ID.fullmatch(build_id):
        build_id = uuid.uuid4().hex
        shop.set_value("publish.build_id", build_id)
    builds = cache_dir() / "builds"
    folder = builds / build_id
    if not folder.resolve().is_relative_to(builds.resolve()):  # pragma: no cover - a linked cache
        raise ValueError(f"build folder outside the cache: {folder}")
    return folder


def publish_shop(
    shop: ShopFile,
    secret: Secret | None,
    options: PublishOptions | None = None,
    *,
    cancel: threading.Event | None = None,
    known_hosts: KnownHosts | None = None,
    site_dir: Path | None = None,
    build_progress: Callable[[BuildProgress], None] | None = None,
    on_event: Callable[[PublishEvent | Built | HostCopy], None] | None = None,
) -> Iterator[PublishEvent | Built | HostCopy]:
    """Build (unless ``site_dir`` is given), publish and record the outcome in the shop file.

    Backs the shop up first (not for a dry run). Yields :class:`Built`, the engine's events, then after
    an SFTP publish one :class:`HostCopy`; ``on_event`` is also called with each one, and
    ``build_progress`` with the build's progress.
    """
    options = options or PublishOptions()
    target = shop.shop().target
    if not target.host and not target.local_folder:
        raise NoTarget()
    if not options.dry_run:
        backup_before(shop, Reason.PUBLISH)  # BackupFailed stops the publish: never silent
    if site_dir is None:
        from wizard.desk.plan import desk_plan
        from wizard.publish.deskcheck import check_desk

        site_dir = build_dir_for(shop)
        desk_problem = None if options.dry_run else check_desk(shop, secret, known_hosts, options.accept_fingerprint)
        # Our own cache folder: files a killed first build left there are ours, not the merchant's.
        report = build_site(shop, site_dir, base_url=target.public_url or None, progress=build_progress,
                            cancel=cancel, replace_foreign=True, desk=desk_plan(shop, target.public_url or None))
        warnings = (*report.warnings, desk_problem) if desk_problem else tuple(report.warnings)
        built = Built(len(report.written), report.unchanged, warnings, str(site_dir), report.feed_left_out)
        if on_event:
            on_event(built)
        yield built
        if cancel is not None and cancel.is_set():
            raise PublishCancelled(0, 0)
    started = datetime.now(UTC).isoformat(timespec="seconds")
    label = target_label(target)
    finished: Finished | None = None
    try:
        for event in publish(site_dir, target, secret, dry_run=options.dry_run, verify=options.verify,
                             force=options.force, accept_fingerprint=options.accept_fingerprint, cancel=cancel,
                             known_hosts=known_hosts):
            if isinstance(event, Finished):
                finished = event
            if on_event:
                on_event(event)
            yield event
    except PublishCancelled as exc:
        shop.record_publish(label, PublishOutcome.CANCELLED, started, exc.sent, 0, 0, exc.text("en"))
        raise
    except PublishError as exc:
        shop.record_publish(label, PublishOutcome.FAILED, started, exc.sent if isinstance(exc, ConnectionLost) else 0,
                            0, 0, exc.text("en"))
        raise
    if finished is not None and not options.dry_run:
        shop.record_publish(label, PublishOutcome.OK, started, finished.sent, finished.deleted, finished.bytes,
                            "folder" if is_folder_target(target) else "sftp")
        if not is_folder_target(target):
            copy = after_publish(shop, target, secret, known_hosts)
            if on_event:
                on_event(copy)
            yield copy
