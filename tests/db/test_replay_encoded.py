"""A new case's digests written from the JSON text of its rows (a bulk intake finishes
that text before the database gives the ids) equal the digests of the rows themselves."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.db import replay

# what a column hands out: text (quotes, backslashes, emoji, scripts), numbers, flags,
# nothing, and a JSON column's lists and objects
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6)
ROWS = st.lists(st.tuples(st.integers(1, 10**9), st.lists(VALUES, max_size=6)), max_size=4)


@settings(max_examples=300, deadline=None)
@given(case_id=st.integers(1, 10**9), before=st.lists(VALUES, min_size=1, max_size=8),
       customer=st.none() | st.integers(1, 10**9), after=st.lists(VALUES, max_size=8),
       deadlines=ROWS, log=st.lists(ROWS, min_size=3, max_size=3))
def test_digests_from_encoded_text_equal_the_rows_digests(case_id, before, customer, after,
                                                          deadlines, log):
    expected = replay.digests((case_id, *before, customer, *after),
                              [(i, *values) for i, values in deadlines],
                              [[(i, *values) for i, values in rows] for rows in log])
    encoded = replay.digests_encoded(
        (case_id, replay.encoded(before), customer, replay.encoded(after)),
        [(i, replay.encoded(values)) for i, values in deadlines],
        [[(i, replay.encoded(values)) for i, values in rows] for rows in log])
    assert encoded == expected


def test_a_known_row_digests_to_its_sha256():
    """Pinned: the first 32 hex digits of SHA-256 of the canonical text, by hand."""
    import hashlib

    text = '[7,"Б\\"q",null,[1,true]]'
    assert replay.digests_encoded((7, '"Б\\"q"', None, "[1,true]"), [], [[], [], []])[0] == \
        hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
    assert replay.digests_encoded((7, '"x"', None, ""), [(3, '"a"')], [[(4, "")], [], []])[1:] \
        == [hashlib.sha256(b'[[3,"a"]]').hexdigest()[:32],
            hashlib.sha256(b"[[[4]],[],[]]").hexdigest()[:32]]


ANY = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text(), inner, max_size=4), max_leaves=12)


@settings(max_examples=500, deadline=None)
@given(value=ANY)
def test_the_canonical_spelling_is_json_s_own(value):
    """The encoder made once writes what the standard library's does with the same options
    (sorted keys, no spaces, text as it is), for every kind of value a row or entry holds."""
    import json

    assert replay.canonical(value) == json.dumps(value, ensure_ascii=False, sort_keys=True,
                                                 separators=(",", ":"), default=str)
