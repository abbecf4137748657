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


def default_target() -> Path | str:
    """The casebook a desk opens without `--db`: the saved office connection, else its own."""
    return saved_connection() or default_db()


def connection_file() -> Path:
    return data_dir() / "connection.txt"


def saved_connection() -> str | None:
    """The PostgreSQL URL this PC saved (Settings), or None. Never holds a password."""
    try:
        text = connection_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text if text.startswith(POSTGRES_SCHEMES) else None


def save_connection(url: str | None) -> None:
    """Remember (or forget, with None) the office casebook this PC opens at start."""
    path = connection_file()
    if not url:
        path.unlink(missing_ok=True)
        return
    tmp = path.with_suffix(".partial")
    tmp.write_text(url.strip() + "\n", encoding="utf-8")
    os.replace(tmp, path)


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
