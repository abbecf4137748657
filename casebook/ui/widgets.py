"""Small helpers shared by the desktop's widgets."""

from __future__ import annotations

from casebook.core.times import parse_time, zone


def time_text(value, tz: str) -> str:
    """An ISO time as the desk reads it: local, to the minute ("2026-03-03 09:00")."""
    when = parse_time(value, tz) if value else None
    return when.astimezone(zone(tz)).strftime("%Y-%m-%d %H:%M") if when else ""
