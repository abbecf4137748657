"""A stored PIN hash checks only the PIN it was made from, whatever its cost parameters;
the wait after wrong PINs is whole seconds, rounded up.

Mutation testing (build/mutation.py) showed these passed the other PIN tests unnoticed:
a hash of another scheme or a damaged one taken as a match, the r and p parameters of an
older hash ignored, a wait of 0.5 s shown (and enforced) as 0 s.
"""

import pytest

from casebook.core.trust import access
from casebook.db.models import Staff
from casebook.errors import RuleViolation


def stored(name: str) -> str:
    return Staff.get(Staff.name == name).pin_hash


def test_a_hash_checks_its_own_pin_only():
    made = access.hash_pin("4821", salt=bytes(16), n=2 ** 10)
    assert made.startswith("scrypt$1024$8$1$" + "00" * 16 + "$")
    assert access.pin_matches(made, "4821") is True
    assert access.pin_matches(made, "4822") is False
    assert access.pin_matches(made, "") is False


@pytest.mark.parametrize("damaged", [
    "",  # no hash at all
    "4821",  # a PIN stored in plain by hand
    "scrypt$1024$8$1$zz$00",  # salt that is not hex
    "scrypt$many$8$1$00$00",  # a cost that is not a number
    "scrypt$1024$8$1$00",  # a part missing
])
def test_a_damaged_stored_hash_never_matches(damaged):
    assert access.pin_matches(damaged, "4821") is False


def test_a_hash_of_another_scheme_never_matches():
    made = access.hash_pin("4821", salt=bytes(16), n=2 ** 10)
    other = "pbkdf2" + made.removeprefix("scrypt")  # same parts, another scheme's name
    assert access.pin_matches(other, "4821") is False


@pytest.mark.parametrize("older", [{"n": 2 ** 9, "r": 4}, {"n": 2 ** 9, "p": 2}],
                         ids=["r=4", "p=2"])
def test_a_pin_hashed_with_other_cost_parameters_still_checks(book, older):
    """An older casebook's hash is checked with its own r and p (else the right PIN of
    a hash made with r=4 or p=2 would be refused), then re-hashed at today's cost."""
    Staff.update(pin_hash=access.hash_pin("1357", **older)).where(
        Staff.name == "Anna").execute()
    with pytest.raises(RuleViolation):
        access.check_pin(book, "Anna", "7531")
    access.check_pin(book, "Anna", "1357")
    scheme, n, r, p, _salt, _digest = stored("Anna").split("$")
    # today's cost in the tests (tests/conftest.py TEST_PIN_COST: n=2**10, r=8, p=1)
    assert (scheme, n, r, p) == ("scrypt", "1024", "8", "1")
    access.check_pin(book, "Anna", "1357")  # the new hash checks the same PIN


def test_a_right_pin_of_todays_strength_is_not_hashed_again(book):
    """A right PIN writes nothing when there is nothing to clear or strengthen: the stored
    hash stays the very same text (a fresh salt each time would mean a write per log-in)."""
    access.set_pin(book, "Anna", "2468", by="Anna")
    before = stored("Anna")
    access.check_pin(book, "Anna", "2468")
    access.check_operator(book, "Anna", "2468")
    assert stored("Anna") == before


def test_a_wait_with_half_a_second_left_is_one_second(book, clock):
    access.set_pin(book, "Marta", "909090", by="Marta")
    for _ in range(3):
        with pytest.raises(RuleViolation):
            access.check_pin(book, "Marta", "0000")
    clock.advance(seconds=29.5)
    with pytest.raises(access.PinWait) as early:
        access.check_pin(book, "Marta", "909090")  # the right PIN, still too early
    assert early.value.seconds == 1
    assert str(early.value) == "Too many wrong PINs for Marta. Try again in 1 s."
    clock.advance(seconds=0.5)
    access.check_pin(book, "Marta", "909090")


def test_an_action_without_its_approval_is_refused_in_words(book):
    with pytest.raises(RuleViolation) as caught:
        access.set_authority_limits(book, {"desk": "80"}, approval=None)
    assert str(caught.value) == "This needs a manager's approval."
    wrong = access.approve(book, access.EXPORT, by="Marta")
    with pytest.raises(RuleViolation) as caught:
        access.reopen_signed(book, "X-1", reason="typo", approval=wrong)
    assert str(caught.value) == "This needs a manager's approval."


def test_the_audit_log_records_each_pin_set_changed_cleared_and_each_wrong_try(book):
    from casebook.db.models import AuditEntry

    access.set_pin(book, "Marta", "909090", by="Marta")
    access.set_pin(book, "Marta", "808080", by="Marta", old_pin="909090")
    for _ in range(3):
        with pytest.raises(RuleViolation) as wrong:
            access.check_pin(book, "Marta", "111111")
    assert str(wrong.value) == "Wrong PIN for Marta. Try again in 30 s."
    entries = [(e.actor, e.case_ref, e.action, e.changes)
               for e in AuditEntry.select().order_by(AuditEntry.id)
               if e.action in ("pin", "wrong pin")]
    assert entries == [
        ("Marta", "", "pin", {"name": ["Marta", "Marta"], "pin": [None, "set"]}),
        ("Marta", "", "pin", {"name": ["Marta", "Marta"], "pin": ["set", "set"]}),
        ("Marta", "", "wrong pin", {"name": ["Marta", "Marta"], "failures": [0, 1]}),
        ("Marta", "", "wrong pin", {"name": ["Marta", "Marta"], "failures": [1, 2]}),
        ("Marta", "", "wrong pin", {"name": ["Marta", "Marta"], "failures": [2, 3]})]
    access.set_pin(book, "Anna", "2468", by="Anna")
    access.set_pin(book, "Anna", None, by="Anna", old_pin="2468")
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (last.actor, last.case_ref, last.changes) == (
        "Anna", "", {"name": ["Anna", "Anna"], "pin": ["set", None]})
