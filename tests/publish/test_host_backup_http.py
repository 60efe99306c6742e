"""The encrypted copy on the host is never served over HTTP (a real Apache replica of a cheap host)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("tests.support.apache", reason="the Apache replica comes with the order desk's tests")

from tests.support.apache import apache_site  # noqa: F401 - the fixture, also in conftest once merged
from tests.support.backups import rich_shop
from tests.support.sshd import PASSWORD
from wizard.publish import host_backup as hb
from wizard.store import backups
from wizard.store.sealing import FAST_PARAMS


def test_the_copy_on_the_host_answers_403_or_404(apache_site, sshd_server, known_hosts, tmp_path: Path) -> None:  # noqa: F811
    target = sshd_server.jail_target(apache_site.sftp_path)
    with rich_shop(tmp_path / "shop.echoppe") as shop:
        shop.save_settings(target)
        remote = hb.send_copy(shop, target, PASSWORD, "une phrase assez longue", known_hosts=known_hosts,
                              params=FAST_PARAMS, root=tmp_path / "b")
        folder = hb.inside_folder_name(backups.shop_id(shop))
    # the login folder of this jail is root's (as a chroot must be): the copy went into the site folder,
    # in a folder denied by .htaccess
    copy = apache_site.docroot / folder / Path(remote).name
    assert copy.is_file()
    assert apache_site.server.get("")[0] == 200  # the server does serve the site folder
    for path in (f"{folder}/{copy.name}", f"{folder}/", folder, f"{folder}/.htaccess"):
        status, _headers, body = apache_site.server.get(path)
        assert status in (403, 404), (path, status)
        assert copy.read_bytes()[:64] not in body
