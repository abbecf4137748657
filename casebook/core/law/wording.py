"""The law's terms as people read them, in any of the five languages.

"по закону до 20.11.2026, ст. 22 ЗоЗПП" on the case and the receipt; "by the
sector code until …" where the rule is a code, never passed off as law; the
penalty with its arithmetic shown ("1 % a day × 5 days of 12 000,00 ₽"), so
the desk can check it by hand. Dates are short local dates (CLDR, babel).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_skeleton
from babel.numbers import format_currency, format_decimal

from casebook.core.law.statutory import Right, Term
from casebook.i18n.dates import locale_of
from casebook.i18n.translate import N_, translator

BY_LAW = N_("by law until {date}, {basis}")
BY_CODE = N_("by the sector code until {date}, {basis} (a code, not law)")
WAITING = {"returned": N_("{basis}: the term starts when the goods come back to us"),
           "delivered": N_("{basis}: the term starts when the customer receives the goods"),
           "event": N_("{basis}: the term starts when the defect was found"),
           "received": N_("{basis}: the term starts when the case is received")}
STATES = {"today": N_("the last day is today"), "done": N_("the term was met"),
          "late": N_("met after the term"), "missed": N_("the term was missed")}


def locale(lang: str) -> str:
    return locale_of(lang)


def day_text(day: dt.date, lang: str) -> str:
    """A last day as a deadline is written: numeric with the full year ("20.11.2026"),
    in Chinese with its characters ("2026年11月20日")."""
    moment = dt.datetime.combine(day, dt.time(12))
    return format_skeleton("yMMMd" if lang == "zh_CN" else "yMMdd", moment, locale=locale(lang))


def money(amount: Decimal, currency: str, lang: str) -> str:
    return format_currency(amount, currency or "EUR", locale=locale(lang))


def term_line(term: Term, lang: str) -> str:
    """What the term is and its basis: "по закону до 20.11.2026, ст. 22 ЗоЗПП"."""
    t = translator(lang)
    basis = term.rule.text("basis", lang)
    if term.last_day is None:
        return t.gettext(WAITING[term.rule.start], basis=basis)
    return t.gettext(BY_CODE if term.rule.nature == "code" else BY_LAW,
                     date=day_text(term.last_day, lang), basis=basis)


def state_line(term: Term, lang: str, currency: str) -> str:
    """How the term stands: met, missed by N days, and the penalty so far, if any."""
    t = translator(lang)
    parts = []
    if term.state in STATES:
        parts.append(t.gettext(STATES[term.state]))
    if term.days_late:
        parts.append(t.ngettext("{n} day late", "{n} days late", term.days_late))
    if term.penalty is not None and term.days_late:
        penalty = term.rule.penalty
        if term.penalty.amount is None:
            parts.append(t.gettext(N_("penalty {percent} % a day: enter the price or amount "
                                      "in dispute to compute it"),
                                   percent=_percent(penalty.percent_per_day, lang)))
        else:
            parts.append(t.gettext(
                N_("penalty so far {amount} ({percent} % a day × {days} of {base})"),
                amount=money(term.penalty.amount, currency, lang),
                percent=_percent(penalty.percent_per_day, lang),
                days=t.ngettext("{n} day", "{n} days", term.days_late),
                base=money(term.penalty.base, currency, lang))
                + (" " + t.gettext(N_("(capped at the price)")) if term.penalty.capped else ""))
    return t.gettext(N_("; ")).join(parts) if parts else ""


def _percent(value: Decimal, lang: str) -> str:
    return format_decimal(value, locale=locale(lang))


def right_line(right: Right, lang: str) -> str:
    """The customer's own term: its text, and its last day where the case shows it."""
    t = translator(lang)
    text = right.rule.text("duty", lang)
    basis = right.rule.text("basis", lang)
    if right.in_time is True:
        return t.gettext(N_("{text} Reported in time ({basis})."), text=text, basis=basis)
    if right.last_day is not None:
        return t.gettext(N_("{text} Last day: {date} ({basis})."), text=text, basis=basis,
                         date=day_text(right.last_day, lang))
    return t.gettext(N_("{text} ({basis})"), text=text, basis=basis)
