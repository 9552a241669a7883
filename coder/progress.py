"""A one-line progress bar for long commands: done/total, rate per second and ETA.

It draws only on a terminal (both stdout and the stream it draws on must be TTYs), so
pipes, files, CI logs and tests stay clean; `--quiet` turns it off too. Redraws are
throttled, so updating once per story costs almost nothing.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

WIDTH = 24  # characters of bar


def _clock_text(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class Progress:
    """Counts work done and redraws `label [####----] 40/100 stories 12.5 stories/s ETA 0:05`."""

    def __init__(self, total: int | None, unit: str = "stories", label: str = "", *, enabled: bool = True,
                 stream=None, clock=time.monotonic, interval: float = 0.1):
        self.total, self.unit, self.label = total, unit, label
        self.enabled, self.stream, self.clock, self.interval = enabled, stream or sys.stderr, clock, interval
        self.done = 0
        self.started = clock()
        self._drawn_at = None

    def update(self, n: int = 1) -> None:
        self.done += n
        if self.enabled and (self._drawn_at is None or self.clock() - self._drawn_at >= self.interval):
            self.draw()

    def __call__(self, *_args) -> None:
        """So a Progress can be passed as a callback: one call is one unit of work."""
        self.update()

    def line(self) -> str:
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = self.done / elapsed
        parts = [self.label] if self.label else []
        if self.total:
            filled = min(WIDTH, int(WIDTH * self.done / self.total))
            parts.append("[" + "#" * filled + "-" * (WIDTH - filled) + "]")
            parts.append(f"{self.done:,}/{self.total:,} {self.unit}")
        else:
            parts.append(f"{self.done:,} {self.unit}")
        parts.append(f"{rate:,.1f} {self.unit}/s")
        if self.total and rate > 0:
            parts.append(f"ETA {_clock_text(max(self.total - self.done, 0) / rate)}")
        return " ".join(parts)

    def draw(self) -> None:
        self._drawn_at = self.clock()
        self.stream.write("\r" + self.line() + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final state and end the line (nothing at all when disabled)."""
        if self.enabled:
            self.draw()
            self.stream.write("\n")
            self.stream.flush()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def on_terminal(quiet: bool = False, stream=None) -> bool:
    """Draw only when not --quiet and both stdout and the drawing stream are terminals."""
    stream = stream or sys.stderr
    return not quiet and _isatty(sys.stdout) and _isatty(stream)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def bar(total: int | None, unit: str = "stories", label: str = "", *, quiet: bool = False) -> Progress:
    """A Progress that draws on stderr when on_terminal(quiet), and is silent otherwise."""
    return Progress(total, unit, label, enabled=on_terminal(quiet))


def count_stories(paths) -> int:
    """A quick estimate of how many stories input files hold, for the ETA of `coder code`.

    JSONL: lines; CSV: lines after the header (blank lines and quoted fields that span
    lines make these overestimates); every other file: one story.
    """
    total = 0
    for path in map(Path, paths):
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".json", ".csv"):
            lines = _count_lines(path)
            total += max(lines - 1, 0) if suffix == ".csv" else lines
        else:
            total += 1
    return total


def _count_lines(path: Path, chunk: int = 1 << 20) -> int:
    """Newlines in a file, read in 1 MB chunks (fast on files far larger than memory)."""
    lines, last = 0, b"\n"
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            lines += block.count(b"\n")
            last = block[-1:]
    return lines + (last != b"\n")


def coding_bar(inputs, quiet: bool = False) -> Progress:
    """The bar of `coder code`; the inputs are counted (for the ETA) only when it will be drawn."""
    from .readers import expand

    enabled = on_terminal(quiet)
    return Progress(count_stories(expand(inputs)) if enabled else None, "stories", "coding", enabled=enabled)
