"""Publishing a shop's site over SFTP (or into a folder) without ever leaving it half-updated.

Public API (used by the CLI and the Qt wizard; no Qt here)::

    presets.HOST_PRESETS, preset(name) -> HostPreset
    store_password(target, password) -> StorageInfo; get_password(target); password_storage()
    KnownHosts; test_connection(target, secret, known_hosts=None, accept_fingerprint=None)
    publish(site_dir, target, secret, *, dry_run, verify, force, accept_fingerprint, cancel, known_hosts)
    publish_shop(shop, secret, ...)

Names are imported on first use (PEP 562), so ``import wizard.publish.errors`` or ``.events`` costs only
those modules: paramiko and keyring load with what needs them. Type checkers read the imports below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wizard.lazy import lazy_names

if TYPE_CHECKING:
    from wizard.publish import presets
    from wizard.publish.credentials import (
        StorageInfo,
        get_password,
        password_storage,
        store_password,
    )
    from wizard.publish.engine import (
        is_folder_target,
        publish,
        target_label,
    )
    from wizard.publish.errors import (
        AuthenticationFailed,
        ConnectionLost,
        ConnectionTimeout,
        EmptySite,
        HostKeyChanged,
        HostUnreachable,
        KeyFileUnreadable,
        NoTarget,
        NotOurFolder,
        PassphraseRequired,
        PermissionDenied,
        PortClosed,
        PublishCancelled,
        PublishError,
        QuotaExceeded,
        SecretRequired,
        TransferFailed,
        UnknownHostKey,
        WrongDocumentRoot,
    )
    from wizard.publish.events import (
        Connected,
        Connecting,
        Deleted,
        FileSent,
        Finished,
        Planned,
        Probed,
        PublishEvent,
        Verified,
    )
    from wizard.publish.hostkeys import (
        KnownHosts,
    )
    from wizard.publish.options import PublishOptions
    from wizard.publish.presets import (
        HOST_PRESETS,
        HostIdentity,
        HostPreset,
        preset,
    )
    from wizard.publish.retry import RetryQuestion, question_for
    from wizard.publish.sftp import (
        ConnectionInfo,
        Secret,
        test_connection,
    )
    from wizard.publish.shop import (
        Built,
        build_dir_for,
        publish_shop,
    )

#: Public name -> the module that defines it.
_WHERE: dict[str, str] = {
    "PublishOptions": "wizard.publish.options",
    "RetryQuestion": "wizard.publish.retry",
    "question_for": "wizard.publish.retry",
    "presets": "wizard.publish.presets",
    "StorageInfo": "wizard.publish.credentials",
    "get_password": "wizard.publish.credentials",
    "password_storage": "wizard.publish.credentials",
    "store_password": "wizard.publish.credentials",
    "is_folder_target": "wizard.publish.engine",
    "publish": "wizard.publish.engine",
    "target_label": "wizard.publish.engine",
    "AuthenticationFailed": "wizard.publish.errors",
    "ConnectionLost": "wizard.publish.errors",
    "ConnectionTimeout": "wizard.publish.errors",
    "EmptySite": "wizard.publish.errors",
    "HostKeyChanged": "wizard.publish.errors",
    "HostUnreachable": "wizard.publish.errors",
    "KeyFileUnreadable": "wizard.publish.errors",
    "NoTarget": "wizard.publish.errors",
    "NotOurFolder": "wizard.publish.errors",
    "PassphraseRequired": "wizard.publish.errors",
    "PermissionDenied": "wizard.publish.errors",
    "PortClosed": "wizard.publish.errors",
    "PublishCancelled": "wizard.publish.errors",
    "PublishError": "wizard.publish.errors",
    "QuotaExceeded": "wizard.publish.errors",
    "SecretRequired": "wizard.publish.errors",
    "TransferFailed": "wizard.publish.errors",
    "UnknownHostKey": "wizard.publish.errors",
    "WrongDocumentRoot": "wizard.publish.errors",
    "Connected": "wizard.publish.events",
    "Connecting": "wizard.publish.events",
    "Deleted": "wizard.publish.events",
    "FileSent": "wizard.publish.events",
    "Finished": "wizard.publish.events",
    "Planned": "wizard.publish.events",
    "Probed": "wizard.publish.events",
    "PublishEvent": "wizard.publish.events",
    "Verified": "wizard.publish.events",
    "KnownHosts": "wizard.publish.hostkeys",
    "HOST_PRESETS": "wizard.publish.presets",
    "HostIdentity": "wizard.publish.presets",
    "HostPreset": "wizard.publish.presets",
    "preset": "wizard.publish.presets",
    "ConnectionInfo": "wizard.publish.sftp",
    "Secret": "wizard.publish.sftp",
    "test_connection": "wizard.publish.sftp",
    "Built": "wizard.publish.shop",
    "build_dir_for": "wizard.publish.shop",
    "publish_shop": "wizard.publish.shop",
}

__all__ = [
    "HOST_PRESETS",
    "AuthenticationFailed",
    "Built",
    "Connected",
    "Connecting",
    "ConnectionInfo",
    "ConnectionLost",
    "ConnectionTimeout",
    "Deleted",
    "EmptySite",
    "FileSent",
    "Finished",
    "HostIdentity",
    "HostKeyChanged",
    "HostPreset",
    "HostUnreachable",
    "KeyFileUnreadable",
    "KnownHosts",
    "NoTarget",
    "NotOurFolder",
    "PassphraseRequired",
    "PermissionDenied",
    "Planned",
    "PortClosed",
    "Probed",
    "PublishCancelled",
    "PublishError",
    "PublishEvent",
    "PublishOptions",
    "QuotaExceeded",
    "RetryQuestion",
    "Secret",
    "SecretRequired",
    "StorageInfo",
    "TransferFailed",
    "UnknownHostKey",
    "Verified",
    "WrongDocumentRoot",
    "build_dir_for",
    "get_password",
    "is_folder_target",
    "password_storage",
    "preset",
    "presets",
    "publish",
    "publish_shop",
    "question_for",
    "store_password",
    "target_label",
    "test_connection",
]
assert set(__all__) == set(_WHERE)


__getattr__, __dir__ = lazy_names(__name__, _WHERE)
