"""A throwaway PostgreSQL server for the tests: Debian's server binaries, a Unix socket
in a temp folder, no TCP, trust authentication, gone when the tests end.

`.ci/postgres.sh` starts one for the whole run and exports its URL as
CASEBOOK_TEST_PG, so the tests never skip in CI (a missing server is a failure
there). Locally, without CASEBOOK_TEST_PG, the tests start one of these
themselves when the server binaries exist, and skip with a reason when not.
The outage test always starts its own, to stop and start it at will.

`initdb` refuses to run as root, so under root the server runs as the
unprivileged `postgres` user (the Debian package creates it) via `runuser`.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "casebook"


def server_bin() -> Path | None:
    """Where initdb and pg_ctl live: $CASEBOOK_TEST_PG_BIN, Debian's folder, or PATH."""
    given = os.environ.get("CASEBOOK_TEST_PG_BIN")
    candidates = [given] if given else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                         key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0,
                         reverse=True)
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(str(Path(found).parent))
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


class Server:
    """One private server: `start()`, `url(dbname)`, `stop()`, `start()` again."""

    def __init__(self, bin_dir: Path | None = None):
        self.bin = bin_dir or server_bin()
        if self.bin is None:
            raise RuntimeError("no PostgreSQL server binaries (initdb, pg_ctl)")
        self.root = Path(tempfile.mkdtemp(prefix="casebook-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.runas: list[str] = []
        if os.geteuid() == 0:
            import pwd

            user = os.environ.get("CASEBOOK_TEST_PG_USER", "postgres")
            entry = pwd.getpwnam(user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
            self.runas = ["runuser", "-u", user, "--"]
        os.chmod(self.root, 0o755)  # the socket is reached by the tests' own user
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        self.running = False

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([*self.runas, str(self.bin / tool), *args], check=check,
                              capture_output=True, text=True, timeout=120)

    def start(self) -> Server:
        # fsync off: the machine does not crash under a test (the OS keeps what was written).
        # synchronous_commit stays on: the outage test stops the server with `immediate`, a
        # crash of the server itself, and with it off a commit is acknowledged before its
        # log is written — the case the test had just opened was then gone after the restart
        # whenever the WAL writer had not come round yet ("No case with reference …").
        options = (f"-c listen_addresses='' -k {self.root} -c fsync=off "
                   "-c full_page_writes=off -c max_connections=100")
        result = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options,
                           "-w", "-t", "60", "start", check=False)
        if result.returncode != 0:
            raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n"
                               f"{self.log.read_text() if self.log.exists() else ''}")
        self.running = True
        return self

    def stop(self, mode: str = "fast") -> None:
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)
            self.running = False

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@{quote(str(self.root), safe='')}/{dbname}"

    def wait_ready(self, seconds: float = 30) -> None:
        import psycopg

        deadline = time.monotonic() + seconds
        while True:
            try:
                psycopg.connect(self.url(), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
