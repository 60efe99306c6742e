"""Folders of site files for publishing tests and benchmarks (faster and more precise than a build)."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path


def page_text(i: int, version: int, size: int = 40_000) -> str:
    """A page body that differs per version and spans several SFTP write requests."""
    head = f"<!doctype html><title>Product {i} v{version}</title><h1>Product {i}, version {version}</h1>\n"
    filler = f"<p>Line for product {i} in version {version}.</p>\n"
    return head + filler * max(1, (size - len(head)) // len(filler))


def asset_bytes(i: int, size: int) -> bytes:
    """Deterministic binary content (like a JPEG) of ``size`` bytes."""
    seed = hashlib.sha256(f"asset-{i}".encode()).digest()
    return (seed * (size // len(seed) + 1))[:size]


def make_site(folder: Path, pages: int = 20, assets: int = 10, version: int = 1,
              page_size: int = 40_000, asset_size: int = 20_000) -> dict[str, bytes]:
    """Write ``pages`` product pages, ``assets`` images, a stylesheet and a home page; return them."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {}
    for i in range(assets):
        files[f"images/p{i}.jpg"] = asset_bytes(i, asset_size)
    files["assets/style.css"] = b"body{font-family:sans-serif}\n"
    for i in range(pages):
        files[f"products/p{i}/index.html"] = page_text(i, version, page_size).encode()
    files["index.html"] = f"<!doctype html><title>Home v{version}</title>".encode()
    for rel, data in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return files


def jpeg_bytes(seed: int, width: int = 160, height: int = 120) -> bytes:
    """A small real JPEG (noise, so it does not compress to nothing)."""
    import io

    from PIL import Image

    rng = random.Random(seed)
    img = Image.frombytes("RGB", (width, height), bytes(rng.getrandbits(8) for _ in range(width * height * 3)))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()
