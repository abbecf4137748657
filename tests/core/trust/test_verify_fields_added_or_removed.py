"""`verify` names a field written behind the app's back that the customer never saw, and
one that was signed and is now gone, not only one whose value changed.

Fields that came later in Casebook's life (the remedy asked for, an amount, …) are left
out of the signed content while empty. So a signed case can hold a field the signed
content lacks, or lack one it holds: mutation testing (build/mutation.py) showed that
comparing only the fields both have passed every other test.
"""

from casebook.core.trust.verify import signed_cases, verify
from tests.conftest import new_case, raw_connect

REPLY = {"at": "2026-03-02T15:00:00+01:00", "channel": "phone", "text": "Fixed it",
         "resolution": {"type": "repair", "text": "New valve"}, "accepted": True}


def sql(db_path, statement, *args):
    conn = raw_connect(db_path)
    conn.execute(statement, args)
    conn.commit()
    conn.close()


def test_an_amount_written_in_after_signing_is_named(book, db_path):
    ref = book.open_case(new_case(reply=REPLY), by="Anna")  # no amount asked for
    book.sign(ref, by="Anna")
    sql(db_path, "UPDATE \"case\" SET hear_amount = '500.00' WHERE ref = ?", ref)
    assert signed_cases() == [
        f"case {ref}: hear.amount differs from what the customer signed and no "
        "amendment records it"]
    assert verify(book.db) == signed_cases() + [  # and the log's replay (#13) names it too
        f"case {ref}: its fields differ from what audit entry 7 recorded (changed behind the "
        "app's back)"]


def test_a_signed_remedy_taken_out_behind_the_apps_back_is_named(book, db_path):
    ref = book.open_case(new_case(reply=REPLY), by="Anna")  # "Починить …": a repair
    book.sign(ref, by="Anna")
    assert signed_cases() == []
    sql(db_path, "UPDATE \"case\" SET hear_remedy_type = '' WHERE ref = ?", ref)
    assert signed_cases() == [
        f"case {ref}: hear.remedy_type differs from what the customer signed and no "
        "amendment records it"]
