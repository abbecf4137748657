"""Build step of the wheel: what the running app needs goes into the package.

`resources/` (fonts with their licences, icons, data files) and `translations/`
stay the sources in the repository; pyproject.toml maps them to the packages
`casebook.resources` and `casebook.translations`, so an editable checkout and
an installed wheel find them the same way, through importlib.resources
(`casebook.assets`). This file adds what pyproject.toml cannot say:

- the Qt catalogues are compiled (`.ts` → `.qm`) into the wheel with the
  `lrelease` that PySide6 ships, found from the PySide6 package, never PATH;
- setuptools' scratch output goes to `.build/`, not into the project's own
  `build/` folder of scripts.
"""

import importlib.util
import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


def lrelease() -> Path:
    """PySide6's own lrelease (the build environment installs PySide6 for it)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("building Casebook needs PySide6 (for lrelease): see pyproject.toml")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return folder / ("lrelease.exe" if sys.platform == "win32" else "lrelease")


class build_py_with_catalogues(build_py):
    """The usual copy, then the compiled Qt catalogues beside the gettext ones."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # a checkout compiles them on first start (casebook.assets)
        out = Path(self.build_lib) / "casebook" / "translations"
        out.mkdir(parents=True, exist_ok=True)
        tool = lrelease()
        for ts in sorted(Path("translations").glob("casebook_*.ts")):
            qm = out / ts.with_suffix(".qm").name
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)


setup(
    packages=[*find_packages(include=["casebook", "casebook.*"]),
              "casebook.resources", "casebook.translations"],
    cmdclass={"build_py": build_py_with_catalogues},
    options={"build": {"build_base": ".build"}},
)
