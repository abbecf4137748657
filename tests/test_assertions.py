"""Tests that cannot fail are found here: asserts that are always true, tests that check nothing.

Read from the test sources with `ast`, so a new test is held to it the moment it is
written:

- `assert <something> or <constant>` (and `or "1" in text`, a one-character needle that
  is in almost any text) passes whatever the product does;
- `assert x == x`, `assert (value, "message")` and `assert "text"` are always true;
- a test function with no assert, no `pytest.raises` and no call to a helper that
  checks (named in CHECKERS) proves nothing.
"""

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
# helpers that assert on the test's behalf (each asserts inside, or fails the test itself)
CHECKERS = {"assert_kept", "speaks", "check", "waitUntil", "waitSignal", "report"}


def _trivially_true(node: ast.expr) -> bool:
    """An operand that is true whatever the product does."""
    if isinstance(node, ast.Constant):
        return bool(node.value)
    if isinstance(node, (ast.Tuple, ast.List, ast.Set, ast.Dict)):
        return bool(getattr(node, "elts", None) or getattr(node, "keys", None))
    if isinstance(node, ast.Compare) and len(node.ops) == 1:
        left, right = node.left, node.comparators[0]
        if isinstance(node.ops[0], (ast.Eq, ast.Is, ast.LtE, ast.GtE)) \
                and ast.dump(left) == ast.dump(right) \
                and not any(isinstance(n, ast.Call) for n in ast.walk(left)):
            return True  # x == x (two calls may differ: clock.now() == clock.now() is a check)
        if isinstance(node.ops[0], ast.In) and _tiny_literal(left):
            return True  # "1" in text: any page number, date or amount has a 1
    return False


def _tiny_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords:
        node = node.args[0]  # squash("1"), str(1)
    # an ASCII character is in almost any text; one letter of another script is a real check
    return isinstance(node, ast.Constant) and isinstance(node.value, (str, int)) \
        and len(str(node.value)) <= 1 and str(node.value).isascii()


def always_true(test: ast.expr) -> bool:
    if _trivially_true(test):
        return True
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        return any(always_true(value) for value in test.values)
    return False


def findings(source: str, name: str = "<test>") -> list[str]:
    tree = ast.parse(source)
    found = [f"{name}:{node.lineno}: this assert is always true"
             for node in ast.walk(tree) if isinstance(node, ast.Assert) and always_true(node.test)]
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_") \
                and not _checks_something(node):
            found.append(f"{name}:{node.lineno}: {node.name} checks nothing")
    return found


def _checks_something(func: ast.FunctionDef) -> bool:
    for node in ast.walk(func):
        if isinstance(node, ast.Assert):
            return True
        if isinstance(node, ast.Attribute) and node.attr in ("raises", "fail", "warns"):
            return True
        if isinstance(node, ast.Call):
            callee = node.func.id if isinstance(node.func, ast.Name) else \
                getattr(node.func, "attr", "")
            if callee in CHECKERS:
                return True
            if any(k.arg == "check" and isinstance(k.value, ast.Constant) and k.value.value
                   for k in node.keywords):
                return True  # subprocess.run(..., check=True)
    return False


@pytest.mark.parametrize("source", [
    'def test_a():\n    assert "Page1of1" in text or "1/1" in text or squash("1") in text\n',
    "def test_a():\n    assert x or True\n",
    'def test_a():\n    assert (x == 2, "two")\n',
    "def test_a():\n    assert case.ref == case.ref\n",
    'def test_a():\n    assert "ok"\n',
    "def test_a():\n    book.search('x')  # must not raise\n",
])
def test_the_check_finds_what_cannot_fail(source):
    assert findings(source) != []


@pytest.mark.parametrize("source", [
    'def test_a():\n    assert "Page1of1" in text\n',
    'def test_a():\n    assert "\u10d0" in georgian_pdf_text\n',
    "def test_a():\n    assert x == 2 or y == 3\n",
    "def test_a():\n    with pytest.raises(ValueError):\n        f()\n",
    "def test_a():\n    subprocess.run(['x'], check=True)\n",
])
def test_the_check_leaves_real_checks_alone(source):
    assert findings(source) == []


def test_no_test_in_the_suite_is_always_true_or_checks_nothing():
    problems = []
    for path in sorted(TESTS.rglob("test_*.py")):
        problems += findings(path.read_text(encoding="utf-8"), str(path.relative_to(TESTS)))
    assert problems == []
