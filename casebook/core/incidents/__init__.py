"""Incidents: one event, many complainants (SPEC §2, "Incidents").

A lift stops in building 3 and twenty households call within the hour. Each
call stays a case of its own — its own customer, account, reply, deadlines
and form — and links to one **incident**, which has its own reference, owner,
actions, root cause and report to management.

- `records`: references, the incident as a document, what the view lists;
- `collective`: the collective-complaint rule (three or more households make
  the incident and every linked case major, and start the report deadline);
- `service`: the changes a user makes, each one transaction, reached as
  `Casebook.incidents`;
- `replies`: the owner's reply to all linked cases, written once;
- `merging`: two cases of one customer about one matter become one;
- `matching`: the open incident a new case is probably about;
- `exchange`: incidents and merges in the JSON Lines interchange;
- `figures`: what the reports count about incidents.

No Qt here: the desktop and the command line are two faces of these services.
"""
