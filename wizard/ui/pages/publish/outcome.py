"""How a publish went, in words: what customers see now, where the shop is and what to do next, and
the technical account (files, size, time) kept for "Details"."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from wizard.domain.model import PublishTarget
from wizard.publish.events import Finished
from wizard.ui.pages.publish.results import SiteChanges, changes_lines

DETAIL_FILES = 40  # file names listed under "Details"


class OutcomeWords(QObject):
    """The sentences the publish page shows after a publish."""

    def summary(self, target: PublishTarget, changes: SiteChanges, first: bool) -> str:
        """How it went, as a customer sees it (no file names, no sizes)."""
        if changes.nothing:
            return self.tr("Your shop was already up to date: nothing changed for your customers.")
        lines = changes_lines(changes, first=first)
        if target.host:
            head = self.tr("Published: your customers now see the new version of your shop.")
        else:
            head = self.tr("Your shop is ready in its folder.")
        return "\n".join([head, *lines])

    def where_and_next(self, target: PublishTarget, url: str) -> str:
        """Where the shop is now, and what to do next."""
        if not target.host:
            return self.tr("Your shop is in the folder {folder}. It is not on the Internet yet: open it here "
                           "to look at it. To put it online, choose \"On my web host\" above and publish "
                           "again.").format(folder=target.local_folder)
        if url:
            return self.tr("Your shop is at: {url}\nNext: open it to check it, then give this address to "
                           "your customers.").format(url=url)
        return self.tr(
            "Your shop is online, in the folder {folder} of {server}. Type its web address in "
            "\"Address of your shop\" above: Échoppe will check it and you can open it from here."
        ).format(folder=target.path or "/", server=target.host)

    def details(self, target: PublishTarget, fin: Finished | None, files: tuple[str, ...],
                 deletions: tuple[str, ...]) -> str:
        """The technical account, behind "Details": counts, size, time and the files."""
        if fin is None:
            return ""
        loc = QLocale()
        values = {"sent": fin.sent, "size": loc.formattedDataSize(fin.bytes), "deleted": fin.deleted,
                  "seconds": loc.toString(fin.seconds, "f", 1)}
        if target.host:
            head = self.tr("{sent} files sent ({size}), {deleted} removed, in {seconds} s.").format(**values)
        else:
            head = self.tr("{sent} files written ({size}), {deleted} removed, in {seconds} s.").format(**values)
        shown = [*files[:DETAIL_FILES], *(self.tr("removed: {path}").format(path=p) for p in deletions[:DETAIL_FILES])]
        more = len(files) + len(deletions) - len(shown)
        if more > 0:
            shown.append(self.tr("… and {n} more.").format(n=more))
        return "\n".join([head, *shown])
