"""Entry point of the frozen app: the same ``echoppe`` command as the installed Python package."""

import os
import sys

from wizard.cli import main

if __name__ == "__main__":
    # A windowed build (Windows, macOS .app) has no console: sys.stdout and sys.stderr are None there, and
    # the command's final flush or a warning would fail. Send them to the null device instead.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives with the process
    sys.exit(main())
