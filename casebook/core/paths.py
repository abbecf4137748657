"""The one owner of where Casebook keeps things on disk.

Tests redirect everything by setting `CASEBOOK_HOME`; nothing else in the
code base computes a data path.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "Casebook"


def data_dir() -> Path:
    home = os.environ.get("CASEBOOK_HOME")
    path = Path(home) if home else Path(platformdirs.user_data_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db() -> Path:
    return data_dir() / "casebook.sqlite3"


def demo_db() -> Path:
    """The demo casebook is kept apart so trying the app never touches real data."""
    return data_dir() / "demo.sqlite3"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def crash_dir() -> Path:
    path = data_dir() / "crashes"
    path.mkdir(parents=True, exist_ok=True)
    return path
