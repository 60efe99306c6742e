"""Reading logs off the GUI thread: the engine's :func:`fetch_logs` and :func:`read_file`, relayed as signals."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wizard.publish.hostkeys import KnownHosts
from wizard.publish.sftp import Secret
from wizard.stats.hostlogs import fetch_logs
from wizard.stats.ingest import LogUnreadable, ReadReport, read_file
from wizard.stats.salts import Salts
from wizard.store.shopfile import ShopFile
from wizard.ui.workers import Stage, Worker


@dataclass(frozen=True)
class FileProblem:
    """A picked file that could not be opened at all (the system's reason, as it gave it)."""

    name: str
    error: str


@dataclass(frozen=True)
class LogsRead:
    """What a fetch or a read of picked files brought, log by log (numbers only)."""

    reports: tuple[ReadReport, ...]
    problems: tuple[FileProblem, ...] = ()


class LogsFetchWorker(Worker):
    """Read the new lines of every access log in the host's logs folder; ``finished(LogsRead)``.

    ``progress(done, 0, name)`` follows each log read (their number is not known before the end); the
    engine checks the cancel event between two logs, so Cancel never leaves a log half counted.
    """

    def __init__(self, shop: ShopFile, secret: Secret | None, accept_fingerprint: str | None = None,
                 known_hosts: KnownHosts | None = None, salts: Salts | None = None) -> None:
        super().__init__()
        self.shop = shop
        self.secret = secret
        self.accept_fingerprint = accept_fingerprint
        self.known_hosts = known_hosts
        self.salts = salts

    def work(self) -> LogsRead:
        self.stage.emit(Stage.CONNECT)
        reports: list[ReadReport] = []
        for report in fetch_logs(self.shop, self.secret, known_hosts=self.known_hosts,
                                 accept_fingerprint=self.accept_fingerprint, salts=self.salts,
                                 cancel=self.cancel_event):
            if not reports:
                self.stage.emit(Stage.IMPORT)
            reports.append(report)
            self._emit_progress(len(reports), 0, report.name, force=True)
        return LogsRead(tuple(reports))


class LogFileWorker(Worker):
    """Count log files the merchant picked, one after the other (the same path as ``echoppe stats --log``)."""

    def __init__(self, shop: ShopFile, paths: list[Path], salts: Salts | None = None) -> None:
        super().__init__()
        self.shop = shop
        self.paths = paths
        self.salts = salts

    def work(self) -> LogsRead:
        self.stage.emit(Stage.IMPORT)
        salts = self.salts or Salts()
        reports: list[ReadReport] = []
        problems: list[FileProblem] = []
        for done, path in enumerate(self.paths):
            if self.cancelled:
                break
            self._emit_progress(done, len(self.paths), path.name, force=True)
            try:
                reports.append(read_file(self.shop, path, salts))
            except LogUnreadable as exc:  # a damaged archive: nothing of it counted, the others go on
                reports.append(ReadReport(f"file:{path}", problem=exc.message))
            except OSError as exc:
                problems.append(FileProblem(path.name, exc.strerror or str(exc)))
        self._emit_progress(len(self.paths), len(self.paths), "", force=True)
        return LogsRead(tuple(reports), tuple(problems))
