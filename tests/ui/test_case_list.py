"""The case list model: lazy pages in the database's order, quick filters, looks, no raise."""

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from casebook.core.cases import listing
from casebook.ui import case_list
from casebook.ui.case_list import COLUMNS, CaseListModel
from casebook.ui.operations import Session
from tests.conftest import new_case

REPLY = {"at": "2026-03-03T09:05:00+01:00", "channel": "phone",
         "text": "The plumber fixed the boiler this morning.",
         "resolution": {"type": "repair", "text": "Boiler valve replaced"}, "accepted": True}
NAMES = ["Bram", "anna", "Émile", "王芳", "Нина", "ნინო", "Bram", "Zoë", "Anna K", "Chloe"]


@pytest.fixture
def model(qtbot, book):
    return CaseListModel(Session(book, "Anna"), lang="en")


def refs(model) -> list[str]:
    return [model.ref_at(row) for row in range(model.rowCount())]


def cell(model, row: int, column: str, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, COLUMNS.index(column)), role)


def log_cases(book, clock, count: int) -> list[str]:
    """Cases received a few minutes apart, customers in several scripts, one twice."""
    made = []
    for i in range(count):
        name = NAMES[i % len(NAMES)]
        made.append(book.open_case(new_case(
            customer={"name": name, "phone": f"06{i:04d}"},
            received_at=(clock.now() + dt.timedelta(minutes=i)).isoformat()), by="Anna"))
    return made


@pytest.mark.parametrize("small", [True, False], ids=["ordered-in-memory", "paged-by-sql"])
@pytest.mark.parametrize("key", ["received_at", "customer", "ref", "owner", "state"])
@pytest.mark.parametrize("descending", [False, True], ids=["up", "down"])
def test_pages_follow_the_database_order(book, clock, model, monkeypatch, small, key,
                                         descending):
    made = log_cases(book, clock, 23)
    bert = model.session.book.search("Zoë")[0]  # one of the two Zoë cases changes owner
    book.handover(bert, "Bert", by="Anna")
    monkeypatch.setattr(case_list, "PAGE", 4)  # many pages, read ahead and out of order
    monkeypatch.setattr(case_list, "SMALL", 100 if small else 3)
    model.sort(COLUMNS.index(key), Qt.SortOrder.DescendingOrder if descending
               else Qt.SortOrder.AscendingOrder)
    model.refresh()
    # By hand: case i (0–22) is 2026-000{i+1}, its customer NAMES[i % 10]; ties go by
    # reference in the sort's direction. Names sort by their UTF-8 bytes, the database's
    # order: capitals, small letters, then accented Latin, Cyrillic, Georgian, Chinese.
    by_name = ["Anna K", "Bram", "Chloe", "Zoë", "anna", "Émile", "Нина", "ნინო", "王芳"]
    ascending = {
        "received_at": made, "ref": made, "state": made,  # every case is open
        "customer": [ref for name in by_name for i, ref in enumerate(made)
                     if NAMES[i % 10] == name],
        "owner": [ref for ref in made if ref != bert] + [bert],  # Anna's, then Bert's
    }[key]
    assert made == [f"2026-{n:05d}" for n in range(1, 24)]
    expected = ascending[::-1] if descending else ascending
    assert model.rowCount() == 23
    assert [model.ref_at(row) for row in (22, 0, 11, 5, 17)] == [
        expected[row] for row in (22, 0, 11, 5, 17)]  # jumps first, then every row
    assert refs(model) == expected


@pytest.mark.parametrize("key", ["customer", "owner"])
def test_a_filtered_list_paged_by_name_keeps_the_filter_and_the_order(book, clock, model,
                                                                     monkeypatch, key):
    """Paged by person (on a server each person's cases are asked for apart), a quick
    filter still holds: the signed-off cases are left out, the rest in name order, ties
    by reference going down."""
    made = log_cases(book, clock, 12)
    closed = made[1::3]  # four cases of three customers
    for ref in closed:
        book.update_case(ref, {"reply": {"at": clock.now().isoformat(), "channel": "phone",
                                         "text": "Fixed", "accepted": True,
                                         "resolution": {"type": "repair", "text": "Fixed"}}},
                         by="Anna")
    book.handover(made[5], "Bert", by="Anna")
    monkeypatch.setattr(case_list, "PAGE", 2)
    monkeypatch.setattr(case_list, "SMALL", 3)
    model.sort(COLUMNS.index(key), Qt.SortOrder.DescendingOrder)
    model.set_filter("open")
    # By hand, going down: names by their UTF-8 bytes backwards, then references
    by_name = ["王芳", "ნინო", "Нина", "Émile", "anna", "Zoë", "Chloe", "Bram", "Anna K"]
    expected = {
        "customer": [ref for name in by_name for i, ref in reversed(list(enumerate(made)))
                     if NAMES[i % 10] == name and ref not in closed],
        "owner": [made[5]] + [ref for ref in reversed(made) if ref not in closed + [made[5]]],
    }[key]
    assert len(expected) == 8 and model.rowCount() == 8
    assert [model.ref_at(row) for row in (7, 0, 4)] == [expected[row] for row in (7, 0, 4)]
    assert refs(model) == expected


