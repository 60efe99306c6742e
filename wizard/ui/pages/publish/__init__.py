"""The publish page, split by what each module holds: ``page`` (the publish flow), ``connection``
(the folder or host form), ``progress`` (buttons, progress and outcome lines), ``fields`` (form rows)."""

from wizard.ui.pages.publish.page import PublishPage

__all__ = ["PublishPage"]
