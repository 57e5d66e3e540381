"""``python -m pressparse`` runs the command line."""

from pressparse.cli import main

if __name__ == "__main__":
    main()
