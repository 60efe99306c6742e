"""Publishing errors: each says what happened and what to do next, in the user's language."""

from __future__ import annotations

from wizard.i18n import EchoppeError, msg


class PublishError(EchoppeError):
    """Base of every error the publishing engine raises."""


class UnknownHostKey(PublishError):
    """The server's identity has never been seen: the user must compare and accept the fingerprint."""

    def __init__(self, host: str, port: int, key_type: str, fingerprint: str) -> None:
        super().__init__(
            msg("The server {host} (port {port}) is not known yet. Its {key_type} key fingerprint is "
                "{fingerprint}.", host=host, port=port, key_type=key_type, fingerprint=fingerprint),
            msg("Compare it with the fingerprint your host shows in its control panel or documentation, "
                "then accept it (in the command line: --accept-host-key {fingerprint}).",
                fingerprint=fingerprint),
        )
        self.host, self.port, self.key_type, self.fingerprint = host, port, key_type, fingerprint


class HostKeyChanged(PublishError):
    """The server presents another key than the one recorded: refused, always."""

    def __init__(self, host: str, port: int, key_type: str, fingerprint: str, known_fingerprint: str) -> None:
        super().__init__(
            msg("WARNING: the identity of {host} (port {port}) has CHANGED. Expected {known}, "
                "received {fingerprint} ({key_type}). Nothing was sent.",
                host=host, port=port, known=known_fingerprint, fingerprint=fingerprint, key_type=key_type),
            msg("Someone may be intercepting the connection, or the host reinstalled its server. Ask your "
                "host whether the key changed; only then remove the old entry with "
                "'echoppe forget-host {name}' and publish again.",
                name=host if port == 22 else f"{host}:{port}"),
        )
        self.host, self.port, self.key_type = host, port, key_type
        self.fingerprint, self.known_fingerprint = fingerprint, known_fingerprint


class AuthenticationFailed(PublishError):
    def __init__(self, user: str, host: str, with_key: bool = False) -> None:
        super().__init__(
            msg("The server {host} refused the login {user}.", host=host, user=user),
            msg("Check the key file and its passphrase, and that the key is allowed on the host.") if with_key
            else msg("Check the login and the password (they are in the e-mail your host sent you)."),
        )
        self.user, self.host = user, host


class PassphraseRequired(PublishError):
    def __init__(self, key_file: str) -> None:
        super().__init__(
            msg("The key file {path} is protected by a passphrase.", path=key_file),
            msg("Give its passphrase where the password goes."),
        )
        self.key_file = key_file


class KeyFileUnreadable(PublishError):
    def __init__(self, key_file: str, detail: str) -> None:
        super().__init__(
            msg("The key file {path} cannot be used ({detail}).", path=key_file, detail=detail),
            msg("Choose an OpenSSH private key (ed25519, ECDSA or RSA), not the .pub file."),
        )
        self.key_file = key_file


class HostUnreachable(PublishError):
    def __init__(self, host: str, detail: str = "") -> None:
        super().__init__(
            msg("The server {host} cannot be reached.", host=host),
            msg("Check the server name (spelling, no 'sftp://'), and your Internet connection."),
        )
        self.host, self.detail = host, detail


class PortClosed(PublishError):
    def __init__(self, host: str, port: int) -> None:
        super().__init__(
            msg("The server {host} refuses connections on port {port}.", host=host, port=port),
            msg("Check the port your host gives for SFTP (usually 22) and that SSH/SFTP access is enabled "
                "in your hosting control panel."),
        )
        self.host, self.port = host, port


class ConnectionTimeout(PublishError):
    def __init__(self, host: str, port: int) -> None:
        super().__init__(
            msg("The server {host} (port {port}) did not answer in time.", host=host, port=port),
            msg("Check the server name and port; a firewall may block it. Try again in a moment."),
        )
        self.host, self.port = host, port


class PermissionDenied(PublishError):
    def __init__(self, path: str) -> None:
        super().__init__(
            msg("The host does not allow writing in {path}.", path=path),
            msg("Check the folder of your site (for example www/ or public_html/) and that this login may "
                "write into it."),
        )
        self.path = path


class QuotaExceeded(PublishError):
    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(
            msg("The host refused to store {path}: the hosting space is probably full.", path=path),
            msg("Free some space or enlarge your hosting plan, then publish again: what was sent is kept."),
        )
        self.path, self.detail = path, detail


class ConnectionLost(PublishError):
    def __init__(self, sent: int, remaining: int) -> None:
        super().__init__(
            msg("The connection was lost during publishing: {sent} files were sent, {remaining} remain.",
                sent=sent, remaining=remaining),
            msg("Your site is still whole (each page is either the old or the new version). Publish again: "
                "only what remains will be sent."),
        )
        self.sent, self.remaining = sent, remaining