@pytest.mark.parametrize("small", [True, False], ids=["ordered-in-memory", "paged-by-sql"])
def test_names_sort_by_code_point_here_and_on_a_server_in_any_language(
        request, backend, tmp_path, clock, monkeypatch, qtbot, small):
    """An office may create its database in its own language (Dutch here, which puts
    "anna" before "Bram" and "Émile" before "ivan"): the list sorted by customer is still
    one order, whether a few cases are sorted in memory or many are paged by the server,
    and the order of a casebook file."""
    from casebook.core.casebook import Casebook
    from tests.conftest import new_pg_database

    target = (tmp_path / "cb.sqlite3" if backend == "sqlite" else
              new_pg_database(request.getfixturevalue("pg_server"), icu_locale="nl"))
    with Casebook.open(target, clock=clock) as dutch:
        dutch.add_staff("Anna", "desk")
        for name in ["anna", "Bram", "Émile", "zoë", "Zoë", "ivan"]:
            dutch.open_case(new_case(customer={"name": name, "phone": "0612"}), by="Anna")
        monkeypatch.setattr(case_list, "PAGE", 2)
        monkeypatch.setattr(case_list, "SMALL", 100 if small else 3)
        model = CaseListModel(Session(dutch, "Anna"), lang="en")
        model.sort(COLUMNS.index("customer"), Qt.SortOrder.AscendingOrder)
        model.refresh()
        assert [cell(model, row, "customer") for row in range(model.rowCount())] == [
            "Bram", "Zoë", "anna", "ivan", "zoë", "Émile"]
        model.sort(COLUMNS.index("customer"), Qt.SortOrder.DescendingOrder)
        model.refresh()
        assert [cell(model, row, "customer") for row in range(model.rowCount())] == [
            "Émile", "zoë", "ivan", "anna", "Zoë", "Bram"]


def test_a_long_scroll_keeps_a_bounded_number_of_pages(book, clock, model, monkeypatch):
    log_cases(book, clock, 30)
    monkeypatch.setattr(case_list, "PAGE", 2)
    monkeypatch.setattr(case_list, "MAX_PAGES", 3)
    monkeypatch.setattr(case_list, "SMALL", 5)
    model.refresh()
    assert len(set(refs(model))) == 30
    assert len(model._pages) <= 3


def test_model_passes_the_qt_model_tester_with_pages_and_filters(qtmodeltester, book, clock,
                                                                  model, monkeypatch):
    log_cases(book, clock, 12)
    monkeypatch.setattr(case_list, "PAGE", 5)
    monkeypatch.setattr(case_list, "SMALL", 4)
    model.refresh()
    qtmodeltester.check(model)
    model.set_filter("overdue")
    qtmodeltester.check(model)
    model.set_search("Нина")
    qtmodeltester.check(model)


def test_cells_read_as_the_desk_reads_them(book, clock, qtbot):
    ref = book.open_case(new_case(), by="Anna")
    model = CaseListModel(Session(book, "Anna"), lang="nl")
    assert cell(model, 0, "ref") == ref
    assert cell(model, 0, "received_at") == "02-03-2026 10:00"  # Amsterdam, the Dutch way
    assert cell(model, 0, "category") == book.label("category", "unit_repairs", "nl")
    assert cell(model, 0, "owner") == "Anna"
    assert cell(model, 0, "next_reply_at") == "03-03-2026 09:00"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == ref


