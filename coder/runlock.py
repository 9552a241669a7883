"""One coding run at a time per output folder: an exclusive lock on DIR/.lock.

The lock is an flock(2) on the file, so the kernel drops it when its process dies, even by
SIGKILL: a lock file left by a dead run is taken over (the caller warns, naming that run),
never waited on, and no pid check can be fooled by a reused pid. The file holds the
holder's pid, host, run id and start time, for the messages. POSIX only (fcntl).
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

from .errors import DatasetError

LOCK_NAME = ".lock"


def _read(fd: int) -> dict:
    try:
        data = json.loads(os.pread(fd, 65536, 0) or b"{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _same_file(fd: int, path: Path) -> bool:
    """Is the open file still the one at `path`? (A finishing run unlinks the file.)"""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    own = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (own.st_dev, own.st_ino)


def describe(holder: dict) -> str:
    """'run R (pid P on HOST, started T)' from what a lock file holds."""
    if not holder:
        return "a run that left no details"
    return (f"run {holder.get('run_id', '?')} (pid {holder.get('pid', '?')} on {holder.get('host', '?')}, "
            f"started {holder.get('started', '?')})")


class RunLock:
    """`with RunLock(out, run_id, started) as lock:`; lock.previous is what a dead run left."""

    def __init__(self, out, run_id: str, started: str):
        self.path = Path(out) / LOCK_NAME
        self.info = {"pid": os.getpid(), "host": socket.gethostname(), "run_id": run_id, "started": started}
        self.previous: dict = {}
        self._fd: int | None = None

    def acquire(self) -> RunLock:
        import fcntl

        while True:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise DatasetError("write_failed", f"{self.path}: {exc.strerror or exc}") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _read(fd)
                os.close(fd)
                raise DatasetError("locked", f"{self.path.parent} is being written by {describe(holder)}") from None
            if _same_file(fd, self.path):
                break
            os.close(fd)  # removed by a run that just finished: open the new file
        self.previous = _read(fd)
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(self.info).encode(), 0)
        os.fsync(fd)
        self._fd = fd
        return self

    def release(self) -> None:
        """Remove the file while still holding the lock, then let go."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if _same_file(fd, self.path):
                self.path.unlink()
        finally:
            os.close(fd)  # closing drops the flock

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
