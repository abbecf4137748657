"""Writing files so that a half-written one never replaces a good one."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from casebook.errors import StorageError


def atomic_write(path: Path, write: Callable[[IO], Any], *, binary: bool = True,
                 encoding: str = "utf-8") -> Any:
    """Call `write(fh)` on a temporary file beside `path`, then rename it into place."""
    path = Path(path)
    tmp = path.with_name(path.name + ".partial")
    try:
        with open(tmp, "wb" if binary else "w", **({} if binary else
                                                    {"encoding": encoding, "newline": ""})) as fh:
            result = write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError("Cannot write {path}: {reason}.", path=str(path),
                           reason=exc.strerror or str(exc)) from exc
    except BaseException:  # e.g. an unknown reference: no half-written file is left behind
        tmp.unlink(missing_ok=True)
        raise
    return result
