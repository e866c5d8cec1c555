"""Rule files of the people, contacts, groups and providers extractors: YAML in ``kpdata/extract/rules/``.

Each file is read once per process. A missing or malformed rule file is a packaging error and raises
:class:`kpdata.errors.KpdataError` naming the file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kpdata.errors import KpdataError

__all__ = ["RULES_DIR", "rule_file"]

RULES_DIR = Path(__file__).resolve().parent / "rules"


@cache
def rule_file(name: str) -> Any:
    """The parsed content of ``rules/<name>.yml``; read once, then cached (treat it as read-only)."""
    path = RULES_DIR / f"{name}.yml"
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError as exc:
        raise KpdataError(f"rule file {path} is missing; reinstall kpdata") from exc
    except yaml.YAMLError as exc:
        raise KpdataError(f"rule file {path} is not valid YAML: {exc}") from exc
