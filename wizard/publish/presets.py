"""Host presets: default port and site folder of common French-speaking shared hosts.

The host identity feeds the legal notice (mentions légales must name the host). It is public
information written from memory of the hosts' own legal pages: entries with ``checked=False`` must be
confirmed by the merchant against the host's current legal notice before going live.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.i18n import Message, msg


@dataclass(frozen=True)
class HostIdentity:
    name: str
    address: str
    phone: str
    checked: bool  # False: details not confirmed, the wizard asks the merchant to check them


@dataclass(frozen=True)
class HostLogs:
    """Where a host keeps the raw access logs, and how Échoppe gets them (visitor statistics).

    ``kind``: ``"sftp"`` (a folder ``folder`` relative to the SFTP login folder), ``"ovh-https"`` (OVH's logs
    server, over HTTPS with the "statistics and logs" user) or ``"unknown"`` (the merchant picks a file or
    names the folder). ``source``: where the claim comes from; ``confirmed``: False when the host's own
    documentation was not found and the claim rests on the software it runs.
    """

    kind: str = "unknown"
    folder: str = ""
    source: str = ""
    confirmed: bool = False


UNKNOWN_LOGS = HostLogs()
# cPanel keeps the raw access-log archives in the account's home folder, ~/logs ("Archive logs in your home
# directory" in cPanel > Metrics > Raw Access; UAPI LogManager works on "the authenticated user's ~/logs
# directory": https://api.docs.cpanel.net/ , LogManager::list_archives).
CPANEL_LOGS = HostLogs("sftp", "logs", "https://api.docs.cpanel.net/ (UAPI LogManager: ~/logs)", True)


@dataclass(frozen=True)
class HostPreset:
    id: str
    name: str
    host_hint: str  # what the server name looks like
    port: int
    path: str  # the folder the web server shows, relative to the login folder
    note: Message
    host_identity: HostIdentity | None
    logs: HostLogs = UNKNOWN_LOGS


HOST_PRESETS: tuple[HostPreset, ...] = (
    HostPreset(
        "ovh", "OVHcloud (web hosting)", "ftp.clusterXXX.hosting.ovh.net", 22, "www",
        msg("The server name, login and password are in the OVHcloud control panel, under Web Cloud > "
            "Hosting > FTP-SSH. SFTP needs an offer with SSH (Pro or above); the site folder is www/."),
        HostIdentity("OVH SAS", "2 rue Kellermann, 59100 Roubaix, France", "+33 9 72 10 10 07", True),
        # OVHcloud's guide "Hosting: website statistics and logs" (github.com/ovh/docs, web_hosting
        # statistics and logs): https://logs.clusterXXX.hosting.ovh.net/DOMAIN/ with a user created under
        # Statistics and logs > user administration; daily archives logs/logs-MM-YYYY/DOMAIN-DD-MM-YYYY.log.gz
        # (the layout github.com/qb1/ovhlogs downloads).
        HostLogs("ovh-https", "", "https://github.com/ovh/docs (web hosting statistics and logs guide)", True),
    ),
    HostPreset(
        "o2switch", "o2switch (cPanel)", "yourlogin.o2switch.net or your domain", 22, "public_html",
        msg("Before the first connection, allow your IP address in cPanel under 'Autorisation SSH'. The "
            "site folder is public_html/ (or the folder of an add-on domain)."),
        HostIdentity("O2SWITCH", "222 Boulevard Gustave Flaubert, 63000 Clermont-Ferrand, France",
                     "+33 4 44 44 60 40", False),
        # o2switch runs cPanel: its logs are cPanel's (no o2switch page saying so was found: not confirmed).
        HostLogs("sftp", "logs", CPANEL_LOGS.source, False),
    ),
    HostPreset(
        "cpanel", "cPanel host (generic)", "your domain or the server name from your welcome e-mail", 22,
        "public_html",
        msg("Most cPanel hosts need SSH access enabled (sometimes on request). The site folder is "
            "public_html/."),
        None,
        CPANEL_LOGS,
    ),
    HostPreset(
        "ionos", "IONOS", "access-XXXXXXXX.webspace-host.com", 22, "",
        msg("Create an SFTP user under Hosting > SFTP & SSH. The site folder is the login's root folder "
            "unless your domain points to a sub-folder (see Domains > Usage)."),
        HostIdentity("IONOS SARL", "7 place de la Gare, BP 70109, 57201 Sarreguemines Cedex, France",
                     "+33 9 70 80 89 11", False),
        # "logs" folder of the webspace, access.log.KW.gz per past week, access.log.KW.T.gz for the current
        # week's days, kept 8 weeks, addresses anonymised by IONOS:
        # https://www.ionos.fr/assistance/hebergement/fichiers-journaux/informations-sur-les-fichiers-journaux-log/
        HostLogs("sftp", "logs", "https://www.ionos.fr/assistance/hebergement/fichiers-journaux/"
                 "informations-sur-les-fichiers-journaux-log/", True),
    ),
    HostPreset(
        "infomaniak", "Infomaniak", "xxxx.ftp.infomaniak.com", 22, "web",
        msg("Create an FTP/SSH account in the Manager under Web Hosting > FTP/SSH. The folder of the main "
            "site is shown in the site's settings (often web/)."),
        HostIdentity("Infomaniak Network SA", "Rue Eugène-Marziano 25, 1227 Les Acacias (GE), Switzerland",
                     "+41 22 820 35 44", False),
    ),
    HostPreset(
        "hostinger", "Hostinger", "the IP address shown in hPanel > Advanced > SSH Access", 65002,
        "public_html",
        msg("Enable SSH in hPanel (Advanced > SSH Access); Hostinger uses port 65002. The site folder is "
            "domains/YOUR-DOMAIN/public_html/ or public_html/."),
        HostIdentity("Hostinger International Ltd.", "61 Lordou Vironos Street, 6023 Larnaca, Cyprus", "",
                     False),
    ),
    HostPreset(
        "strato", "STRATO", "ssh.strato.de (or ssh.strato.com)", 22, "",
        msg("SFTP is available on the Hosting packages with SSH; the login is your domain name. The site "
            "folder is the root folder unless the domain points elsewhere."),
        HostIdentity("STRATO AG", "Otto-Ostrowski-Straße 7, 10249 Berlin, Germany", "+49 30 300 146 0",
                     False),
    ),
    HostPreset(
        "custom", "Other host", "the server name your host gave you", 22, "",
        msg("Use the SFTP server name, port, login and folder given by your host."),
        None,
    ),
)

_BY_ID = {p.id: p for p in HOST_PRESETS}


def preset(name: str) -> HostPreset:
    """The preset with id ``name`` (case-insensitive); ``KeyError`` if none."""
    return _BY_ID[name.strip().lower()]


def preset_ids() -> tuple[str, ...]:
    return tuple(_BY_ID)
