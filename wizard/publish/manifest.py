"""What is on the server and what must change: the manifest, its journal and the sync plan.

On the server, next to the site:

* ``.echoppe-manifest.json``: ``{"format": 1, "generator": "echoppe", "files": {path: [sha256, size]}}``,
  rewritten atomically (temporary name, then posix-rename) at the end of a publish;
* ``.echoppe-journal``: one JSON line per file confirmed in place (``{"put": path, "sha256": …,
  "size": …}``) or deleted (``{"del": path}``), appended while publishing and folded into the manifest
  at the end. A publish killed at any point leaves a journal the next publish folds in, so what
  arrived is not sent again and what did not arrive is.

The plan never comes from listing the server's folders: only from the manifest and the journal.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

MANIFEST_NAME = ".echoppe-manifest.json"
JOURNAL_NAME = ".echoppe-journal"
PART_SUFFIX = ".echoppe-part"
STAGE_NAME = ".echoppe-stage"  # a big first publish is uploaded here, then moved into place
FORMAT = 1
RESERVED = (MANIFEST_NAME, JOURNAL_NAME)
# The manifest and the journal of a very big shop (20,000 files) take about 2 MB: anything far larger
# was not written by Échoppe, and reading it would cost minutes and gigabytes (a 209 MB one: 250 s).
MAX_RECORD_BYTES = 32_000_000


@dataclass(frozen=True)
class FileState:
    sha256: str
    size: int


@dataclass(frozen=True)
class LocalFile:
    path: str  # posix, relative to the site folder
    source: Path
    sha256: str
    size: int


def is_ours(name: str) -> bool:
    """Names Échoppe's own bookkeeping uses on the server."""
    return name in RESERVED or name.endswith(PART_SUFFIX) or name.startswith(".echoppe-")


def part_name(path: str) -> str:
    """The temporary name a file is written to before being renamed over ``path`` (same folder)."""
    p = PurePosixPath(path)
    return str(p.with_name(f".{p.name}{PART_SUFFIX}"))


def hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


RACY_SECONDS = 2.0  # a file changed this recently is always re-hashed (its mtime may not move again)


def scan_site(site_dir: Path, cache_file: Path | None = None) -> dict[str, LocalFile]:
    """Every regular file under ``site_dir`` with its SHA-256 (our reserved names are skipped).

    With ``cache_file``, hashes of files whose size and mtime (ns) did not change since the last scan
    are reused, so a no-op publish of a large shop does not re-read every picture.
    """
    site_dir = Path(site_dir)
    cache: dict[str, list[Any]] = {}
    if cache_file is not None:
        try:
            cache = json.loads(cache_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            cache = {}
    fresh: dict[str, list[Any]] = {}
    now = time.time()
    files: dict[str, LocalFile] = {}
    for root, dirs, names in os.walk(site_dir):
        dirs.sort()
        for name in sorted(names):
            source = Path(root) / name
            if is_ours(name):
                continue
            try:
                st = source.stat()
            except OSError:
                continue
            if not stat.S_ISREG(st.st_mode):
                continue
            rel = source.relative_to(site_dir).as_posix()
            known = cache.get(rel)
            if known and known[0] == st.st_size and known[1] == st.st_mtime_ns:
                sha, size = known[2], st.st_size
            else:
                sha, size = hash_file(source)
            if now - st.st_mtime > RACY_SECONDS and size == st.st_size:
                fresh[rel] = [size, st.st_mtime_ns, sha]
            files[rel] = LocalFile(rel, source, sha, size)
    if cache_file is not None and fresh != cache:
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(fresh, separators=(",", ":")), encoding="utf-8")
            os.replace(tmp, cache_file)
        except OSError:
            pass  # only a speed-up
    return files


def hash_cache_for(site_dir: Path) -> Path:
    """Where the hash cache of a site folder lives (in Échoppe's cache, never in the site)."""
    from wizard.paths import cache_dir

    key = hashlib.sha256(str(Path(site_dir).resolve()).encode()).hexdigest()[:24]
    return cache_dir() / "publish-hashes" / f"{key}.json"


HOME_GROUP = 2  # send_order's group of the home page: always the last in place


def send_order(path: str) -> tuple[int, str]:
    """Assets first, then pages, the home page last (a page never arrives before what it uses)."""
    if path == "index.html":
        return (HOME_GROUP, path)
    if path.endswith((".html", ".htm")):
        return (1, path)
    return (0, path)


