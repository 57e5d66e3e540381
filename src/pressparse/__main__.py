"""``python -m pressparse`` runs the command line."""

from pressparse.cli import main

main()
