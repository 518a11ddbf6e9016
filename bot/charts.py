"""The /readiness chart: the four rounds, self-rated against demonstrated, as a PNG."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any


class MatplotlibCharts:
    """Called on worker threads (see ``readiness_report``); one chart at a time, as matplotlib's
    font cache and backend selection are not thread-safe."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self._one_at_a_time = threading.Lock()

    def readiness_chart(self, learner_key: str, rounds: Sequence[dict[str, Any]], now: datetime) -> str | None:
        with self._one_at_a_time:
            return self._draw(learner_key, rounds, now)

    def forget(self, learner_key: str) -> int:
        """Delete this learner's charts (they deleted their data); how many there were."""
        gone = 0
        for path in self.out_dir.glob(f"readiness-{_safe(learner_key)}-*.png"):
            path.unlink(missing_ok=True)
            gone += 1
        return gone

    def prune(self, before: datetime) -> int:
        """Delete charts drawn before ``before``: each was sent (or shown) when drawn."""
        gone = 0
        for path in self.out_dir.glob("readiness-*.png"):
            if path.stat().st_mtime < before.timestamp():
                path.unlink(missing_ok=True)
                gone += 1
        return gone

    def _draw(self, learner_key: str, rounds: Sequence[dict[str, Any]], now: datetime) -> str | None:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib.figure import Figure  # no pyplot: no global figure state

        self.out_dir.mkdir(parents=True, exist_ok=True)
        fig = Figure(figsize=(7, 3.6), dpi=110)
        ax = fig.add_subplot()
        titles = [r["title"] for r in rounds]
        xs = range(len(rounds))
        w = 0.38
        # the same basis as the calibration gap: what you claimed vs what those answers showed
        selfs = [r["self"] if r["self"] is not None else 0 for r in rounds]
        shown = [r["shown"] if r["shown"] is not None else 0 for r in rounds]
        ax.bar([x - w / 2 for x in xs], selfs, w, label="Self-rated", color="#f2a541")
        ax.bar([x + w / 2 for x in xs], shown, w, label="Demonstrated", color="#2f6fab")
        for x, r in zip(xs, rounds, strict=True):
            if r["self"] is None:
                ax.text(x - w / 2, 2, "n/a", ha="center", fontsize=8, color="#888")
        ax.set_xticks(
            list(xs), [f"{t}\nreadiness {r['score']}/100" for t, r in zip(titles, rounds, strict=True)], fontsize=9
        )
        ax.set_ylim(0, 100)
        ax.set_ylabel("0–100")
        ax.set_title("Calibration: how you rated your answers vs what they showed (%)", fontsize=10)
        ax.legend(loc="upper right", fontsize=8)
        ax.grid(axis="y", alpha=0.3)
        fig.tight_layout()
        path = self.out_dir / f"readiness-{_safe(learner_key)}-{now:%Y%m%dT%H%M%S}.png"
        fig.savefig(path)
        return str(path)


def _safe(learner_key: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in learner_key)
