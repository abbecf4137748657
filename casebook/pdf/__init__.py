"""Printed documents: the resolution form, letters and reports with reportlab. No Qt.

One thing happens on import, for the first document a new process prints:
reportlab's paragraph module compiles, as it is imported, a case-insensitive
pattern for web addresses over the whole Basic Multilingual Plane (`uri_pat`,
used only to break a long address at its slashes). That compile alone costs
25–60 ms of every first form. While that one module is executed, that one
pattern is handed out uncompiled and compiles the first time it is used; every
other pattern, and the module itself, load as always. Where modules are not
loaded from files (a frozen build) nothing changes.
"""

from __future__ import annotations

import contextlib
import importlib.machinery
import re
import sys

_PARAGRAPH = "reportlab.platypus.paragraph"
_URI_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"  # how reportlab's address pattern begins


class LazyPattern:
    """A pattern compiled on first use; stands in for `re.compile(pattern, flags)`."""

    def __init__(self, pattern: str, flags: int):
        self._args = (pattern, flags)
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):  # match, search, pattern, flags …
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return getattr(self._compiled, name)


@contextlib.contextmanager
def _address_pattern_deferred():
    compile_now = re.compile

    def compile_later(pattern, flags=0):
        if isinstance(pattern, str) and pattern.startswith(_URI_START):
            return LazyPattern(pattern, flags)
        return compile_now(pattern, flags)

    re.compile = compile_later
    try:
        yield
    finally:
        re.compile = compile_now


class _ParagraphFinder:
    """Finds reportlab's paragraph module as usual and runs it with the pattern deferred
    (a meta path finder; not derived from importlib.abc, whose import costs ~5 ms)."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname != _PARAGRAPH:
            return None
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(self)  # once is enough
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is None or not isinstance(spec.loader, importlib.machinery.SourceFileLoader):
            return None  # not a file on disk: the other finders load it as always
        run = spec.loader.exec_module

        def exec_module(module):
            with _address_pattern_deferred():
                run(module)

        spec.loader.exec_module = exec_module
        return spec


if _PARAGRAPH not in sys.modules and not any(
        isinstance(f, _ParagraphFinder) for f in sys.meta_path):
    sys.meta_path.insert(0, _ParagraphFinder())
