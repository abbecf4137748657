"""Unsaved edits autosaved per casebook, so a crash loses at most seconds.

A draft belongs to the casebook it was typed in: it is kept in the data
folder's `drafts/` under a name made from that casebook's location (its file's
full path, or the server's address without a password) and records that
location, so a draft of the real casebook is never offered in the demo one
(nor in a casebook of the same name elsewhere). Drafts are private files.

Erasing a customer scrubs their details from the drafts of that casebook on
this PC (`scrub`); drafts kept aside because their case was deleted
(`keep_aside`) are scrubbed too, and so is the one shared `draft.json` of
earlier versions, which is never offered since nobody knows its casebook.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from pathlib import Path

from casebook.core import paths
from casebook.core.files import atomic_write

log = logging.getLogger("casebook.drafts")

LEGACY = "draft.json"  # one per data folder, shared by every casebook (before 0.x)


def location_key(location) -> str:
    """Who a draft belongs to: a casebook file's full path, or a server's address."""
    text = os.fspath(location) if not isinstance(location, str) else location
    if paths.is_server(text):
        return text
    return str(Path(text).resolve())


def _stem(location) -> str:
    key = location_key(location)
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    name = re.sub(r"[^\w.-]+", "_", Path(key).stem if not paths.is_server(key) else "server")
    return f"{name[:40]}-{digest}"


def draft_path(location) -> Path:
    """Where the open case's unsaved edits of this casebook are autosaved."""
    return paths.drafts_dir() / f"{_stem(location)}.json"


def save(location, ref: str | None, draft: dict) -> Path:
    target = draft_path(location)
    text = json.dumps({"casebook": location_key(location), "ref": ref, "draft": draft},
                      ensure_ascii=False)
    atomic_write(target, lambda fh: fh.write(text), binary=False)
    return target


def load(location) -> dict | None:
    """This casebook's autosaved draft ({"ref", "draft"}), or None: none, unreadable, or
    (by a name clash that cannot happen in practice) another casebook's."""
    try:
        saved = json.loads(draft_path(location).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (not isinstance(saved, dict) or saved.get("casebook") != location_key(location)
            or not isinstance(saved.get("draft"), dict)):
        return None
    return saved


def clear(location) -> None:
    draft_path(location).unlink(missing_ok=True)


def keep_aside(location, ref: str) -> Path:
    """A draft whose case no longer exists: kept under its own name, never offered again,
    so nothing typed is lost and the start is not held up by a question."""
    source = draft_path(location)
    safe = re.sub(r"[^\w.-]+", "_", ref)
    target = source.with_name(f"{_stem(location)}-{safe}.kept.json")
    os.replace(source, target)
    return target


def files_of(location) -> list[Path]:
    """Every draft file this PC keeps for the casebook (offered and kept aside), and the
    shared draft of earlier versions."""
    folder = paths.drafts_dir()
    stem = _stem(location)
    found = sorted(p for p in folder.iterdir()
                   if p.is_file() and p.name.startswith(stem) and p.suffix == ".json")
    legacy = paths.data_dir() / LEGACY
    return found + ([legacy] if legacy.is_file() else [])


def scrub(location, scrubber, *, refs=(), customer_ids=()) -> int:
    """Erase a customer's details from the drafts of a casebook; returns how many changed.

    Every text of a draft is scrubbed (`scrubber`: unsaved typing may be anywhere,
    and codes and times never look like a name or phone); the customer block of a
    draft of one of their cases (`refs`) or of their records (`customer_ids`) is
    replaced whole, since the clerk may have typed a new phone there."""
    from casebook.core.trust.privacy import MARKER, PERSONAL

    changed = 0
    for path in files_of(location):
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(saved, dict) or not isinstance(saved.get("draft"), dict):
            continue
        draft = _scrub_all(saved["draft"], scrubber)
        customer = draft.get("customer")
        if isinstance(customer, dict) and (
                saved.get("ref") in refs or draft.get("ref") in refs
                or (customer.get("id") is not None and customer.get("id") in customer_ids)):
            for field in PERSONAL:
                if customer.get(field):
                    customer[field] = MARKER
        if draft == saved["draft"]:
            continue
        text = json.dumps({**saved, "draft": draft}, ensure_ascii=False)
        atomic_write(path, lambda fh, text=text: fh.write(text), binary=False)
        changed += 1
    return changed


def _scrub_all(value, scrubber):
    if isinstance(value, str):
        return scrubber.text(value)
    if isinstance(value, dict):
        return {k: _scrub_all(v, scrubber) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_all(v, scrubber) for v in value]
    return value
