"""Turn checked records into packages: ``kpdata build`` (an unreleased package in ``build/``) and
``kpdata publish`` (an immutable release in ``datasets/releases/X.Y.Z/`` with its changelog)."""

from __future__ import annotations

__all__: list[str] = []
