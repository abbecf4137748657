"""One desk of the concurrency test: logs cases and actions, reporting each commit.

Run as `python -m tests.core.desk_writer TARGET DESK COUNT`. It prints
`saved <ref> <note>` only after the core's transaction has committed; a
refused write (a busy file past its timeout) is retried, never reported.
"""

import datetime as dt
import sys
import time

from casebook.core.casebook import Casebook
from casebook.core.time.clock import FixedClock
from casebook.errors import StorageError


def main(target: str, desk: str, count: int) -> None:
    clock = FixedClock(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc))
    with Casebook.open(target, clock=clock) as book:
        ref = None
        for n in range(count):
            clock.advance(seconds=1)
            for attempt in range(20):
                try:
                    if ref is None or n % 20 == 0:
                        ref = book.open_case({
                            "customer": {"name": f"Klant {desk} {n}", "phone": f"+31 6 {n:08d}"},
                            "hear": {"account": f"Lekkage {desk} {n} — 漏水",
                                     "remedy_sought": "Reparatie"},
                            "follow": {"next_reply_at": "2026-03-03T09:00:00+01:00"}},
                            by="Anna")
                        print(f"saved {ref} case", flush=True)
                    note = f"{desk}-{n}"
                    book.add_action(ref, note, by="Anna")
                    print(f"saved {ref} {note}", flush=True)
                    break
                except StorageError:
                    time.sleep(0.05 * (attempt + 1))
            else:
                print(f"gave up {desk}-{n}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
