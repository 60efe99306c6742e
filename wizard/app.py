"""Start the desktop app (imports Qt only when called)."""

from __future__ import annotations


def run_app() -> int:
    """Run the wizard; returns the process exit status."""
    from wizard.ui.app import main

    return main()
