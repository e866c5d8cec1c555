"""Progress of a harvest on a text stream (stderr): a self-updating line on a terminal, a line every
few pages otherwise. Writes only to the stream it is given."""

from __future__ import annotations

import threading
from collections import Counter
from typing import TextIO

__all__ = ["TextProgress"]


class TextProgress:
    """``[harvest] 42 pages (7 queued) · fetched 30 unchanged 9 failed 3 · opava``"""

    def __init__(self, stream: TextIO, *, every: int = 10) -> None:
        self.stream = stream
        self.every = every
        self.live = bool(getattr(stream, "isatty", lambda: False)())
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def _line(self, source_id: str, queued: int) -> str:
        done = sum(self.counts.values())
        bar_done = round(20 * done / max(1, done + queued))
        bar = "#" * bar_done + "." * (20 - bar_done)
        outcomes = " ".join(f"{name} {count}" for name, count in sorted(self.counts.items()))
        return f"[harvest] [{bar}] {done} pages ({queued} queued) · {outcomes} · {source_id}"

    def page(self, source_id: str, url: str, outcome: str, *, queued: int) -> None:
        with self._lock:
            self.counts[outcome] += 1
            line = self._line(source_id, queued)
            if self.live:
                self.stream.write("\r" + line[:150].ljust(150))
            elif sum(self.counts.values()) % self.every == 1 or self.every == 1:
                self.stream.write(line + "\n")
            self.stream.flush()

    def source_done(self, summary) -> None:
        with self._lock:
            prefix = "\r" + " " * 150 + "\r" if self.live else ""
            state = "FAILED" if summary.failed_entirely else "done"
            if summary.interrupted:
                state = "interrupted (run again to resume)"
            self.stream.write(f"{prefix}[harvest] {summary.source_id} {state}: {summary.good} pages\n")
            self.stream.flush()
