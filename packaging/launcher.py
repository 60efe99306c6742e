"""Entry point of the frozen app: the same ``echoppe`` command as the installed Python package."""

import sys

from wizard.cli import main

if __name__ == "__main__":
    sys.exit(main())
