"""What one PIN try costs with the app's scrypt parameters (SPEC §7: at least 0.5 s).

On demand: `python -m pytest tests/perf/test_pin_cost.py -m perf -s`. Every other test
hashes with cheaper parameters (tests/conftest.py); this one restores the app's. The
processor time of a try is what an attacker with a copy of the file pays per guess (a
busy machine only makes the wall-clock time longer), so it is the figure checked."""

import statistics
import time

import pytest

from casebook.core.trust import access

pytestmark = pytest.mark.perf


def test_one_pin_try_costs_at_least_half_a_second(monkeypatch):
    monkeypatch.setattr(access, "COST", access.APP_COST)
    stored = access.hash_pin("246810")
    assert stored.startswith("scrypt$262144$8$1$")
    cpu, wall = [], []
    for pin in ("000000", "246810", "999999", "135790", "246810"):
        start, start_cpu = time.perf_counter(), time.process_time()
        access.pin_matches(stored, pin)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    print(f"\nPIN try with scrypt n={access.APP_COST.n} r={access.APP_COST.r} "
          f"p={access.APP_COST.p}: processor time median {statistics.median(cpu):.3f} s "
          f"({', '.join(f'{t:.3f}' for t in cpu)}), wall clock median "
          f"{statistics.median(wall):.3f} s")
    assert statistics.median(cpu) >= 0.5
