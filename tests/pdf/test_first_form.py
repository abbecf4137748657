"""The first document a new process prints does not pay for what it does not use.

reportlab's paragraph module compiles, on import, a pattern for web addresses
that costs 25-60 ms and is used only when long words are hyphenated (Casebook
never turns hyphenation on). `casebook.pdf` has it compiled on first use.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

from casebook.pdf import LazyPattern

CHECK = """
import json, re
compile_before = re.compile
import casebook.pdf.form
from reportlab.platypus import paragraph
pattern = paragraph.uri_pat
print(json.dumps({
    "kind": type(pattern).__name__,
    "compiled_yet": getattr(pattern, "_compiled", "n/a") is not None,
    "re.compile restored": re.compile is compile_before,
    "split": paragraph._uri_split_pairs("https://example.com/a/b"),
    "no address": paragraph._uri_split_pairs("complaint-2026-0042"),
}))
"""


def test_a_new_process_compiles_reportlabs_address_pattern_only_when_used():
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                         check=True)
    assert json.loads(out.stdout) == {
        "kind": "LazyPattern", "compiled_yet": False, "re.compile restored": True,
        "split": [["https://example.com/a/", "b"], ["https://example.com/", "a/b"],
                  ["https://", "example.com/a/b"]],
        "no address": None}


def test_a_deferred_pattern_matches_as_the_compiled_one():
    text = "(^(?:[a-z0-9\\.\\-\\+]*)://)(?:\\S+)\\Z"
    lazy, compiled = LazyPattern(text, re.I), re.compile(text, re.I)
    for address in ("HTTPS://Example.com/x", "mailto:someone", "ftp://ünïcode.example/"):
        assert bool(lazy.match(address)) == bool(compiled.match(address))
    assert lazy.match("HTTPS://Example.com/x").group(1) == "HTTPS://"
    assert (lazy.pattern, lazy.flags) == (compiled.pattern, compiled.flags)
