"""The bundle's entry point: PyInstaller runs this file as __main__, which app/cli.py cannot be
(it uses relative imports), so it calls the same `main` as the installed `ventanilla` script."""
import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
