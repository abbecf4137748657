"""The due list read every way a list is read: by index from either end, by slices with
any step, past its end, whole after a part, with the escalated terms added after it,
cut to a limit, for one person — always the same deadlines in the same order."""

import datetime as dt

import pytest

from casebook.core.time import deadlines
from casebook.core.time.deadlines import Deadline, Due
from tests.conftest import new_case

UTC = dt.timezone.utc
AMS = "Europe/Amsterdam"
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # Monday 10:00 in Amsterdam
NOW = dt.datetime(2026, 3, 6, 12, 0, tzinfo=UTC)
CALLBACKS = 450  # more than two pages of 200


def callback_at(n: int) -> str:
    """Callback n is due n minutes after 10:00 (+01:00) on Monday 2 March."""
    hour, minute = divmod(10 * 60 + n, 60)
    return f"2026-03-02T{hour:02}:{minute:02}:00+01:00"


ACK = ("acknowledge", "2026-03-03T10:00:00+01:00")  # 24 h after the case was received
EVERY = [("callback", callback_at(n)) for n in range(CALLBACKS)] + [ACK]  # 451, due order


@pytest.fixture
def long_list(book, clock):
    """One case with 450 pending callbacks, Bert's when n is odd, nobody's when even."""
    from casebook.db.models import Staff, bulk_insert

    ref = book.open_case(new_case(follow={"next_reply_at": None}), by="Anna")
    bert = Staff.get(Staff.name == "Bert").id
    bulk_insert(Deadline, [
        {"case": book.get(ref).id, "kind": "callback",
         "due_at": START + dt.timedelta(minutes=n), "tz": AMS,
         "owner": bert if n % 2 else None, "created_at": START, "state": "pending"}
        for n in range(CALLBACKS)])
    return ref


def shown(items) -> list[tuple[str, str]]:
    return [(d.kind, d.due_at) for d in items]


def test_callbacks_spell_their_own_times():
    assert callback_at(0) == "2026-03-02T10:00:00+01:00"
    assert callback_at(449) == "2026-03-02T17:29:00+01:00"
    assert len(EVERY) == 451


def test_one_item_from_a_fresh_list_is_the_item_at_that_place(long_list):
    for key in [0, 1, 199, 200, 201, 399, 400, 449, 450, -1, -2, -200, -451]:
        item = deadlines.due(NOW)[key]
        assert (key, item.kind, item.due_at) == (key, *EVERY[key])


def test_a_slice_of_a_fresh_list_is_that_slice_of_the_list(long_list):
    for key in [slice(None), slice(None, None, -1), slice(5, 2), slice(3, 3), slice(None, 0),
                slice(10, 0, -3), slice(None, None, 2), slice(1, None, 7), slice(-3, None),
                slice(195, 205), slice(440, 460), slice(400, None), slice(450, 10, -100),
                slice(300, 100, -1), slice(0, 451, 450)]:
        assert (key, shown(deadlines.due(NOW)[key])) == (key, EVERY[key])


def test_a_few_literal_slices(long_list):
    rows = deadlines.due(NOW)
    assert shown(rows[10:0:-4]) == [("callback", "2026-03-02T10:10:00+01:00"),
                                    ("callback", "2026-03-02T10:06:00+01:00"),
                                    ("callback", "2026-03-02T10:02:00+01:00")]
    assert shown(rows[448::1]) == [("callback", "2026-03-02T17:28:00+01:00"),
                                   ("callback", "2026-03-02T17:29:00+01:00"), ACK]
    assert rows[5:2] == [] and rows[7:7] == [] and rows[10:0:1] == []


def test_read_in_pieces_then_whole_it_is_the_whole_list_once(long_list):
    rows = deadlines.due(NOW)
    assert (rows[0].kind, rows[0].due_at) == EVERY[0]  # the first page read
    assert (rows[300].due_at, rows[-1].due_at) == (callback_at(300), ACK[1])
    assert shown(rows[100:102]) == EVERY[100:102]
    assert shown(rows) == EVERY
    assert shown(list(rows)) == EVERY  # and again
    assert len(rows) == 451

    rows = deadlines.due(NOW)
    assert rows[199].due_at == callback_at(199)  # exactly one page
    assert shown(rows) == EVERY
    rows = deadlines.due(NOW)
    assert shown(rows[:200]) == EVERY[:200]
    assert rows[200].due_at == callback_at(200)
    assert len(list(rows)) == 451


def test_past_either_end_there_is_nothing(long_list):
    rows = deadlines.due(NOW)
    with pytest.raises(IndexError) as past:
        rows[451]
    assert past.value.args == (451,)  # names the place asked for
    with pytest.raises(IndexError) as before:
        deadlines.due(NOW)[-452]
    assert isinstance(before.value.args[0], int) and before.value.args[0] < 0
    assert shown(rows[-451:-450]) == [EVERY[0]]


