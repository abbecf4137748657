"""The reports view: a period's figures, charts, and a click through to the cases."""

import datetime as dt

from PySide6.QtCore import QDate, Qt

from casebook.ui.reports import preset_period
from tests.conftest import new_case


def test_presets_are_local_calendar_periods():
    wednesday = dt.date(2026, 3, 4)
    assert preset_period("this_week", wednesday) == (dt.date(2026, 3, 2), dt.date(2026, 3, 9))
    assert preset_period("last_week", wednesday) == (dt.date(2026, 2, 23), dt.date(2026, 3, 2))
    assert preset_period("this_month", wednesday) == (dt.date(2026, 3, 1), dt.date(2026, 4, 1))
    assert preset_period("last_month", wednesday) == (dt.date(2026, 2, 1), dt.date(2026, 3, 1))
    assert preset_period("last_month", dt.date(2026, 1, 15)) == (dt.date(2025, 12, 1),
                                                                dt.date(2026, 1, 1))


def logged(book):
    refs = {"noise": [], "unit_repairs": []}
    for i in range(3):
        refs["noise"].append(book.open_case(new_case(
            category="noise", customer={"name": f"Buur {i}", "phone": f"06{i}"}), by="Anna"))
    for i in range(2):
        refs["unit_repairs"].append(book.open_case(new_case(
            customer={"name": f"Huurder {i}", "phone": f"07{i}"}), by="Anna"))
    return refs


def test_the_month_shows_its_figures_and_a_bar_lists_its_cases(qtbot, window, book):
    refs = logged(book)
    window.model.refresh()
    view = window.open_reports()
    qtbot.addWidget(view)
    assert view.preset.currentData() == "this_month"
    assert view.findChild(type(view.headline.itemAt(0).widget()), "figure_received").text() \
        == "<b style='font-size:18pt'>5</b>"
    chart = view.charts["category"]
    labels = [bar.label for bar in chart.bars]
    assert labels == ["Noise", "Repairs in the unit"]  # largest first, in the UI's language
    centre = chart.bar_rect(0).center().toPoint()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=centre)
    shown = {window.model.ref_at(r) for r in range(window.model.rowCount())}
    assert shown == set(refs["noise"])  # the bar's 3 cases, no others
    assert window.pinned_bar.isVisibleTo(window)
    assert "Noise" in window.pinned_label.text() and "3 case" in window.pinned_label.text()
    window.findChild(type(window.print_button), "showAllButton").click()
    assert window.model.rowCount() == 5 and not window.pinned_bar.isVisibleTo(window)


def test_bars_are_reached_with_the_keyboard(qtbot, window, book):
    refs = logged(book)
    view = window.open_reports()
    qtbot.addWidget(view)
    chart = view.charts["category"]
    chart.setFocus()
    with qtbot.waitSignal(chart.picked) as picked:
        qtbot.keyClick(chart, Qt.Key.Key_Down)
        qtbot.keyClick(chart, Qt.Key.Key_Down)
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert picked.args == ["unit_repairs"]
    assert {window.model.ref_at(r) for r in range(window.model.rowCount())} == set(
        refs["unit_repairs"])


def test_a_bar_agrees_with_the_list_for_every_dimension(qtbot, window, book):
    logged(book)
    view = window.open_reports()
    qtbot.addWidget(view)
    for dimension, chart in view.charts.items():
        for bar in chart.bars:
            if dimension == "satisfaction" and not bar.value:
                continue
            ids = view.pick(dimension, bar.key)
            assert len(ids) == bar.value == window.model.rowCount(), (dimension, bar.key)


def test_last_month_is_empty_and_custom_dates_follow_the_edits(qtbot, window, book):
    logged(book)
    view = window.open_reports()
    qtbot.addWidget(view)
    view.preset.setCurrentIndex(view.preset.findData("last_month"))
    assert view.statistics.counts.received == 0
    assert view.period() == (dt.date(2026, 2, 1), dt.date(2026, 3, 1))
    view.end.setDate(QDate(2026, 3, 2))  # to 2 March, included: today's cases come in
    assert view.preset.currentData() == "custom"
    assert view.statistics.counts.received == 5


def test_the_view_speaks_the_interface_language(qtbot, window, book):
    from casebook.app import apply_language

    logged(book)
    new = window.switch_language("nl")
    qtbot.addWidget(new)
    try:
        view = new.open_reports()
        qtbot.addWidget(view)
        assert [bar.label for bar in view.charts["category"].bars][0] == "Geluidsoverlast"
    finally:
        apply_language("en")


def test_the_report_is_saved_as_pdf_and_csv_like_the_command_line(qtbot, window, book,
                                                                   tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    logged(book)
    view = window.open_reports()
    qtbot.addWidget(view)
    for suffix, save in ((".pdf", view.save_pdf), (".csv", view.save_csv)):
        target = tmp_path / f"März & <Bericht>{suffix}"  # user text in a file name is data
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, t=target, **k: (str(t), "")))
        assert save() == target and target.exists()
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "März & <Bericht>.pdf")
                   .pages)
    assert "Noise" in text and "Repairs in the unit" in text
    rows = (tmp_path / "März & <Bericht>.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 1 + 5  # a header and the period's five cases
