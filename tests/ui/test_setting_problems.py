"""A casebook holding a setting Casebook cannot use (issue #13: a 1,000,000 h target,
limits "lots") starts, says so once, and works on the defaults."""

from casebook.core import settings
from tests.ui.test_main_window import when_shown


def test_the_desktop_says_which_setting_was_set_aside_at_start(qtbot, book, db_path, home):
    from casebook.app import start

    settings.put("authority_limits", {"desk": "lots", "handler": "250", "manager": None})
    book.close()
    when_shown("operatorDialog", lambda d: d.accept())
    texts: list[str] = []
    shown = when_shown("settingProblemsBox", lambda box: (texts.append(box.text()),
                                                          box.accept()))
    window = start(db=str(db_path), lang="en")
    qtbot.addWidget(window)
    assert shown and texts == [
        "The setting authority_limits holds a value Casebook cannot use (lots is not an "
        "amount of money); the default is used until a manager sets it again."]
    assert window.session.book.setting("authority_limits") == {
        "desk": "50", "handler": "250", "manager": None}
