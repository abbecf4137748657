"""A writer process for the kill test: logs cases and actions, reporting each commit.

It prints `saved <kind> <ref> <n>` only after the core's transaction has
committed; the parent may SIGKILL it at any moment and then checks that every
reported action is in the database.
"""

import datetime as dt
import sys

from casebook.core.casebook import Casebook
from casebook.core.time.clock import FixedClock


def main(path: str, start: int, count: int) -> None:
    clock = FixedClock(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc))
    with Casebook.open(path, clock=clock) as book:
        if not book.staff():
            book.add_staff("Anna", "desk")
        ref = None
        for n in range(start, start + count):
            clock.advance(seconds=1)
            if ref is None or n % 5 == 0:
                ref = book.open_case({
                    "customer": {"name": f"Klant {n}", "phone": f"+31 6 {n:08d}"},
                    "hear": {"account": f"Lekkage nummer {n} — 漏水 {n}",
                             "remedy_sought": "Reparatie"},
                    "follow": {"next_reply_at": "2026-03-03T09:00:00+01:00"}}, by="Anna")
                print(f"saved case {ref} {n}", flush=True)
            else:
                book.add_action(ref, f"Actie {n}", by="Anna")
                print(f"saved action {ref} {n}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
