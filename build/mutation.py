"""Mutation testing as a habit: mutate what a change touched, see which mutants live.

    python build/mutation.py                 the modules changed since this branch left main
    python build/mutation.py --all           every module [tool.mutmut] mutates (long)
    python build/mutation.py casebook/db/audit.py casebook/core/time/times.py
    python build/mutation.py --held          the modules held to the bar below
    python build/mutation.py --quick …       each module alone, against its own tests only

`--quick` mutates each module in a scratch copy (build/out/mutation/<module>) against
the tests in QUICK_TESTS: minutes instead of hours, because a mutant of a function every
test touches (adding staff, say) runs a dozen tests, not five hundred. Fewer tests can
only kill fewer mutants, so a quick score is a floor for the full one.

mutmut (the `dev` extra) copies the package into `mutants/`, changes one thing at a
time (`<` for `<=`, `and` for `or`, a constant, a dropped call) and runs the tests that
cover it. A mutant the tests do not notice ("survived") is a behaviour nobody checks —
or an equivalent change that cannot be told apart (those are listed, with the reason,
in build/mutation-equivalent.txt). The score is killed / all mutants of a module; the
modules in HELD must keep at least MINIMUM (exit status 1 below it).

`python -m mutmut show NAME` shows one mutant's diff; `python -m mutmut results` lists
the survivors.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MINIMUM = 85.0
HELD = ["casebook/core/cases/rules.py", "casebook/core/time/deadlines.py",
        "casebook/core/time/calendar.py", "casebook/core/time/times.py",
        "casebook/core/trust/access.py", "casebook/core/trust/privacy.py",
        "casebook/db/audit.py", "casebook/core/trust/verify.py", "casebook/db/search.py",
        "casebook/core/reports/stats.py"]
# the tests that speak for each held module in a --quick run
QUICK_TESTS = {
    "casebook/core/cases/rules.py": ["tests/core/cases/test_rules.py",
                                     "tests/core/test_casebook.py"],
    "casebook/core/time/deadlines.py": ["tests/core/time", "tests/db/test_list_indexes.py"],
    # (test_due_rows.py reads a long due list: it speaks for deadlines.py alone)
    "casebook/core/time/calendar.py": ["tests/core/time/test_calendar.py",
                                       "tests/core/time/test_clock.py",
                                       "tests/core/time/test_deadlines.py",
                                       "tests/core/time/test_times.py"],
    "casebook/core/time/times.py": ["tests/core/time/test_calendar.py",
                                    "tests/core/time/test_clock.py",
                                    "tests/core/time/test_deadlines.py",
                                    "tests/core/time/test_times.py"],
    "casebook/core/trust/access.py": ["tests/core/trust/test_access.py",
                                      "tests/core/trust/test_access_refusals.py",
                                      "tests/core/trust/test_pin_hashes_and_waits.py",
                                      "tests/core/trust/test_amount_limits.py"],
    "casebook/core/trust/privacy.py": ["tests/core/trust/test_privacy.py",
                                       "tests/core/trust/test_erasure_words.py",
                                       "tests/core/trust/test_erasure_stays.py",
                                       "tests/core/trust/test_same_person.py",
                                       "tests/core/trust/test_erasures_reapplied.py",
                                       "tests/core/trust/test_erasure_deleted_cases.py",
                                       "tests/core/trust/test_erasure_leftovers.py",
                                       # blobs go with their last attachment (schema 10)
                                       "tests/core/test_slim10.py",
                                       # a server's VACUUM (its [postgresql] run:
                                       # PYTEST_ADDOPTS="-k 'not postgresql or vacuum'")
                                       "tests/core/trust/test_erasure_vacuum.py"],
    "casebook/db/audit.py": ["tests/db/test_audit_chain.py", "tests/core/test_casebook.py",
                             # Chain reading a create's state back (no digests given)
                             "tests/db/test_audit_chain_states.py",
                             "tests/db/test_audit_intake.py", "tests/db/test_audit_seal.py",
                             "tests/core/trust/test_erasure_words.py",
                             "tests/core/trust/test_privacy.py",
                             "tests/core/trust/test_verify_words.py",
                             "tests/core/trust/test_anchor.py",
                             "tests/core/trust/test_erasure_stays.py"],
    "casebook/core/trust/verify.py": ["tests/db/test_audit_chain.py",
                                      "tests/core/test_casebook.py",
                                      "tests/core/trust/test_verify_words.py",
                                      "tests/core/trust/test_verify_fields_added_or_removed.py",
                                      # the replayed log, the backups' anchor, erasure kept
                                      "tests/core/trust/test_anchor.py",
                                      "tests/core/trust/test_backup_rotation.py",
                                      "tests/core/trust/test_erasure_stays.py",
                                      "tests/core/trust/test_verify_behind_the_back.py",
                                      "tests/core/trust/test_verify_backups_aside.py",
                                      "tests/core/trust/test_verify_erasure_shapes.py"],
    "casebook/db/search.py": ["tests/db/test_search.py", "tests/db/test_search_index_edits.py",
                              "tests/db/test_search_query_terms.py",
                              "tests/db/test_search_edits_on_sqlite.py",
                              # schema 10: old words proved by a digest, the index rebuilt
                              "tests/core/test_slim10.py", "tests/db/test_slim.py",
                              "tests/db/test_search_rebuild.py",
                              # bulk writes: FTS5, or a server's COPY (its [postgresql]
                              # runs: PYTEST_ADDOPTS="-k 'not postgresql or bulk'" with
                              # CASEBOOK_TEST_PG set)
                              "tests/core/test_search_bulk_written.py"],
    "casebook/core/reports/stats.py": ["tests/core/reports"],
}
KILLED = {1, 3, 36, 24, -24, 152, 255, 37}  # failed tests, timeouts, type check
# mutmut's timeout is on the wall clock too: on a busy machine a mutant can time out that
# no test would fail, so the report counts timeouts apart (re-check them on a quiet one)
TIMEOUT = {36, 24, -24, 152, 255}
STATUS = {0: "survived", 5: "no tests", 33: "no tests", None: "not checked", 34: "skipped"}


def configured() -> tuple[list[str], list[str]]:
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
    return conf.get("only_mutate", []), conf.get("do_not_mutate", [])


def mutated(path: str) -> bool:
    only, never = configured()
    return (path.endswith(".py") and any(fnmatch.fnmatch(path, p) for p in only)
            and not any(fnmatch.fnmatch(path, p) for p in never)
            and not path.endswith("__init__.py"))


def changed_since(base: str) -> list[str]:
    def git(*args: str) -> list[str]:
        out = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout
        return [line for line in out.splitlines() if line]

    fork = git("merge-base", "HEAD", base)[0]
    files = set(git("diff", "--name-only", fork)) | set(git("ls-files", "--others",
                                                             "--exclude-standard"))
    return sorted(f for f in files if mutated(f) and (ROOT / f).exists())


def pattern(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".") + ".*"


def scratch(path: str) -> Path:
    """A copy of the checkout that mutates `path` alone, against its QUICK_TESTS."""
    where = ROOT / "build" / "out" / "mutation" / path.replace("/", "_").removesuffix(".py")
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for name in files.splitlines():
        source = ROOT / name
        if source.is_file() and not name.startswith("build/out/"):
            target = where / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists() or target.read_bytes() != source.read_bytes():
                shutil.copyfile(source, target)
    conf = (where / "pyproject.toml").read_text(encoding="utf-8")
    conf = re.sub(r"only_mutate = \[[^\]]*\]", f"only_mutate = [{json.dumps(path)}]", conf)
    conf = re.sub(r"pytest_add_cli_args_test_selection = \[[^\]]*\]",
                  "pytest_add_cli_args_test_selection = "
                  + json.dumps([t for t in QUICK_TESTS[path] if (ROOT / t).exists()]), conf)
    (where / "pyproject.toml").write_text(conf, encoding="utf-8")
    return where


def results(path: str, root: Path = ROOT) -> Counter:
    meta = root / "mutants" / f"{path}.meta"
    codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return Counter("killed" if code in KILLED else STATUS.get(code, "suspicious")
                   for code in codes.values())


def forget_survivors(root: Path, path: str) -> None:
    """Mark the survivors of the last run unchecked, so mutmut runs them again."""
    # which tests cover which function is learnt again, so the new tests are run too
    (root / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
    meta = root / "mutants" / f"{path}.meta"
    if meta.exists():
        data = json.loads(meta.read_text(encoding="utf-8"))
        codes = data["exit_code_by_key"]
        for name, code in codes.items():
            if code not in KILLED:
                codes[name] = None
        meta.write_text(json.dumps(data, indent=4), encoding="utf-8")


def equivalents() -> dict[str, str]:
    listed = {}
    for line in (ROOT / "build" / "mutation-equivalent.txt").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, why = line.partition(" ")
            listed[name] = why.strip()
    return listed


def survivors(path: str, root: Path = ROOT) -> list[str]:
    meta = root / "mutants" / f"{path}.meta"
    codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return sorted(name for name, code in codes.items() if code not in KILLED)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="source files to mutate")
    parser.add_argument("--all", action="store_true", help="every configured module")
    parser.add_argument("--held", action="store_true", help="the modules held to the bar")
    parser.add_argument("--base", default="main", help="what a change is measured from")
    parser.add_argument("--report", action="store_true", help="scores of the last run only")
    parser.add_argument("--quick", action="store_true",
                        help="each module alone against its own tests (QUICK_TESTS)")
    parser.add_argument("--again", action="store_true",
                        help="re-check the last run's survivors (after adding tests)")
    args = parser.parse_args(argv)
    if args.held:
        modules = HELD
    elif args.all:
        only, _ = configured()
        modules = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("casebook/**/*.py")
                         if mutated(str(p.relative_to(ROOT))))
    else:
        modules = args.modules or changed_since(args.base)
    if not modules:
        print("no mutated module changed")
        return 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    roots = {}
    for path in modules if args.quick else []:
        roots[path] = scratch(path) if not args.report else \
            ROOT / "build" / "out" / "mutation" / path.replace("/", "_").removesuffix(".py")
        if args.again:
            forget_survivors(roots[path], path)
        if not args.report:
            subprocess.run([sys.executable, "-m", "mutmut", "run", pattern(path)],
                           cwd=roots[path], env=env)
    if not args.quick and args.again:
        for path in modules:
            forget_survivors(ROOT, path)
    if not args.quick and not args.report:
        done = subprocess.run([sys.executable, "-m", "mutmut", "run", *map(pattern, modules)],
                              cwd=ROOT, env=env)
        if done.returncode not in (0, 1):
            return done.returncode
    listed, low = equivalents(), []
    print(f"{'module':44} {'mutants':>7} {'killed':>6} {'score':>6}  survivors (equivalent)"
          "  of the killed, timeouts")
    for path in modules:
        root = roots.get(path, ROOT)
        if not (root / "mutants" / f"{path}.meta").exists():
            print(f"{path:44} (not run)")
            continue
        counts = results(path, root)
        total = sum(counts.values())
        score = 100 * counts["killed"] / total if total else 100.0
        alive = survivors(path, root)
        same = sum(name in listed for name in alive)
        meta = json.loads((root / "mutants" / f"{path}.meta").read_text(encoding="utf-8"))
        slow = sum(code in TIMEOUT for code in meta["exit_code_by_key"].values())
        print(f"{path:44} {total:7} {counts['killed']:6} {score:5.1f}%  {len(alive)} ({same})"
              f"  {slow}")
        if path in HELD and score < MINIMUM:
            low.append(path)
    if low:
        print(f"below {MINIMUM:.0f} %: {', '.join(low)}")
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())
