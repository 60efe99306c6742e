"""The encrypted copy on the host: sealed, placed where the web cannot serve it, restored table by table."""

from __future__ import annotations

import io
from pathlib import Path

import nacl.pwhash
import pytest

from tests.support.backups import rich_shop, same_tables
from tests.support.sshd import PASSWORD
from wizard.cli import main
from wizard.domain.model import PublishTarget
from wizard.publish import KnownHosts, publish_shop
from wizard.publish import host_backup as hb
from wizard.publish.host_backup import HostCopy
from wizard.store import backups
from wizard.store.sealing import FAST_PARAMS, SealedCopyDamaged, WrongPassphrase, seal, unseal
from wizard.store.shopfile import ShopFile

PHRASE = "la boutique de Lou, 2026 !"


# --------------------------------------------------------------------------- sealing

def test_seal_round_trip_and_refusals() -> None:
    data = b"SQLite format 3\x00" + bytes(range(256)) * 50
    sealed = seal(data, PHRASE, FAST_PARAMS)
    assert data[16:2000] not in sealed
    assert unseal(sealed, PHRASE) == data
    with pytest.raises(WrongPassphrase) as caught:
        unseal(sealed, "not it")
    assert "\n" not in caught.value.text("en") and "passphrase" in caught.value.text("en")
    body = bytearray(sealed)
    body[-40] ^= 1
    with pytest.raises(SealedCopyDamaged):
        unseal(bytes(body), PHRASE)
    with pytest.raises(SealedCopyDamaged):
        unseal(sealed[:-1], PHRASE)
    header = bytearray(sealed)
    header[24:32] = (nacl.pwhash.argon2id.MEMLIMIT_SENSITIVE * 8).to_bytes(8, "big")  # a 8 GiB request
    with pytest.raises(SealedCopyDamaged):
        unseal(bytes(header), PHRASE)
    with pytest.raises(SealedCopyDamaged):
        unseal(b"not a copy at all" * 10, PHRASE)


def test_outside_the_web_root_only_when_the_site_is_a_sub_folder() -> None:
    assert hb.outside_possible(PublishTarget(host="h", path="www"))
    assert hb.outside_possible(PublishTarget(host="h", path="public_html/"))
    assert not hb.outside_possible(PublishTarget(host="h", path=""))
    assert not hb.outside_possible(PublishTarget(host="h", path="."))
    assert not hb.outside_possible(PublishTarget(host="h", path="/var/www/shop"))


# --------------------------------------------------------------------------- on a real chrooted host

@pytest.fixture
def jail_shop(tmp_path: Path, sshd_server) -> tuple[ShopFile, PublishTarget, Path]:
    path, real = sshd_server.jail_folder(f"site-{tmp_path.name[-12:]}")
    shop = rich_shop(tmp_path / "shop.echoppe")
    target = sshd_server.jail_target(path)
    shop.save_settings(target)
    return shop, target, real


def test_copy_goes_to_a_denied_folder_when_the_login_root_is_not_writable(
        jail_shop, known_hosts: KnownHosts, tmp_path: Path, sshd_server) -> None:
    shop, target, real = jail_shop
    root = tmp_path / "b"
    backups.make_backup(shop, root=root)
    remote = hb.send_copy(shop, target, PASSWORD, PHRASE, known_hosts=known_hosts, params=FAST_PARAMS, root=root)
    # the jail's root belongs to root (as a chroot must): the login folder cannot be written, so the copy is
    # in an unguessable folder inside the site folder, denied by .htaccess
    folder = real / hb.inside_folder_name(backups.shop_id(shop))
    assert remote.endswith(Path(remote).name) and (folder / Path(remote).name).is_file()
    assert b"Require all denied" in (folder / ".htaccess").read_bytes()
    assert not (sshd_server.jail / hb.OUTSIDE_FOLDER).exists()
    assert not list(folder.glob(".part-*"))
    shop.close()


def test_only_the_last_copies_are_kept_and_nothing_else_is_touched(
        jail_shop, known_hosts: KnownHosts, tmp_path: Path) -> None:
    shop, target, real = jail_shop
    root = tmp_path / "b"
    sent = [hb.send_copy(shop, target, PASSWORD, PHRASE, known_hosts=known_hosts, params=FAST_PARAMS, root=root)
            for _ in range(2)]
    folder = real / hb.inside_folder_name(backups.shop_id(shop))
    (folder / "echoppe-notes.sealed").write_text("the merchant's own file")
    (folder / "echoppe-000000000000-20200101T000000.000000Z.sealed").write_text("another shop's copy")
    sent += [hb.send_copy(shop, target, PASSWORD, PHRASE, known_hosts=known_hosts, params=FAST_PARAMS, root=root)
             for _ in range(3)]
    names = sorted(p.name for p in folder.iterdir())
    ours = [n for n in names if n.startswith("echoppe-") and n != "echoppe-notes.sealed"
            and "-000000000000-" not in n]
    assert ours == sorted(Path(s).name for s in sent[-hb.HOST_KEEP:])
    assert "echoppe-notes.sealed" in names and "echoppe-000000000000-20200101T000000.000000Z.sealed" in names
    shop.close()


