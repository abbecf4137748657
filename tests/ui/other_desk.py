"""Another desk, in a process of its own: `python -m tests.ui.other_desk TARGET CMD …`.

  open NAME            log a case for customer NAME, print its reference
  place REF TEXT       set the case's place (as a desk saving an edit)
  done REF KIND        mark the case's pending deadline of that kind done

It prints `committed` once the change is in the casebook.
"""

import datetime as dt
import sys

from casebook.core.casebook import Casebook
from casebook.core.time.clock import FixedClock
from casebook.db.models import Deadline
from tests.conftest import START, new_case


def main(target: str, command: str, *args: str) -> None:
    clock = FixedClock(START + dt.timedelta(minutes=5))
    with Casebook.open(target, clock=clock) as book:
        if command == "open":
            ref = book.open_case(new_case(customer={"name": args[0]}), by="Bert")
            print(ref)
        elif command == "place":
            book.update_case(args[0], {"ask": {"place": args[1]}}, by="Bert")
        elif command == "done":
            case = book.get(args[0])
            target_id = (Deadline.select(Deadline.id)
                         .where((Deadline.case == case) & (Deadline.kind == args[1])
                                & (Deadline.state == "pending")).scalar())
            book.complete_deadline(target_id, by="Bert")
    print("committed", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
