"""Names on the server: where a path of the site is, and what an ``lstat`` says stands there."""

from __future__ import annotations

import stat

from paramiko.sftp_attr import SFTPAttributes

from wizard.publish.backend import EntryKind, RemoteEntry


def remote_path(root: str, rel: str = "") -> str:
    """``rel`` inside the target folder (``root`` may be relative to the login folder, or absolute)."""
    root = root.strip()
    if root in ("", ".", "./"):
        return rel or "."
    root = root.rstrip("/") or "/"
    if not rel:
        return root
    return f"{root}/{rel}" if root != "/" else f"/{rel}"


def entry_of(name: str, attrs: SFTPAttributes) -> RemoteEntry:
    """What ``attrs`` (from LSTAT or READDIR) says ``name`` is."""
    mode = attrs.st_mode or 0
    if stat.S_ISLNK(mode):
        kind = EntryKind.LINK
    elif stat.S_ISDIR(mode):
        kind = EntryKind.FOLDER
    elif stat.S_ISREG(mode):
        kind = EntryKind.FILE
    else:
        kind = EntryKind.OTHER
    return RemoteEntry(name, kind, int(attrs.st_size or 0), int(attrs.st_mtime or 0))


def root_chain(root: str) -> list[str]:
    """The folders to check for links on the way to the site's folder: every component of a path
    relative to the login folder (all inside the account), only the last one of an absolute path."""
    root = root.strip()
    if root in ("", ".", "./", "/"):
        return []
    if root.startswith("/"):
        return [root.rstrip("/")]
    parts = [p for p in root.rstrip("/").split("/") if p not in ("", ".")]
    return ["/".join(parts[:i + 1]) for i in range(len(parts))]
