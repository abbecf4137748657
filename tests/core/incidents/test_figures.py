"""What the reports count about incidents: incidents, cases each, time to reply, repeats."""

import datetime as dt
import json

from casebook.cli import main
from casebook.core.reports import stats, stats_csv
from tests.conftest import START
from tests.core.incidents.conftest import household_case


def reply(book, ref, at):
    book.update_case(ref, {"reply": {"at": at, "channel": "phone", "text": "Repaired",
                                     "resolution": {"type": "repair"}}}, by="Bert")


def test_reports_count_incidents_cases_and_time_to_reply(book, clock, lift, calls, tmp_path):
    for ref in calls[:3]:
        book.incidents.link(ref, lift, by="Anna")
    pipe = book.incidents.open(title="Burst pipe", place="Building 5", by="Anna")
    book.incidents.link(calls[3], pipe, by="Anna")
    clock.set(START + dt.timedelta(hours=1))
    again = book.open_case(household_case(1), by="Anna")  # 王芳 calls again
    book.incidents.link(again, lift, by="Anna")
    # received at 10:00 (11:00 for the repeat); replied 2 h, 4 h and 6 h later
    reply(book, calls[0], "2026-03-02T12:00:00+01:00")
    reply(book, calls[1], "2026-03-02T14:00:00+01:00")
    reply(book, again, "2026-03-02T17:00:00+01:00")
    figures = stats.statistics(book, "2026-03-01", "2026-04-01").incidents
    assert figures.cases == 5 and figures.repeats == 1
    assert [(i.ref, i.cases, i.households, i.replied, i.repeats) for i in figures.incidents] == [
        (lift, 4, 3, 3, 1), (pipe, 1, 1, 0, 0)]
    lift_line = figures.incidents[0]
    assert (lift_line.reply.median, lift_line.reply.p90) == (4.0, 5.6)
    assert lift_line.severity == "major" and not lift_line.reported
    assert (figures.reply.count, figures.reply.median) == (3, 4.0)
    # a period without linked cases has none
    assert stats.statistics(book, "2026-04-01", "2026-05-01").incidents.incidents == []
    # the CSV names each case's incident and sums them up
    written = stats_csv.write(stats.statistics(book, "2026-03-01", "2026-04-01"),
                              tmp_path / "march.csv", stats.Labels(book, "en"))
    cases = written[0].read_text("utf-8-sig").splitlines()
    assert cases[0].split(",")[-1] == "incident"
    assert sum(line.endswith("," + lift) for line in cases) == 4
    summary = written[1].read_text("utf-8-sig")
    assert "incidents,incidents,2" in summary and "incidents,linked cases,5" in summary
    assert "incidents,repeat complaints,1" in summary


def test_the_command_line_lists_an_incidents_cases_and_shows_it(book, db_path, lift, calls,
                                                                 capsys):
    for ref in calls[:2]:
        book.incidents.link(ref, lift, by="Anna")
    book.close()
    assert main(["list", "--db", str(db_path), "--incident", lift, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert sorted(r["ref"] for r in rows) == calls[:2]
    assert main(["show", "--db", str(db_path), calls[0]]) == 0
    assert f"Incident: {lift} Lift outage — Building 3" in capsys.readouterr().out
    assert main(["list", "--db", str(db_path), "--incident", "INC-1900-1"]) == 1
    assert "No incident with reference INC-1900-1." in capsys.readouterr().err


def test_the_pdf_report_has_an_incidents_section(book, clock, lift, calls, tmp_path):
    import io

    from pypdf import PdfReader

    from casebook.core.reports.report_files import write

    for ref in calls[:3]:
        book.incidents.link(ref, lift, by="Anna")
    reply(book, calls[0], "2026-03-02T13:00:00+01:00")
    for lang, title in (("en", "Incidents"), ("ru", "Аварии")):
        path = tmp_path / f"march-{lang}.pdf"
        write(book, "2026-03-01", "2026-04-01", path, lang=lang)
        text = " ".join(" ".join(p.extract_text().split())
                        for p in PdfReader(io.BytesIO(path.read_bytes())).pages)
        assert title in text and f"{lift} · Lift outage · Building 3" in text
