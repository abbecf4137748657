"""The one owner of where Casebook keeps things on disk.

Tests redirect everything by setting `CASEBOOK_HOME`; nothing else in the
code base computes a data path.

It is also the one owner of private files: whatever Casebook writes that may
hold personal data (the casebook, its backups, drafts, exports, forms, letters,
reports, crash logs, the desk's settings) is created readable by its user only
(0600) from its first byte, and the folders Casebook makes for them 0700,
whatever the umask (`private_dir`, `open_private`, `private_file`). A folder the
user chose (`-o ~/Documents/x.pdf`) is left as it is; the files in it are not.
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


PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def data_dir() -> Path:
    home = os.environ.get("CASEBOOK_HOME")
    path = Path(home) if home else Path(platformdirs.user_data_dir(APP, appauthor=False))
    return private_dir(path, own=True)


# ------------------------------------------------------------------ private files
def private_dir(path: os.PathLike | str, *, own: bool = False) -> Path:
    """Make `path` (and any missing folder above it) 0700; with `own`, an existing folder
    of Casebook's own (the data folder and its subfolders) is made 0700 too."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            pass  # made meanwhile (another desk on this PC)
        folder.chmod(PRIVATE_DIR)  # mkdir's mode is cut by the umask
    if own and not missing and path.is_dir() and (path.stat().st_mode & 0o777) != PRIVATE_DIR:
        try:
            path.chmod(PRIVATE_DIR)  # a data folder made 0755 by an earlier version
        except OSError:
            pass  # not ours to change (a shared folder): its files are private anyway
    return path


def open_private(path: os.PathLike | str, mode: str = "wb", **kwargs):
    """`open(path, mode)` on a file created 0600 (and made 0600 if it was not)."""
    flags = os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC) | (
        os.O_RDWR if "+" in mode else os.O_WRONLY)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    try:
        _fix_mode(fd)
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def write_private(path: os.PathLike | str, text: str) -> Path:
    """Write a small text file, private, in one go (crash logs)."""
    with open_private(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    return Path(path)


def private_file(path: os.PathLike | str) -> Path:
    """An existing file written by someone else for us (SQLite, Qt) made 0600; a file
    that does not exist yet is created empty and private, so its writer keeps the mode."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE)
    except OSError:
        return path  # a read-only place: nothing is written there either
    try:
        _fix_mode(fd)
    finally:
        os.close(fd)
    return path


def _fix_mode(fd: int) -> None:
    if hasattr(os, "fchmod") and (os.fstat(fd).st_mode & 0o777) != PRIVATE_FILE:
        os.fchmod(fd, PRIVATE_FILE)


def desk_ini() -> Path:
    """The desk's own settings (last operator, window places): private like the data."""
    return private_file(data_dir() / "desk.ini")


def drafts_dir() -> Path:
    return private_dir(data_dir() / "drafts", own=True)


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
    with open_private(tmp, "w", encoding="utf-8") as fh:
        fh.write(url.strip() + "\n")
    os.replace(tmp, path)


def demo_db() -> Path:
    """The demo casebook is kept apart so trying the app never touches real data."""
    return data_dir() / "demo.sqlite3"


def backup_dir() -> Path:
    return private_dir(data_dir() / "backups", own=True)


def crash_dir() -> Path:
    return private_dir(data_dir() / "crashes", own=True)


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