def test_overdue_rows_are_red_with_a_bold_next_reply(book, clock, model):
    book.open_case(new_case(), by="Anna")
    model.refresh()
    assert cell(model, 0, "customer", Qt.ItemDataRole.ForegroundRole) is None
    clock.set(dt.datetime(2026, 3, 3, 8, 1, tzinfo=dt.timezone.utc))  # 09:01, a minute late
    brush = cell(model, 0, "customer", Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == case_list.OVERDUE
    assert cell(model, 0, "next_reply_at", Qt.ItemDataRole.FontRole).bold()
    assert cell(model, 0, "customer", Qt.ItemDataRole.FontRole) is None
    assert cell(model, 0, "next_reply_at", Qt.ItemDataRole.ToolTipRole) == "Overdue"


def test_a_major_case_is_tinted_until_it_is_reported(book, model):
    ref = book.open_case(new_case(major_triggers=["flooding"]), by="Anna")
    book.open_case(new_case(), by="Anna")
    model.refresh()
    tint = {model.ref_at(r): cell(model, r, "ref", Qt.ItemDataRole.BackgroundRole)
            for r in range(2)}
    assert tint[ref].color() == case_list.MAJOR_TINT
    assert [v for k, v in tint.items() if k != ref] == [None]
    assert cell(model, refs(model).index(ref), "severity") == "Major"
    book.update_case(ref, {"report": {"to": "Marta", "at": "2026-03-02T10:20:00+01:00",
                                      "means": "phone"}}, by="Anna")
    model.refresh()
    assert cell(model, refs(model).index(ref), "ref", Qt.ItemDataRole.BackgroundRole) is None


def test_quick_filters(book, clock, model):
    today = book.open_case(new_case(follow={"next_reply_at": "2026-03-02T16:00:00+01:00"}),
                           by="Anna")
    later = book.open_case(new_case(follow={"next_reply_at": "2026-03-09T09:00:00+01:00"}),
                           by="Anna")
    book.add_action(later, "Called the customer back", by="Anna")  # acknowledged
    major = book.open_case(new_case(major_triggers=["fire"],
                                    follow={"next_reply_at": "2026-03-09T09:00:00+01:00"}),
                           by="Anna")
    replied = book.open_case(new_case(), by="Anna")
    book.update_case(replied, {"reply": REPLY}, by="Anna")
    signed = book.open_case(new_case(), by="Anna")
    book.update_case(signed, {"reply": REPLY}, by="Anna")
    book.sign(signed, by="Anna")
    shown = {}
    for key in listing.FILTERS:
        model.set_filter(key)
        shown[key] = set(refs(model))
    assert shown["all"] == {today, later, major, replied, signed}
    assert shown["open"] == {today, later, major}
    assert today in shown["due_today"] and later not in shown["due_today"]
    assert shown["major_unreported"] == {major}
    assert shown["unsigned"] == {replied}
    assert shown["closed"] == {signed}
    clock.set(dt.datetime(2026, 3, 2, 16, 0, tzinfo=dt.timezone.utc))  # 17:00, today's passed
    model.set_filter("overdue")
    assert today in set(refs(model)) and later not in set(refs(model))


def test_search_narrows_within_a_filter(book, clock, model):
    leak = book.open_case(new_case(customer={"name": "王芳", "phone": "138"},
                                   hear={"account": "楼上漏水"}), by="Anna")
    book.open_case(new_case(), by="Anna")
    model.set_search("漏水")
    assert refs(model) == [leak]
    model.set_filter("closed")
    assert refs(model) == []
    model.set_filter("all")
    model.set_search("   ")
    assert model.rowCount() == 2


def test_the_next_reply_column_does_not_sort(book, clock, model):
    log_cases(book, clock, 3)
    before = refs(model)
    assert not model.sortable(COLUMNS.index("next_reply_at"))
    model.sort(COLUMNS.index("next_reply_at"), Qt.SortOrder.AscendingOrder)
    assert refs(model) == before and model.sort_key == "received_at"


def test_data_never_raises(book, clock, model, caplog, monkeypatch):
    log_cases(book, clock, 3)
    model.refresh()
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    assert model.headerData(99, Qt.Orientation.Horizontal) is None
    assert model.index(5, 0).isValid() is False

    def broken(*_args, **_kwargs):
        raise RuntimeError("the database went away under the view")

    model._pages.clear()
    monkeypatch.setattr(listing, "rows_for", broken)
    assert model.data(model.index(1, 0)) is None  # rows read empty, nothing raises
    assert "case list page failed" in caplog.text
    monkeypatch.setattr(listing, "count_cases", broken)
    monkeypatch.setattr(model, "_sorted_ids", broken)
    model.refresh()  # a refresh that fails leaves an empty, consistent list
    assert model.rowCount() == 0
