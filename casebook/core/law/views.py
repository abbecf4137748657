"""The law on one case, or on the due list, as JSON-ready dicts and one-line texts.

`casebook show` and `casebook due` print these; the desktop reads the same
`Term`s through `statutory.case_terms`, so a missed term and its penalty are
the same figure on screen, on paper and in a script.
"""

from __future__ import annotations

from casebook.core.cases import document
from casebook.core.law import rulebook, statutory, terms, wording


def term_json(term: statutory.Term, lang: str, currency: str) -> dict:
    accrued = term.penalty
    return {
        "rule": term.rule.id, "kind": term.rule.kind, "nature": term.rule.nature,
        "last_day": term.last_day.isoformat() if term.last_day else None,
        "state": term.state, "days_late": term.days_late,
        "penalty": str(accrued.amount) if accrued and accrued.amount is not None else None,
        "penalty_base": str(accrued.base) if accrued and accrued.base is not None else None,
        "currency": currency if accrued and accrued.amount is not None else None,
        "basis": term.rule.text("basis", lang), "text": wording.term_line(term, lang),
        "status": wording.state_line(term, lang, currency),
    }


def right_json(right: statutory.Right, lang: str) -> dict:
    return {"rule": right.rule.id, "nature": right.rule.nature,
            "last_day": right.last_day.isoformat() if right.last_day else None,
            "in_time": right.in_time, "basis": right.rule.text("basis", lang),
            "text": wording.right_line(right, lang)}


def case_law(book, ref: str, lang: str) -> dict:
    """The business's terms on a case and the customer's own, with their basis."""
    case = book.get(ref)
    doc = document.to_doc(case)
    rules = rulebook.current()
    currency = book.setting("currency")
    return {"terms": [term_json(t, lang, currency)
                      for t in statutory.case_terms(case, doc, book.now(), rules)],
            "rights": [right_json(r, lang)
                       for r in statutory.customer_rights(doc, case.tz, rules)]}


def case_lines(law: dict) -> list[str]:
    """`casebook show`'s lines for the law (nothing when no rule applies)."""
    lines = []
    for term in law["terms"]:
        lines.append(f"  {term['text']}" + (f" — {term['status']}" if term["status"] else ""))
    lines += [f"  {right['text']}" for right in law["rights"]]
    return lines


def due_law(items, lang: str, now=None) -> dict[int, dict]:
    """For the statutory deadlines of a due list: id → rule, last day, basis line, and
    whether the term is missed at `now` (when given)."""
    details = statutory.due_details([d.id for d in items if d.kind in statutory.KINDS])
    out = {}
    for deadline_id, (rule, day, zone) in details.items():
        term = statutory.Term(rule, day, "pending")
        out[deadline_id] = {"rule": rule.id, "last_day": day.isoformat(),
                            "basis": rule.text("basis", lang),
                            "text": wording.term_line(term, lang)}
        if now is not None:
            out[deadline_id]["missed"] = now >= terms.ends_at(day, zone)
    return out
