"""What the law (and good practice written down as a sector code) promises the customer.

A business chooses its country, and whether EU rules apply to it; reviewed
rule sets (`resources/law/<country>.json`, `EU.json`) then say which cases
carry a deadline set by law, from which event it runs, what is owed when it
is missed, and the legal basis in five languages with its source and the
date it was checked.

- `rulebook`: the rule files, checked as they are read; the rules in force
  for this casebook (its country, the EU, minus those a manager switched off).
- `terms`: whether a rule applies to a case, and its last day (calendar or
  business days, or months, from the rule's event; DST-safe local dates).
- `penalty`: what a missed term costs when the rule defines a penalty.
- `statutory`: the deadlines themselves, kept in step with the case, read
  back with their basis, escalated to managers when missed, counted by reports.
- `wording`: the basis and the penalty as the desk and the customer read them.
"""
