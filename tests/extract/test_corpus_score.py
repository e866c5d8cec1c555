"""The labelled corpus (../shared/corpus) must not regress: score.py with --min-f1 at the figure reached."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

MIN_F1 = 0.99  # micro-F1 reached on the dev pages and seeds (0.996 when set), rounded down
PROBE_MIN_F1 = 0.89  # on the project's own probe pages (fixtures/probe_corpus, 102 pages: 0.898 when set)
PROBE_CORPUS = Path(__file__).parent / "fixtures" / "probe_corpus"


def test_corpus_score_does_not_regress(shared):
    script = shared / "corpus" / "score.py"
    if not script.is_file():
        pytest.skip(f"{script} is absent")
    run = subprocess.run(
        [sys.executable, str(script), "--min-f1", str(MIN_F1)], capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "crashes 0" in run.stdout


def test_probe_corpus_score_does_not_regress(shared):
    script = shared / "corpus" / "score.py"
    if not script.is_file():
        pytest.skip(f"{script} is absent")
    run = subprocess.run(
        [sys.executable, str(script), "--corpus", str(PROBE_CORPUS), "--min-f1", str(PROBE_MIN_F1)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "pages 66, crashes 0" in run.stdout
