"""Publishing a shop's site over SFTP (or into a folder) without ever leaving it half-updated.

Public API (used by the CLI and the Qt wizard; no Qt here)::

    presets.HOST_PRESETS, preset(name) -> HostPreset
    store_password(target, password) -> StorageInfo; get_password(target); password_storage()
    KnownHosts; test_connection(target, secret, known_hosts=None, accept_fingerprint=None)
    publish(site_dir, target, secret, *, dry_run, verify, force, accept_fingerprint, cancel, known_hosts)
    publish_shop(shop, secret, ...)
"""

from __future__ import annotations

from wizard.publish import presets
from wizard.publish.credentials import StorageInfo, get_password, password_storage, store_password
from wizard.publish.engine import is_folder_target, publish, target_label
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
from wizard.publish.hostkeys import KnownHosts
from wizard.publish.presets import HOST_PRESETS, HostIdentity, HostPreset, preset
from wizard.publish.sftp import ConnectionInfo, Secret, test_connection
from wizard.publish.shop import Built, build_dir_for, publish_shop

__all__ = [
    "HOST_PRESETS", "AuthenticationFailed", "Built", "Connected", "Connecting", "ConnectionInfo",
    "ConnectionLost", "ConnectionTimeout", "Deleted", "EmptySite", "FileSent", "Finished", "HostIdentity",
    "HostKeyChanged", "HostPreset", "HostUnreachable", "KeyFileUnreadable", "KnownHosts", "NoTarget",
    "NotOurFolder", "PassphraseRequired", "PermissionDenied", "Planned", "PortClosed", "Probed",
    "PublishCancelled", "PublishError", "PublishEvent", "QuotaExceeded", "Secret", "SecretRequired",
    "StorageInfo", "TransferFailed", "UnknownHostKey", "Verified", "WrongDocumentRoot", "build_dir_for",
    "get_password", "is_folder_target", "password_storage", "preset", "presets", "publish", "publish_shop",
    "store_password", "target_label", "test_connection",
]