class NotOurFolder(PublishError):
    """First publish into a folder that holds files Échoppe did not put there."""

    def __init__(self, foreign_files: tuple[str, ...], clashes: tuple[str, ...] = ()) -> None:
        shown = ", ".join(foreign_files[:8]) + (" …" if len(foreign_files) > 8 else "")
        super().__init__(
            msg("The folder already holds {count} files that Échoppe did not create: {files}.",
                count=len(foreign_files), files=shown),
            msg("Check that it is the right folder. If it is, confirm (in the command line: --force): those "
                "files will never be deleted, but {clashes} of them have the name of a page of your site "
                "and would be replaced.", clashes=len(clashes)),
        )
        self.foreign_files, self.clashes = foreign_files, clashes


class PublishCancelled(PublishError):
    def __init__(self, sent: int, remaining: int) -> None:
        super().__init__(
            msg("Publishing cancelled: {sent} files were sent, {remaining} remain.", sent=sent,
                remaining=remaining),
            msg("Your site is still whole; publish again to send the rest."),
        )
        self.sent, self.remaining = sent, remaining


class WrongDocumentRoot(PublishError):
    """The files arrived but the web server does not serve them at the shop's address."""

    def __init__(self, url: str, detail: str = "") -> None:
        super().__init__(
            msg("The files were sent, but {url} does not show them.", url=url),
            msg("The folder is probably not the one your web server shows (try www/ or public_html/), or "
                "the address of the shop is wrong."),
        )
        self.url, self.detail = url, detail


class TransferFailed(PublishError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            msg("The host refused {path} ({detail}).", path=path, detail=detail),
            msg("Publish again; if it happens again, send this message to your host's support."),
        )
        self.path, self.detail = path, detail


class NoTarget(PublishError):
    def __init__(self) -> None:
        super().__init__(
            msg("This shop has no place to publish to yet."),
            msg("Choose a host (echoppe target SHOP --host … --user … --path …) or a folder "
                "(echoppe target SHOP --folder DIR)."),
        )


class SecretRequired(PublishError):
    def __init__(self, user: str, host: str) -> None:
        super().__init__(
            msg("A password is needed for {user} on {host}.", user=user, host=host),
            msg("Type it when asked, or pass it with --password-stdin."),
        )


class EmptySite(PublishError):
    """The folder to publish holds no file: publishing it would delete the whole site online."""

    def __init__(self, folder: str) -> None:
        super().__init__(
            msg("There is nothing to publish in {folder}.", folder=folder),
            msg("Build the site first; nothing was changed on the server."),
        )
        self.folder = folder


class LinkOnServer(PublishError):
    """A folder (or file of ours) on the server is a link: Échoppe never writes through a link it did not
    create, since a link can lead out of the site's folder."""

    def __init__(self, path: str, points_to: str = "") -> None:
        super().__init__(
            msg("On the server, {path} is a link to {target}: Échoppe never writes through a link, so "
                "nothing was sent.", path=path, target=points_to)
            if points_to else
            msg("On the server, {path} is a link: Échoppe never writes through a link, so nothing was "
                "sent.", path=path),
            msg("Choose the real folder as the site's folder (the one the link leads to), or replace the "
                "link by a folder with your host's file manager; then publish again."),
        )
        self.path, self.points_to = path, points_to


class InTheWay(PublishError):
    """Something of another kind stands where the site needs a file or a folder."""

    def __init__(self, path: str, found: str) -> None:
        super().__init__(
            msg("On the server, {path} is a folder, where your site has a file of that name.", path=path)
            if found == "folder" else
            msg("On the server, {path} is a file, where your site needs a folder of that name.", path=path),
            msg("Move or delete it with your host's file manager (keep a copy of what it holds), then "
                "publish again."),
        )
        self.path, self.found = path, found


class ServerFileTooLarge(PublishError):
    """A file Échoppe reads back from the server (its manifest, its journal) is far too big to be ours."""

    def __init__(self, path: str, size: int, limit: int) -> None:
        super().__init__(
            msg("The file {path} on the server is {size} MB, far more than Échoppe ever writes there "
                "(at most {limit} MB): it was changed by something else. Nothing was changed.",
                path=path, size=max(1, round(size / 1_000_000)), limit=limit // 1_000_000),
            msg("Look at this file with your host's file manager; if you did not put it there, delete it, "
                "then publish again (Échoppe will then ask before publishing into the folder)."),
        )
        self.path, self.size, self.limit = path, size, limit
