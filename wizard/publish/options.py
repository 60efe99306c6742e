"""What a person chose for one publish: the options every client passes to :func:`publish_shop`."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class PublishOptions:
    """``dry_run``: say what would change, send nothing; ``verify``: check the size of every listed file
    on the server first; ``force``: publish into a folder holding files we did not put there;
    ``accept_fingerprint``: the server key the person accepted (SHA256:…), recorded on success."""

    dry_run: bool = False
    verify: bool = False
    force: bool = False
    accept_fingerprint: str | None = None

    def accepting(self, fingerprint: str) -> PublishOptions:
        return replace(self, accept_fingerprint=fingerprint)

    def forced(self) -> PublishOptions:
        return replace(self, force=True)
