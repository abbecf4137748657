"""Open at login: the entry each desktop reads, written and removed in the user's folders;
and the timers of the running app, which follow the casebook's clock."""

import plistlib

from PySide6.QtCore import QObject

from casebook.ui import autostart
from casebook.ui.ticker import ManualTicker, Ticker, for_clock


def test_linux_gets_a_freedesktop_autostart_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    argv = ["/opt/Case Book/bin/python3", "-m", "casebook"]
    assert autostart.is_enabled("linux") is False
    autostart.enable("linux", argv)
    entry = tmp_path / "cfg" / "autostart" / "casebook.desktop"
    assert entry.read_text(encoding="utf-8") == (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Casebook\n"
        "Comment=Complaint cases and the follow-ups promised to customers\n"
        'Exec="/opt/Case Book/bin/python3" -m casebook\n'
        "Icon=casebook\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n")
    assert autostart.is_enabled("linux") is True
    autostart.disable("linux")
    assert not entry.exists() and autostart.is_enabled("linux") is False
    autostart.disable("linux")  # twice is fine


def test_without_xdg_config_home_the_entry_goes_to_dot_config(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart.entry_path("linux") == tmp_path / ".config" / "autostart" / \
        "casebook.desktop"


def test_exec_quotes_what_the_desktop_spec_reserves():
    text = autostart.desktop_entry(['/home/o"k/py$thon', "-m", "casebook", "100%"])
    assert 'Exec="/home/o\\"k/py\\$thon" -m casebook 100%%\n' in text


def test_macos_gets_a_launch_agent_that_runs_at_load(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    autostart.enable("darwin", ["/Applications/Casebook.app/Contents/MacOS/casebook"])
    agent = tmp_path / "Library" / "LaunchAgents" / "org.casebook.Casebook.plist"
    assert plistlib.loads(agent.read_bytes()) == {
        "Label": "org.casebook.Casebook",
        "ProgramArguments": ["/Applications/Casebook.app/Contents/MacOS/casebook"],
        "RunAtLoad": True}
    assert autostart.is_enabled("darwin")
    autostart.disable("darwin")
    assert not agent.exists()


def test_the_command_is_this_python_running_the_package(monkeypatch):
    monkeypatch.setattr("sys.executable", "/venv/bin/python3")
    assert autostart.command() == ["/venv/bin/python3", "-m", "casebook"]
    monkeypatch.setattr("sys.frozen", True, raising=False)
    assert autostart.command() == ["/venv/bin/python3"]


# --------------------------------------------------------------------- the ticker
def test_a_fixed_clock_drives_its_timers_by_hand_and_only_when_started(qapp, clock):
    ticks = for_clock(clock)
    assert isinstance(ticks, ManualTicker) and for_clock(clock) is ticks
    owner = QObject()
    fired: list[str] = []
    minute = ticks.timer(60_000, owner)
    minute.timeout.connect(lambda: fired.append(f"minute {clock.now():%H:%M:%S}"))
    once = ticks.timer(90_000, owner, single_shot=True)
    once.timeout.connect(lambda: fired.append(f"once {clock.now():%H:%M:%S}"))
    idle = ticks.timer(1_000, owner)  # never started: never fires
    idle.timeout.connect(lambda: fired.append("idle"))
    minute.start()
    once.start()
    ticks.advance(minutes=3, seconds=30)
    assert fired == ["minute 09:01:00", "once 09:01:30", "minute 09:02:00", "minute 09:03:00"]
    assert clock.now().strftime("%H:%M:%S") == "09:03:30"
    assert minute.isActive() and not once.isActive() and not idle.isActive()
    minute.setInterval(10_000)  # as in Qt, a running timer counts again from now
    minute.stop()
    ticks.advance(minutes=1)
    assert fired[-1] == "minute 09:03:00"


def test_a_real_clock_gets_real_timers(qapp):
    from casebook.core.time.clock import SystemClock

    ticker = for_clock(SystemClock())
    assert type(ticker) is Ticker
    owner = QObject()
    timer = ticker.timer(60_000, owner)
    assert timer.interval() == 60_000 and not timer.isActive()