def test_restore_from_the_host_gives_back_every_table(jail_shop, known_hosts: KnownHosts, tmp_path: Path) -> None:
    shop, target, _real = jail_shop
    root = tmp_path / "b"
    backups.make_backup(shop, root=root)
    hb.send_copy(shop, target, PASSWORD, PHRASE, known_hosts=known_hosts, params=FAST_PARAMS, root=root)
    sid = backups.shop_id(shop)
    shop.close()
    out = tmp_path / "restored.echoppe"
    hb.restore_from_host(target, PASSWORD, PHRASE, out, shop_id=sid, known_hosts=known_hosts)
    same_tables(tmp_path / "shop.echoppe", out)  # products, images, settings, orders
    with ShopFile.open(out) as restored:
        assert restored.image_keys() and len(restored.products()) == 5
    # without the shop id (a new computer): the newest copy found in the site folder
    out2 = tmp_path / "restored2.echoppe"
    hb.restore_from_host(target, PASSWORD, PHRASE, out2, known_hosts=known_hosts)
    same_tables(tmp_path / "shop.echoppe", out2)
    with pytest.raises(WrongPassphrase):
        hb.restore_from_host(target, PASSWORD, "wrong", tmp_path / "r3.echoppe", shop_id=sid,
                             known_hosts=known_hosts)
    assert not (tmp_path / "r3.echoppe").exists()


