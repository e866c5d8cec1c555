"""The labelled corpus (../shared/corpus) must not regress: score.py with --min-f1 at the figure reached."""

from __future__ import annotations

import subprocess
import sys

import pytest

MIN_F1 = 0.99  # micro-F1 reached on the dev pages and seeds (0.996 when set), rounded down


def test_corpus_score_does_not_regress(shared):
    script = shared / "corpus" / "score.py"
    if not script.is_file():
        pytest.skip(f"{script} is absent")
    run = subprocess.run(
        [sys.executable, str(script), "--min-f1", str(MIN_F1)], capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "crashes 0" in run.stdout
