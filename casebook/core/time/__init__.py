"""Time: the injectable clock, business calendar, time parsing and deadlines."""
