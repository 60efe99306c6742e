"""The one conversation after a publish stopped to ask the person something, for the CLI and the UI.

Two refusals are questions, not failures: a server met for the first time (:class:`UnknownHostKey`:
show the fingerprint, ask) and a first publish into a folder holding other files (:class:`NotOurFolder`:
ask before mixing the shop with them). :func:`question_for` says whether an error is such a question;
the client asks it in its own way and, on yes, publishes again with :meth:`RetryQuestion.accept`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from wizard.publish.errors import NotOurFolder, PublishError, UnknownHostKey
from wizard.publish.options import PublishOptions


class QuestionKind(Enum):
    HOST_KEY = "host-key"  # accept this server's key?
    NOT_OUR_FOLDER = "not-our-folder"  # publish into a folder holding other files?


@dataclass(frozen=True)
class RetryQuestion:
    kind: QuestionKind
    error: UnknownHostKey | NotOurFolder
    options: PublishOptions  # the options of the publish that stopped

    def accept(self) -> PublishOptions:
        """The options to publish again with, once the person said yes."""
        if isinstance(self.error, UnknownHostKey):
            return self.options.accepting(self.error.fingerprint)
        return self.options.forced()


def question_for(error: BaseException, options: PublishOptions) -> RetryQuestion | None:
    """The question ``error`` asks, or ``None`` when it is a plain failure (or was already answered)."""
    if isinstance(error, UnknownHostKey) and options.accept_fingerprint != error.fingerprint:
        return RetryQuestion(QuestionKind.HOST_KEY, error, options)
    if isinstance(error, NotOurFolder) and not options.force:
        return RetryQuestion(QuestionKind.NOT_OUR_FOLDER, error, options)
    return None


__all__ = ["PublishError", "PublishOptions", "QuestionKind", "RetryQuestion", "question_for"]
