"""The command line: echoppe target / publish / forget-host, end to end."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.support.sites import make_site
from tests.support.sshd import PASSWORD
from wizard.cli import main
from wizard.publish import KnownHosts
from wizard.store.shopfile import ShopFile


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_target_and_publish_over_sftp(tmp_path: Path, shop_path: Path, sshd_server, monkeypatch, capsys) -> None:
    ShopFile.create(shop_path).close()
    folder = sshd_server.user_folder()
    site = tmp_path / "site"
    files = make_site(site, pages=3, assets=2)
    _stdin(monkeypatch, "")
    assert main(["target", str(shop_path), "--preset", "ovh", "--host", "127.0.0.1", "--port",
                 str(sshd_server.port), "--user", "echoppe-pw", "--path", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "www/" in out  # the preset's note
    assert "asked each time" in out  # no safe password store in the test environment
    with ShopFile.open(shop_path) as shop:
        target = shop.shop().target
    assert (target.preset, target.port, target.path) == ("ovh", sshd_server.port, str(folder))
    assert "PASSWORD" not in shop_path.read_bytes().decode("latin-1")

    _stdin(monkeypatch, PASSWORD + "\n")
    assert main(["publish", str(shop_path), "--site", str(site), "--password-stdin"]) == 1
    err = capsys.readouterr().err
    fingerprint = sshd_server.host_key("ed25519").fingerprint
    assert fingerprint in err and "--accept-host-key" in err

    _stdin(monkeypatch, PASSWORD + "\n")
    assert main(["publish", str(shop_path), "--site", str(site), "--password-stdin",
                 "--accept-host-key", fingerprint]) == 0
    out = capsys.readouterr().out
    assert f"Published: {len(files)} files sent" in out
    assert (folder / "index.html").read_bytes() == files["index.html"]

    (site / "products/p1/index.html").write_text("new")
    _stdin(monkeypatch, PASSWORD + "\n")
    assert main(["publish", str(shop_path), "--site", str(site), "--password-stdin", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "+ products/p1/index.html" in out and "nothing was changed" in out
    _stdin(monkeypatch, "wrong\n")
    assert main(["publish", str(shop_path), "--site", str(site), "--password-stdin"]) == 1
    assert "refused the login" in capsys.readouterr().err
    with ShopFile.open(shop_path) as shop:
        outcomes = [h["outcome"] for h in shop.publish_history()]
    assert outcomes == ["failed", "ok", "failed"]

    assert main(["forget-host", f"127.0.0.1:{sshd_server.port}"]) == 0
    assert "1 recorded keys" in capsys.readouterr().out
    assert not KnownHosts().known("127.0.0.1", sshd_server.port)


def test_publish_to_a_folder_builds_the_shop_first(tmp_path: Path, shop_path: Path, capsys) -> None:
    assert main(["new", str(shop_path), "--name", "Chez Test", "--niche", "other"]) == 0
    out = tmp_path / "published"
    assert main(["target", str(shop_path), "--folder", str(out)]) == 0
    assert main(["publish", str(shop_path)]) == 0
    text = capsys.readouterr().out
    assert "Site built:" in text and "Published:" in text
    assert (out / "index.html").is_file() and (out / ".echoppe-manifest.json").is_file()
    assert main(["publish", str(shop_path)]) == 0
    assert "Published: 0 files sent" in capsys.readouterr().out


def test_ctrl_c_cancels_cleanly_and_the_next_publish_resumes(
        tmp_path: Path, shop_path: Path, sshd_server, monkeypatch, capsys) -> None:
    import os
    import signal

    from wizard.cli import publish_commands

    ShopFile.create(shop_path).close()
    folder = sshd_server.user_folder()
    site = tmp_path / "site"
    files = make_site(site, pages=80, assets=2)
    kh = KnownHosts()
    sshd_server.trust(kh)
    assert main(["target", str(shop_path), "--host", "127.0.0.1", "--port", str(sshd_server.port),
                 "--user", "echoppe-pw", "--path", str(folder)]) == 0
    monkeypatch.setattr("wizard.publish.sftp.WINDOW", 8)
    original = publish_commands._Printer.progress
    interrupted = []

    def progress(self, ev) -> None:  # the user presses Ctrl-C once the first files arrived
        if ev.files_done >= 5 and not interrupted:
            interrupted.append(ev.files_done)
            os.kill(os.getpid(), signal.SIGINT)
        original(self, ev)

    monkeypatch.setattr(publish_commands._Printer, "progress", progress)
    _stdin(monkeypatch, PASSWORD + "\n")
    assert main(["publish", str(shop_path), "--site", str(site), "--password-stdin"]) == 130
    out, err = capsys.readouterr()
    assert "Stopping after the files in flight" in err
    assert "Publishing cancelled" in out
    assert not (folder / "index.html").exists()
    with ShopFile.open(shop_path) as shop:
        assert shop.publish_history()[-1]["outcome"] == "cancelled"

    monkeypatch.setattr(publish_commands._Printer, "progress", original)
    _stdin(monkeypatch, PASSWORD + "\n")
    assert main(["publish", str(shop_path), "--site", str(site), "--password-stdin"]) == 0
    sent = int(capsys.readouterr().out.split("Published: ")[1].split()[0])
    assert 0 < sent < len(files)
    assert (folder / "index.html").read_bytes() == files["index.html"]
