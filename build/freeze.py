"""Casebook as one folder for a shop PC, with no Python to install: `dist/casebook/`.

    python3 -m pip install -e ".[build]"     # PyInstaller, pinned in pyproject.toml
    python3 build/freeze.py                  # → dist/casebook/casebook (.exe on Windows)

1. builds the wheel (`pip wheel`), so the app carries exactly what a pip
   install carries: fonts with their licences, compiled catalogues, icons;
2. unpacks it into `.build/freeze/stage` and runs PyInstaller on
   `build/casebook.spec` (one folder, only the Qt parts the app uses);
3. on Linux adds the desktop entry, AppStream metadata and icons under
   `dist/casebook/share/`; on Windows the executable gets the icon and the
   version information of `build/windows-version.txt`;
4. prints the folder's size.

Run it on the system the app is for: PyInstaller does not cross-build. The
same command makes the Windows and macOS folders there (see README).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = ROOT / ".build" / "freeze"
DIST = ROOT / "dist"
APP_ID = "org.casebook.Casebook"


def run(*command: str, **kw) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, **kw)


def build_wheel() -> Path:
    out = WORK / "wheel"
    shutil.rmtree(out, ignore_errors=True)
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out),
        str(ROOT))
    return next(out.glob("casebook-*.whl"))


def stage(wheel: Path) -> Path:
    folder = WORK / "stage"
    shutil.rmtree(folder, ignore_errors=True)
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(folder)
    return folder


def version_file(version: str) -> Path:
    numbers = [int(part) for part in version.split(".")[:3] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    text = (HERE / "windows-version.txt").read_text(encoding="utf-8")
    path = WORK / "windows-version.txt"
    path.write_text(text.format(version=version, version_tuple=tuple(numbers)),
                    encoding="utf-8")
    return path


def desktop_files(app: Path, icons: Path) -> None:
    """What a Linux desktop needs to show Casebook in its menu (README says where to copy)."""
    share = app / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for png in icons.glob("casebook-*.png"):
        size = png.stem.split("-")[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target / f"{APP_ID}.png")
    target = share / "icons" / "hicolor" / "scalable" / "apps"
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / "casebook.svg", target / f"{APP_ID}.svg")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    WORK.mkdir(parents=True, exist_ok=True)
    staged = stage(build_wheel())
    version = next(staged.glob("casebook-*.dist-info")).name[len("casebook-"):-len(".dist-info")]
    env = dict(os.environ, CASEBOOK_FREEZE_STAGE=str(staged),
               CASEBOOK_VERSION_FILE=str(version_file(version)))
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"),
        str(HERE / "casebook.spec"), env=env, cwd=ROOT)
    app = DIST / "casebook"
    if sys.platform.startswith("linux"):
        desktop_files(app, staged / "casebook" / "resources" / "icons")
    print(f"{app}: Casebook {version}, {folder_size(app) / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
