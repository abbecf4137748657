"""Open Casebook when the user logs in, so an agreed reply time is not missed because
nobody started the program that morning.

Each desktop has its own way, and each is a file or key of the user's own, never
the system's:

- Linux and other freedesktop desktops: `~/.config/autostart/casebook.desktop`
  (the XDG Autostart specification; `$XDG_CONFIG_HOME` is honoured);
- macOS: a launchd agent, `~/Library/LaunchAgents/org.casebook.Casebook.plist`
  with RunAtLoad;
- Windows: the per-user `Run` key (HKCU\\…\\CurrentVersion\\Run), which Windows
  lists beside the Startup folder's shortcuts under "Startup apps".

No Qt here: the settings dialog asks, this module writes.
"""

from __future__ import annotations

import os
import plistlib
import sys
from pathlib import Path

ENTRY = "casebook.desktop"
AGENT = "org.casebook.Casebook"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def command() -> list[str]:
    """How this Casebook is started: the frozen program itself, or this Python's module."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "casebook"]


def _platform(platform: str | None) -> str:
    return platform or sys.platform


def entry_path(platform: str | None = None) -> Path:
    """Where the login entry of this desktop lives (the Windows key has no path)."""
    platform = _platform(platform)
    if platform == "darwin":
        return Path.home() / "Library" / "LaunchAgents" / f"{AGENT}.plist"
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / ENTRY


def desktop_entry(argv: list[str]) -> str:
    """A freedesktop autostart entry; Exec quoted as the Desktop Entry spec asks."""
    def quoted(arg: str) -> str:
        if not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`='):
            return arg
        escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") \
            .replace("$", "\\$")
        return f'"{escaped}"'

    exec_line = " ".join(quoted(a) for a in argv).replace("%", "%%")
    return ("[Desktop Entry]\nType=Application\nName=Casebook\n"
            "Comment=Complaint cases and the follow-ups promised to customers\n"
            f"Exec={exec_line}\nIcon=casebook\nTerminal=false\n"
            "X-GNOME-Autostart-enabled=true\n")


def is_enabled(platform: str | None = None) -> bool:
    platform = _platform(platform)
    if platform == "win32":
        return _windows_value() is not None
    return entry_path(platform).is_file()


def enable(platform: str | None = None, argv: list[str] | None = None) -> None:
    """Start Casebook at the next login (written at once; OSError if it cannot be)."""
    platform, argv = _platform(platform), argv or command()
    if platform == "win32":
        _windows_set(" ".join(f'"{a}"' if " " in a else a for a in argv))
        return
    path = entry_path(platform)
    path.parent.mkdir(parents=True, exist_ok=True)
    if platform == "darwin":
        data = plistlib.dumps({"Label": AGENT, "ProgramArguments": argv, "RunAtLoad": True})
    else:
        data = desktop_entry(argv).encode("utf-8")
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    os.replace(partial, path)


def disable(platform: str | None = None) -> None:
    platform = _platform(platform)
    if platform == "win32":
        _windows_set(None)
        return
    entry_path(platform).unlink(missing_ok=True)


def _windows_value() -> str | None:
    import winreg  # only on Windows

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            return winreg.QueryValueEx(key, "Casebook")[0]
    except FileNotFoundError:
        return None


def _windows_set(value: str | None) -> None:
    import winreg  # only on Windows

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        if value is None:
            try:
                winreg.DeleteValue(key, "Casebook")
            except FileNotFoundError:
                pass
        else:
            winreg.SetValueEx(key, "Casebook", 0, winreg.REG_SZ, value)
