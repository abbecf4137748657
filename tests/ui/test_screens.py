"""Every window and every button on screen, on a 1366×768 laptop and a 1920×1080 desktop.

Qt's offscreen platform takes its screen from a file, once per process, so each size
runs `tests/ui/screen_check.py` in a process of its own: the main window, a case in
the editor (at parts 1, 3 and 5), the print preview and the signing dialog, in English,
Russian and Georgian (the longest words)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.core.demo.book import create_demo
from casebook.core.time.clock import FixedClock
from tests.ui.screen_check import NOW, screen_config

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("screens")
    create_demo(folder / "demo.sqlite3", cases=120, seed=9, clock=FixedClock(NOW))
    return folder


@pytest.mark.parametrize("width, height", [(1366, 728), (1920, 1080)],
                         ids=["laptop-1366x768-with-taskbar", "desktop-1920x1080"])
def test_every_window_and_button_is_on_the_screen(demo, tmp_path, width, height):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen_config(width, height)), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_check", str(demo / "demo.sqlite3"),
         str(tmp_path / "home"), "en", "ru", "ka"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.stdout.strip().splitlines() == ["ok"], result.stdout + result.stderr[-2000:]
