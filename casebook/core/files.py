"""Writing files so that a half-written one never replaces a good one.

The temporary `<name>.partial` beside the target is removed on every way out
but success: a failed write (a full disk, an unknown reference found half way,
a bug) leaves the folder as it was. What is written may hold personal data, so
the file is private (0600) from its first byte (`paths.open_private`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from casebook.core import paths
from casebook.errors import StorageError


def atomic_write(path: Path, write: Callable[[IO], Any], *, binary: bool = True,
                 encoding: str = "utf-8") -> Any:
    """Call `write(fh)` on a temporary file beside `path`, then rename it into place."""
    path = Path(path)
    tmp = path.with_name(path.name + ".partial")
    try:
        with paths.open_private(tmp, "wb" if binary else "w",
                                **({} if binary else {"encoding": encoding,
                                                      "newline": ""})) as fh:
            result = write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        _discard(tmp)
        if isinstance(exc, OSError):
            raise StorageError("Cannot write {path}: {reason}.", path=str(path),
                               reason=exc.strerror or str(exc)) from exc
        raise
    return result


def _discard(tmp: Path) -> None:
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass  # a folder we cannot write to: then no .partial was made there either
