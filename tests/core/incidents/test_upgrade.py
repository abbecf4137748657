"""Old casebooks upgrade to incidents: the tables, the case's link, and nothing else moves."""

import shutil
from pathlib import Path

import pytest

from casebook.core.casebook import Casebook
from casebook.core.cases import listing
from casebook.core.trust.verify import verify
from casebook.db import migrations

DATA = Path(__file__).parents[2] / "data"


@pytest.mark.parametrize("name", ["casebook-v1.sqlite3", "casebook-v2.sqlite3"])
def test_an_old_casebook_gets_incidents(tmp_path, clock, name):
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(DATA / name, copy)
    with Casebook.open(copy, clock=clock) as book:
        assert book.db.execute_sql("PRAGMA user_version").fetchone()[0] == \
            migrations.SCHEMA_VERSION
        assert "incident_id" in {c.name for c in book.db.get_columns("case")}
        assert {"incident", "incident_action", "merged_case"} <= set(book.db.get_tables())
        refs = [r["ref"] for r in listing.list_cases(book)]
        owner = book.staff()[0].name
        lift = book.incidents.open(title="Lift outage", place="Building 3", by=owner)
        book.incidents.link(refs[0], lift, by=owner)
        assert book.case(refs[0])["incident"]["ref"] == lift
        assert verify(book.db) == []  # signed cases unchanged: the link is not signed content
