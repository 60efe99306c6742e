"""Fetching orders off the GUI thread: the engine's :func:`fetch_orders`, relayed as signals."""

from __future__ import annotations

from wizard.publish.hostkeys import KnownHosts
from wizard.publish.orders_fetch import FetchFinished, Listed, Rejected, Stored_, fetch_orders
from wizard.publish.sftp import Secret
from wizard.store.shopfile import ShopFile
from wizard.ui.workers import Stage, Worker


class FetchWorker(Worker):
    """Fetch, store, then delete the sealed files waiting on the host; ``finished(FetchFinished)``.

    ``progress(done, total, name)`` follows each file (stored or refused); the engine checks the
    cancel event between two files, so Cancel never leaves a file half stored.
    """

    def __init__(self, shop: ShopFile, secret: Secret | None, accept_fingerprint: str | None = None,
                 known_hosts: KnownHosts | None = None) -> None:
        super().__init__()
        self.shop = shop
        self.secret = secret
        self.accept_fingerprint = accept_fingerprint
        self.known_hosts = known_hosts

    def work(self) -> FetchFinished:
        self.stage.emit(Stage.CONNECT)
        done = total = 0
        result: FetchFinished | None = None
        for event in fetch_orders(self.shop, self.secret, known_hosts=self.known_hosts,
                                  accept_fingerprint=self.accept_fingerprint, cancel=self.cancel_event):
            if isinstance(event, Listed):
                total = event.total
                self.stage.emit(Stage.IMPORT)
                self._emit_progress(0, total, "", force=True)
            elif isinstance(event, Stored_ | Rejected):
                done += 1
                self._emit_progress(done, total, event.name)
            elif isinstance(event, FetchFinished):
                result = event
        if result is None:  # pragma: no cover - the engine always ends with FetchFinished
            raise RuntimeError("the fetch ended without its summary")
        return result
