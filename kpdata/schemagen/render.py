"""Deterministic text of generated files: sorted keys, two-space indent, UTF-8, trailing newline."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["render_json"]


def render_json(document: Any) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
