"""A full disk on the server: a clear error, no partial file, and the next publish completes."""

from __future__ import annotations

import os
import pwd
import subprocess
from pathlib import Path

import pytest

from tests.publish.conftest import summary
from tests.support.sites import make_site
from tests.support.sshd import PASSWORD
from wizard.publish import QuotaExceeded, publish
from wizard.publish.manifest import PART_SUFFIX


def _mount_small_disk(folder: Path, size: str) -> None:
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({result.stderr.strip()}); needs CAP_SYS_ADMIN")
    user = pwd.getpwnam("echoppe-pw")
    os.chown(folder, user.pw_uid, user.pw_gid)


def test_full_disk_gives_a_clear_error_and_the_next_publish_completes(
        tmp_path: Path, sshd_server, known_hosts) -> None:
    site = tmp_path / "site"
    files = make_site(site, pages=10, assets=40, asset_size=60_000)  # about 2.8 MB
    folder = sshd_server.user_folder()
    _mount_small_disk(folder, "1m")
    try:
        target = sshd_server.password_target(folder)
        with pytest.raises(QuotaExceeded) as caught:
            list(publish(site, target, PASSWORD, known_hosts=known_hosts))
        assert "space" in caught.value.text("en")
        on_server = [p for p in folder.rglob("*") if p.is_file()]
        for path in on_server:  # whatever arrived is whole; no temporary file is left behind
            rel = path.relative_to(folder).as_posix()
            assert not path.name.endswith(PART_SUFFIX), rel
            assert rel.startswith(".echoppe-") or path.read_bytes() == files[rel], rel
        assert not (folder / "index.html").exists()  # the home page goes last

        subprocess.run(["mount", "-o", "remount,size=16m", str(folder)], check=True)
        planned, _sent, finished = summary(list(publish(site, target, PASSWORD, known_hosts=known_hosts)))
        assert finished.sent == planned.to_send <= len(files)
        for rel, data in files.items():
            assert (folder / rel).read_bytes() == data
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)
