"""The Apache + mod_php fixture behaves like a cheap host: PHP runs as the SFTP user, .htaccess counts,
mail() is captured, files written over the real chrooted SFTP are served."""

from __future__ import annotations

import time

import paramiko

from tests.support.sshd import PASSWORD


def _sftp_put(sshd, path: str, data: bytes) -> None:
    transport = paramiko.Transport(("127.0.0.1", sshd.port))
    try:
        transport.connect(username="echoppe-jail", password=PASSWORD)
        sftp = paramiko.SFTPClient.from_transport(transport)
        with sftp.open(path, "wb") as f:
            f.write(data)
    finally:
        transport.close()


PROBE = b"""<?php
header('Content-Type: text/plain');
echo posix_getpwuid(posix_geteuid())['name'], "\\n";
echo function_exists('sodium_crypto_box_seal') ? "sodium\\n" : "no sodium\\n";
echo mail('someone@example.org', 'Hello', "Body line\\n", 'From: shop@example.org') ? "mailed\\n" : "no mail\\n";
"""


def test_php_runs_as_the_sftp_user_and_mail_is_captured(sshd_server, apache_site):
    _sftp_put(sshd_server, apache_site.sftp_path + "/probe.php", PROBE)
    status, _, body = apache_site.server.get("probe.php")
    assert status == 200, apache_site.server.php_error_log.read_text()
    assert body.decode().split("\n")[:3] == ["echoppe-jail", "sodium", "mailed"]
    mails = apache_site.server.mails()
    assert len(mails) == 1
    assert mails[0]["To"] == "someone@example.org"
    assert mails[0]["Subject"] == "Hello"
    # Apache writes the access log line after the response: wait for it (bounded), never a fixed sleep.
    deadline = time.monotonic() + 10
    while "probe.php" not in apache_site.server.access_log.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "probe.php" in apache_site.server.access_log.read_text()


def test_htaccess_is_honoured_and_listings_are_on_by_default(sshd_server, apache_site):
    _sftp_put(sshd_server, apache_site.sftp_path + "/listed.txt", b"x")
    status, _, body = apache_site.server.get("")
    assert status == 200 and b"listed.txt" in body  # Options Indexes, as on many cheap hosts
    (apache_site.docroot / "closed").mkdir()
    (apache_site.docroot / "closed" / ".htaccess").write_text("Require all denied\n")
    (apache_site.docroot / "closed" / "secret.txt").write_text("no")
    assert apache_site.server.get("closed/secret.txt")[0] == 403