def test_a_tampered_copy_on_the_host_is_refused(jail_shop, known_hosts: KnownHosts, tmp_path: Path) -> None:
    shop, target, real = jail_shop
    remote = hb.send_copy(shop, target, PASSWORD, PHRASE, known_hosts=known_hosts, params=FAST_PARAMS,
                          root=tmp_path / "b")
    sid = backups.shop_id(shop)
    shop.close()
    on_disk = real / hb.inside_folder_name(sid) / Path(remote).name
    data = bytearray(on_disk.read_bytes())
    data[len(data) // 2] ^= 0x40
    on_disk.write_bytes(bytes(data))
    with pytest.raises(SealedCopyDamaged):
        hb.restore_from_host(target, PASSWORD, PHRASE, tmp_path / "r.echoppe", shop_id=sid,
                             known_hosts=known_hosts)
    assert not (tmp_path / "r.echoppe").exists()


def test_a_link_in_place_of_the_backup_folder_is_not_followed(jail_shop, known_hosts: KnownHosts,
                                                              tmp_path: Path) -> None:
    shop, target, real = jail_shop
    (real / "elsewhere").mkdir()
    (real / hb.inside_folder_name(backups.shop_id(shop))).symlink_to("elsewhere")
    with pytest.raises(hb.HostBackupError):
        hb.send_copy(shop, target, PASSWORD, PHRASE, known_hosts=known_hosts, params=FAST_PARAMS,
                     root=tmp_path / "b")
    assert not list((real / "elsewhere").iterdir())
    shop.close()


def test_publish_backs_up_first_then_sends_the_copy(jail_shop, known_hosts: KnownHosts, tmp_path: Path,
                                                    monkeypatch) -> None:
    from tests.support.sites import make_site

    shop, _target, real = jail_shop
    site = tmp_path / "site"
    make_site(site, pages=2, assets=1)
    monkeypatch.setattr(hb, "stored_passphrase", lambda _shop: PHRASE)
    events = list(publish_shop(shop, PASSWORD, known_hosts=known_hosts, site_dir=site))
    copy = events[-1]
    assert isinstance(copy, HostCopy) and copy.sent and copy.problem is None
    assert len(backups.list_backups(shop)) == 1
    assert backups.list_backups(shop)[0].reason == "publish"
    folder = real / hb.inside_folder_name(backups.shop_id(shop))
    assert (folder / Path(copy.sent).name).is_file()
    shop.close()


def test_without_a_passphrase_the_app_says_it_once(jail_shop, known_hosts: KnownHosts, tmp_path: Path) -> None:
    from tests.support.sites import make_site

    shop, _target, _real = jail_shop
    site = tmp_path / "site"
    make_site(site, pages=2, assets=1)
    first = list(publish_shop(shop, PASSWORD, known_hosts=known_hosts, site_dir=site))[-1]
    (site / "index.html").write_text("changed")
    second = list(publish_shop(shop, PASSWORD, known_hosts=known_hosts, site_dir=site))[-1]
    assert isinstance(first, HostCopy) and first.sent is None and first.message is not None
    assert "lost" in first.message.text("en")
    assert isinstance(second, HostCopy) and second.sent is None and second.message is None
    shop.close()


# --------------------------------------------------------------------------- the command line

def test_cli_publish_says_what_became_of_the_copy_on_the_host(jail_shop, tmp_path: Path, capsys, monkeypatch,
                                                              sshd_server) -> None:
    from tests.support.sites import make_site

    shop, _target, real = jail_shop
    shop.close()
    sshd_server.trust(KnownHosts())  # the CLI uses the app's own known hosts
    site = tmp_path / "site"
    make_site(site, pages=2, assets=1)
    args = ["publish", str(tmp_path / "shop.echoppe"), "--site", str(site), "--password-stdin"]
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(args) == 0
    assert "Without a backup passphrase" in capsys.readouterr().out  # said once, the first time
    monkeypatch.setattr(hb, "stored_passphrase", lambda _shop: PHRASE)
    (site / "index.html").write_text("changed")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "An encrypted backup was sent to the host" in out
    assert "Without a backup passphrase" not in out
    with ShopFile.open(tmp_path / "shop.echoppe") as reopened:
        assert list((real / hb.inside_folder_name(backups.shop_id(reopened))).iterdir())


def test_cli_backup_list_and_restore(tmp_path: Path, capsys, monkeypatch) -> None:
    import json

    rich_shop(tmp_path / "shop.echoppe").close()
    assert main(["backup", str(tmp_path / "shop.echoppe")]) == 0
    assert "Backup made" in capsys.readouterr().out
    assert main(["backups", str(tmp_path / "shop.echoppe"), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 1 and set(listed[0]) >= {"path", "made_at", "products", "orders", "bytes"}
    assert listed[0]["products"] == 5 and listed[0]["orders"] == 2
    out = tmp_path / "new.echoppe"
    assert main(["restore", listed[0]["path"], "--out", str(out)]) == 0
    same_tables(tmp_path / "shop.echoppe", out)
    assert main(["restore", listed[0]["path"], "--out", str(out)]) == 1
    assert "never restored over" in capsys.readouterr().err


def test_cli_restore_from_host_wrong_passphrase_is_one_line(jail_shop, tmp_path: Path, capsys, monkeypatch,
                                                            sshd_server) -> None:
    shop, target, _real = jail_shop
    sshd_server.trust(KnownHosts())  # the CLI uses the app's own known hosts
    hb.send_copy(shop, target, PASSWORD, PHRASE, known_hosts=KnownHosts(), params=FAST_PARAMS)
    shop.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\nwrong phrase\n"))
    assert main(["restore", "--from-host", str(tmp_path / "shop.echoppe"), "--out", str(tmp_path / "r.echoppe"),
                 "--password-stdin", "--passphrase-stdin"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "passphrase is not the right one" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n" + PHRASE + "\n"))
    assert main(["restore", "--from-host", str(tmp_path / "shop.echoppe"), "--out", str(tmp_path / "r.echoppe"),
                 "--password-stdin", "--passphrase-stdin"]) == 0
    same_tables(tmp_path / "shop.echoppe", tmp_path / "r.echoppe")


# --------------------------------------------------------------------------- the passphrase's home

def test_backup_passphrase_lives_in_the_real_secret_service_only(tmp_path: Path) -> None:
    import json

    from tests.support.keyring_env import run_with_secret_service

    result = run_with_secret_service(f"""
import json
from pathlib import Path
from wizard.publish import host_backup as hb
from wizard.store.shopfile import ShopFile
shop = ShopFile.create(Path({str(tmp_path / "s.echoppe")!r}))
before = hb.stored_passphrase(shop)
kept = hb.store_passphrase(shop, {PHRASE!r})
print(json.dumps({{"before": before, "kept": kept, "after": hb.stored_passphrase(shop),
                  "notice": hb.notice_due(shop)}}))
shop.close()
""", tmp_path)
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out == {"before": None, "kept": True, "after": PHRASE, "notice": False}
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.name != "keyring_script.py":
            assert PHRASE.encode() not in path.read_bytes(), path


def test_without_a_safe_store_the_passphrase_is_not_kept(tmp_path: Path) -> None:
    with ShopFile.create(tmp_path / "s.echoppe") as shop:  # the test environment has no safe store
        assert hb.store_passphrase(shop, PHRASE) is False
        assert hb.stored_passphrase(shop) is None
    assert PHRASE.encode() not in (tmp_path / "s.echoppe").read_bytes()