def safe_path(path: str) -> bool:
    """A relative path inside the site folder (a manifest is never trusted to point elsewhere)."""
    parts = path.split("/")
    return bool(path) and not path.startswith("/") and "\\" not in path and all(
        p not in ("", ".", "..") for p in parts)


_OUR_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,199}")
# What a site build, the probe and the order desk write (a tampered manifest cannot make a publish
# delete, say, a CMS's configuration under a name no build could have produced).
OUR_EXTENSIONS = frozenset({
    "html", "htm", "css", "js", "mjs", "json", "xml", "txt", "webmanifest", "ico", "png", "jpg", "jpeg",
    "webp", "avif", "gif", "svg", "woff", "woff2", "ttf", "otf", "pdf", "csv", "map", "php",
})


# The order desk's PHP settings for hosts running PHP as CGI/FastCGI (wizard/desk/files.py): the one
# ``.ini`` a publish writes; an ``.ini`` anywhere else is never ours.
OUR_INI = "desk/.user.ini"


def could_be_ours(path: str) -> bool:
    """A name a publish could have made: a safe relative path of plain ASCII names with an extension
    Échoppe writes (or an ``.htaccess``, or the desk's ``.user.ini``)."""
    if path == OUR_INI:
        return True
    if not safe_path(path):
        return False
    parts = path.split("/")
    if not all(part == ".htaccess" or _OUR_NAME.fullmatch(part) for part in parts):
        return False
    name = parts[-1]
    return name == ".htaccess" or ("." in name and name.rsplit(".", 1)[1].lower() in OUR_EXTENSIONS)


def parse_manifest(data: bytes | None) -> dict[str, FileState] | None:
    """The manifest's files, ``None`` if there is none, ``{}`` if it is unreadable."""
    if data is None:
        return None
    try:
        doc = json.loads(data.decode("utf-8"))
        files = doc["files"]
        return {str(p): FileState(str(v[0]), int(v[1])) for p, v in files.items() if safe_path(str(p))}
    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
        return {}


def dump_manifest(files: Mapping[str, FileState]) -> bytes:
    doc = {
        "format": FORMAT,
        "generator": "echoppe",
        "files": {p: [s.sha256, s.size] for p, s in sorted(files.items())},
    }
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def journal_put(path: str, state: FileState) -> bytes:
    line = {"put": path, "sha256": state.sha256, "size": state.size}
    return json.dumps(line, separators=(",", ":"), ensure_ascii=False).encode("utf-8") + b"\n"


def journal_del(path: str) -> bytes:
    return json.dumps({"del": path}, separators=(",", ":"), ensure_ascii=False).encode("utf-8") + b"\n"


def fold_journal(files: dict[str, FileState], journal: bytes | None) -> int:
    """Apply complete journal lines to ``files`` (in place); a torn last line is ignored."""
    if not journal:
        return 0
    applied = 0
    for raw in journal.split(b"\n"):
        try:
            line = json.loads(raw)
        except ValueError:
            continue
        if not isinstance(line, dict):
            continue
        path = str(line.get("put", line.get("del", "")))
        if not safe_path(path):
            continue
        if "put" in line and "sha256" in line and "size" in line:
            files[path] = FileState(str(line["sha256"]), int(line["size"]))
            applied += 1
        elif "del" in line:
            files.pop(path, None)
            applied += 1
    return applied


def parent_dirs(paths: Iterable[str]) -> set[str]:
    """Every folder above the given files (posix, relative; the root "" excluded)."""
    dirs: set[str] = set()
    for path in paths:
        parent = PurePosixPath(path).parent
        while str(parent) not in (".", ""):
            dirs.add(str(parent))
            parent = parent.parent
    return dirs


@dataclass(frozen=True)
class Plan:
    send: tuple[LocalFile, ...]  # in send order
    delete: tuple[str, ...]
    new_dirs: tuple[str, ...]  # parents first
    bytes_total: int


def make_plan(local: Mapping[str, LocalFile], remote: Mapping[str, FileState]) -> Plan:
    send = sorted(
        (f for p, f in local.items() if remote.get(p) != FileState(f.sha256, f.size)),
        key=lambda f: send_order(f.path),
    )
    delete = sorted((p for p in remote if p not in local), key=send_order, reverse=True)
    known = parent_dirs(remote)
    new_dirs = sorted(parent_dirs(f.path for f in send) - known, key=lambda d: (d.count("/"), d))
    return Plan(tuple(send), tuple(delete), tuple(new_dirs), sum(f.size for f in send))
