"""``python -m wizard`` runs the command line (and the app without arguments)."""

from wizard.cli import main

raise SystemExit(main())
