"""The frozen app's entry point: exactly the `casebook` command of an installed wheel."""

import sys

from casebook.cli import main

if __name__ == "__main__":
    sys.exit(main())
