"""Crash logs: a bug is written down in full and shown on the next start.

Environment errors (locked, read-only, full, corrupt) are `KnownError`s and
never come here; whatever does is a bug worth a report.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import traceback
from pathlib import Path

from casebook.core import paths

_fault_file = None


def write_crash_log(exc_type, exc, tb) -> Path:
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")  # a log name only
    path = paths.crash_dir() / f"crash-{stamp}.txt"
    return paths.write_private(path, "".join(traceback.format_exception(exc_type, exc, tb)))


def enable_fault_log() -> None:
    """Hard crashes (segfaults in Qt) leave a trace too."""
    global _fault_file
    _fault_file = paths.open_private(paths.crash_dir() / "faults.txt", "a", encoding="utf-8")
    faulthandler.enable(_fault_file)


def unseen_crash_logs() -> list[Path]:
    """Crash logs not yet shown to the user; they are marked seen when read."""
    return sorted(p for p in paths.crash_dir().glob("crash-*.txt"))


def mark_seen(path: Path) -> None:
    path.rename(path.with_suffix(".seen"))
