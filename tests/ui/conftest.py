"""UI tests: every test starts in English, whatever language the previous one left installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    yield
    from wizard.ui.i18n import install_language, ui_language

    if ui_language() != "en":
        install_language("en")
