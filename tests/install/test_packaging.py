"""What README promises about installing agrees with the files that do it.

README's test command is the one .ci/run runs; the apt list and README's table
name the same packages; the desktop entry, the AppStream metadata and the
Windows version information carry the app's id and version; Qt's desktop
platform plugin finds every library it links once the list is installed.
"""

import ast
import configparser
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from casebook import __version__
from casebook.app import DESKTOP_ID

TRANSLATED = ("ru", "zh_CN", "nl", "ka")


@pytest.fixture(scope="module")
def root(pytestconfig) -> Path:
    return pytestconfig.rootpath


@pytest.fixture(scope="module")
def readme(root) -> str:
    return (root / "README.md").read_text(encoding="utf-8")


def two_commands(readme: str) -> str:
    """README's section "Two commands" (door/readme.sh finds it the same way)."""
    heading = re.search(r"^#+ .*[Tt]wo commands.*$", readme, re.M)
    section = readme[heading.end():]
    return section[:section.index("\n## ")]


def commands(readme: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```(?:sh|bash|console|shell)?\n(.*?)```",
                                           two_commands(readme), re.S)]


def apt_packages(root: Path) -> list[str]:
    lines = (root / "build" / "apt-packages.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_the_two_commands_make_and_use_a_virtual_environment(readme):
    install, test = commands(readme)
    assert install.startswith("python3 -m venv .venv && ") and "casebook --demo" in install
    assert "pip install" in install and " .venv/bin/" in install
    assert test.startswith("python3 -m venv .venv && ") and "pytest" in test
    assert "sudo" not in install + test and "--break-system-packages" not in install + test


def test_ci_runs_readmes_test_command_as_written(root, readme):
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    assert commands(readme)[1] in ci.splitlines()
    assert "build/apt-packages.txt" in ci and "build/freeze.py" in ci
    assert "-m frozen" in ci


def test_the_apt_list_and_readmes_table_agree(root, readme):
    listed = apt_packages(root)
    assert len(listed) == len(set(listed))
    table = [row for row in two_commands(readme).splitlines()
             if row.startswith("| ") and "---" not in row]
    in_readme = {name.strip() for row in table[1:] for name in row.split("|")[1].split(",")}
    assert set(listed) == in_readme
    assert "python3-venv" in listed and "libxcb-cursor0" in listed and "libegl1" in listed
    assert "poppler-utils" not in listed  # no test uses it: README says so


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's xcb plugin")
def test_the_desktop_platform_plugin_finds_every_library(root):
    """With the list installed, libqxcb.so loads: nothing it links is missing."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    linked = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                            check=True).stdout
    missing = [line.split()[0] for line in linked.splitlines() if "not found" in line]
    assert missing == [], f"install build/apt-packages.txt: {missing}"


def test_the_desktop_entry(root):
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(root / "build" / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "Casebook"
    assert section["Exec"].split()[0] == "casebook" and section["Icon"] == DESKTOP_ID
    for lang in TRANSLATED:
        assert section[f"Comment[{lang}]"] and section[f"GenericName[{lang}]"]


def test_the_appstream_metadata(root):
    component = ET.parse(root / "build" / f"{DESKTOP_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == DESKTOP_ID
    assert component.find("launchable").text == f"{DESKTOP_ID}.desktop"
    assert component.findtext("project_license") == "MIT"
    assert component.find("releases/release").get("version") == __version__


def test_the_windows_version_information(root):
    spec = (root / "build" / "freeze.py").read_text(encoding="utf-8")
    assert "windows-version.txt" in spec
    template = (root / "build" / "windows-version.txt").read_text(encoding="utf-8")
    text = template.format(version=__version__, version_tuple=(0, 1, 0, 0))
    call = ast.parse(text, mode="eval").body
    assert isinstance(call, ast.Call) and call.func.id == "VSVersionInfo"
    assert f"StringStruct('FileVersion', '{__version__}')" in text
    assert "StringStruct('ProductName', 'Casebook')" in text


def test_licence(root):
    assert (root / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "MIT"' in pyproject and '"pyinstaller==' in pyproject
