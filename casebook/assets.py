"""Where the running app finds its own files: fonts, icons, catalogues, data.

The one owner of asset lookup, so that a checkout (`pip install -e`), an
installed wheel and the frozen one-folder app behave alike. Everything is
found with importlib.resources in two packages: `casebook.resources` (the
repository's `resources/`) and `casebook.translations` (`translations/`);
pyproject.toml maps those folders to those names. Nothing depends on the
current folder, PATH, or a path counted upwards from the source.

The build compiles the Qt catalogues (`.qm`) into the wheel. A checkout has
only the `.ts` sources: `qm_file` compiles one on first use, with the
`lrelease` that PySide6 ships (found from the PySide6 package, never PATH),
into the data folder. Nothing here imports Qt, so the core may use it too.
"""

from __future__ import annotations

import functools
import importlib.resources
import importlib.util
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger("casebook.assets")

RESOURCES = "casebook.resources"
TRANSLATIONS = "casebook.translations"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


class AssetMissing(Exception):
    """A file the app ships is not where the package says (a broken installation)."""


@functools.cache
def _root(package: str) -> Path:
    root = importlib.resources.files(package)
    if not isinstance(root, Path):  # e.g. a zipped install: Qt and reportlab need real files
        raise AssetMissing(f"{package} is not a folder on disk ({root!r})")
    return root


def resource(*parts: str) -> Path:
    """A file or folder under `resources/` (e.g. `resource("fonts")`)."""
    return _root(RESOURCES).joinpath(*parts)


def icon_files() -> list[Path]:
    """The application icon as PNG, every size that ships, smallest first."""
    folder = resource("icons")
    return [p for size in ICON_SIZES if (p := folder / f"casebook-{size}.png").is_file()]


def po_dir() -> Path:
    """The gettext catalogues (`casebook_<lang>.po`), read as they are at run time."""
    return _root(TRANSLATIONS) / "po"


def qt_tool(name: str) -> Path:
    """A Qt tool that PySide6 ships (`lrelease`, `lupdate`), from the package itself."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise AssetMissing("PySide6 is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    tool = folder / (f"{name}.exe" if sys.platform == "win32" else name)
    if not tool.is_file():
        raise AssetMissing(f"PySide6 has no {name} at {tool}")
    return tool


def compile_qm(ts: Path, qm: Path) -> Path:
    """`.ts` → `.qm` with PySide6's lrelease; the result appears whole or not at all."""
    import subprocess  # only a checkout compiles: an installed app starts without it

    qm.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_name(f"{qm.name}.{os.getpid()}.partial")
    try:
        subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(tmp)],
                       check=True, capture_output=True, timeout=120)
        os.replace(tmp, qm)
    finally:
        tmp.unlink(missing_ok=True)
    return qm


def qm_file(lang: str) -> Path | None:
    """Our compiled Qt catalogue for `lang`: the one the build made, else one compiled now.

    None when there is no catalogue for `lang` (English has only its plural forms, so
    it has one), or when compiling failed: the UI then stays in English and says so
    in the log rather than stopping.
    """
    import subprocess

    from casebook.core import paths

    catalogues = _root(TRANSLATIONS)
    ts = catalogues / f"casebook_{lang}.ts"
    built = catalogues / f"casebook_{lang}.qm"
    has_source = ts.is_file()
    if built.is_file() and (not has_source or _newer(built, ts)):
        return built
    if not has_source:
        return None
    compiled = paths.data_dir() / "translations" / f"casebook_{lang}.qm"
    if compiled.is_file() and _newer(compiled, ts):
        return compiled
    try:
        return compile_qm(ts, compiled)
    except (OSError, subprocess.SubprocessError, AssetMissing) as exc:
        log.warning("cannot compile %s: %s", ts, exc)
        return None


def _newer(target: Path, source: Path) -> bool:
    return target.stat().st_mtime >= source.stat().st_mtime