def test_the_escalated_terms_follow_the_rows(long_list):
    first = Due(id=-1, ref="CB-X1", kind="statutory", due_at="2026-03-01T09:00:00+01:00",
                owner="Carla", state="missed", customer="")
    second = Due(id=-2, ref="CB-X2", kind="statutory", due_at="2026-03-01T10:00:00+01:00",
                 owner="Carla", state="missed", customer="")
    rows = deadlines.due(NOW) + [first, second]
    assert len(rows) == 453
    assert rows[451] == first and rows[452] == second and rows[-1] == second
    assert rows[-3].kind == "acknowledge"
    with pytest.raises(IndexError) as past:
        rows[453]
    assert past.value.args == (453,)
    fresh = deadlines.due(NOW) + [first, second]
    assert fresh[452] == second  # straight to the end of a list never read
    assert fresh[449:453] == [fresh[449], fresh[450], first, second]
    assert shown(fresh[449:453])[:2] == [("callback", callback_at(449)), ACK]
    assert list(deadlines.due(NOW) + [first, second])[-2:] == [first, second]
    assert len(deadlines.due(NOW)) == 451  # the list added to is not changed


def test_a_list_equals_the_same_items_in_any_sequence_and_nothing_else(long_list):
    rows = deadlines.due(NOW)
    items = list(deadlines.due(NOW))
    assert rows == items
    assert rows == tuple(items)
    assert not rows == items[:-1]
    assert not rows == items[1:] + items[:1]
    assert not rows == 451
    assert not rows == None  # noqa: E711  (== is what is tested)
    assert rows != items[:-1]


def test_a_limit_cuts_the_list_however_it_is_read(long_list):
    rows = deadlines.due(NOW, limit=250)
    assert len(rows) == 250
    assert rows[249].due_at == callback_at(249) and rows[-1].due_at == callback_at(249)
    with pytest.raises(IndexError):
        rows[250]
    assert shown(rows[240:260]) == EVERY[240:250]
    assert shown(rows) == EVERY[:250]
    fresh = deadlines.due(NOW, limit=250)
    assert fresh[0].due_at == callback_at(0)
    assert shown(list(fresh)) == EVERY[:250]
    assert shown(deadlines.due(NOW, limit=3)[::-1]) == EVERY[2::-1]
    assert shown(deadlines.due(NOW, limit=1000)) == EVERY  # a limit beyond the list


def test_one_persons_list_read_past_its_first_page(long_list):
    berts = [("callback", callback_at(n)) for n in range(1, CALLBACKS, 2)]  # 225
    rows = deadlines.due(NOW, owner="Bert")
    assert len(rows) == 225
    assert rows[224].due_at == callback_at(449)
    assert shown(rows[199:202]) == berts[199:202]
    assert shown(rows) == berts
    assert list(deadlines.due(NOW, owner="Nobody")) == []
    assert deadlines.due(NOW, owner="Nobody")[0:5] == []
    with pytest.raises(IndexError):
        deadlines.due(NOW, owner="Nobody")[0]


def test_the_peewee_form_of_the_due_list_finds_the_same_deadlines(book, clock):
    """due_query (for callers that compose their own query): open deadlines due by the
    moment, not paused, snoozed ones once the snooze ends, oldest first, by owner."""
    from casebook.db.models import Staff

    ref = book.open_case(new_case(follow={"next_reply_at": None}), by="Anna")
    case = book.get(ref)
    anna = Staff.get(Staff.name == "Anna").id
    bert = Staff.get(Staff.name == "Bert").id

    def made(minutes, state="pending", owner=None, **more):
        return Deadline.create(case=case, kind="callback", tz=AMS, created_at=START,
                               due_at=START + dt.timedelta(minutes=minutes), state=state,
                               owner=owner, **more).id

    ids = {
        "missed": made(3, "missed", bert),
        "pending": made(1, owner=bert),
        "done": made(2, "done", bert),
        "cancelled": made(4, "cancelled"),
        "paused": made(5, paused_at=START),
        "snoozed past now": made(6, snoozed_until=NOW + dt.timedelta(seconds=1)),
        "snoozed until now": made(7, owner=bert, snoozed_until=NOW),
        "due after now": made(60 * 24 * 5),  # Saturday
        "nobody's": made(8),
        "due at this very moment": made(4 * 24 * 60 + 3 * 60),  # Friday 12:00 UTC = NOW
    }
    ack = Deadline.get((Deadline.kind == "acknowledge")).id
    rows = list(deadlines.due_query(NOW).tuples())
    assert [row[:3] + row[4:] for row in rows] == [
        (ids["pending"], ref, "callback", AMS, "Bert", "pending", None),
        (ids["missed"], ref, "callback", AMS, "Bert", "missed", None),
        (ids["snoozed until now"], ref, "callback", AMS, "Bert", "pending",
         NOW),
        (ids["nobody's"], ref, "callback", AMS, None, "pending", None),
        (ack, ref, "acknowledge", AMS, "Anna", "pending", None),
        (ids["due at this very moment"], ref, "callback", AMS, None, "pending", None)]
    assert [row[3] for row in rows[:2]] == [START + dt.timedelta(minutes=1),
                                           START + dt.timedelta(minutes=3)]
    assert [row[0] for row in deadlines.due_query(NOW, owner="Bert").tuples()] == [
        ids["pending"], ids["missed"], ids["snoozed until now"]]
    assert [row[0] for row in deadlines.due_query(NOW, owner="Nobody").tuples()] == []
    # one minute before the first is due, nothing but the acknowledgement (due Tuesday)
    assert list(deadlines.due_query(START).tuples()) == []
    # the due list proper agrees
    assert [d.id for d in deadlines.due(NOW)] == [row[0] for row in rows]
    assert anna != bert
