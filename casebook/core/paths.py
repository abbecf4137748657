"""The one owner of where Casebook keeps things on disk.

Tests redirect everything by setting `CASEBOOK_HOME`; nothing else in the
code base computes a data path.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

from casebook.errors import InvalidInput

APP = "Casebook"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
# "file:", "sqlite:", "http:"… (two letters or more, so "C:\\…" stays a Windows path)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")


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


def casebook_location(value: str | os.PathLike) -> Path | str:
    """What `--db` names: a casebook file (made absolute) or a PostgreSQL URL, as given.

    Anything else that looks like an address is refused rather than guessed at:
    SQLite would read "file:x.sqlite3" as a URI and write somewhere else, and
    "sqlite:///x" or a mistyped URL would become an odd folder of that name.
    """
    text = os.fspath(value)
    if text.startswith(POSTGRES_SCHEMES):
        return text
    if not text.strip() or _SCHEME.match(text):
        raise InvalidInput("--db takes a casebook file or a postgresql:// URL, not “{value}” "
                           "(for a file of that name, write ./{value}).", value=text)
    return Path(text).absolute()


def is_server(location: Path | str) -> bool:
    """Whether a casebook lives on a PostgreSQL server rather than in a file."""
    return str(location).startswith(POSTGRES_SCHEMES)
