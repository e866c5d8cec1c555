"""Every ```python block of README.md runs, in order and in one namespace, against the latest release."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kpdata.dataset.load import find_release
from kpdata.errors import NotFoundError

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def python_blocks() -> list[str]:
    return BLOCK.findall(README.read_text(encoding="utf-8"))


def test_the_readme_has_python_examples():
    assert len(python_blocks()) >= 3


def test_the_readme_examples_run():
    try:
        find_release()
    except NotFoundError as exc:
        pytest.skip(f"no published release to run the README examples against: {exc}")
    namespace: dict = {"__name__": "readme"}
    for number, block in enumerate(python_blocks(), start=1):
        code = compile(block, f"README.md python block {number}", "exec")
        exec(code, namespace)
