"""Stages stay separate: a test walks every module's imports and fails on a forbidden direction."""

from __future__ import annotations

import ast
from pathlib import Path

import kpdata

PACKAGE = Path(kpdata.__file__).parent

# package -> packages it must never import (see docs/ARCHITECTURE.md)
FORBIDDEN = {
    "kpdata.models": (
        "kpdata.harvest",
        "kpdata.extract",
        "kpdata.build",
        "kpdata.export",
        "kpdata.release",
        "kpdata.dataset",
        "kpdata.report",
        "kpdata.registry",
        "kpdata.cli",
    ),
    "kpdata.codelists": ("kpdata.models", "kpdata.harvest", "kpdata.export", "kpdata.build", "kpdata.cli"),
    "kpdata.harvest": (
        "kpdata.export",
        "kpdata.extract",
        "kpdata.build",
        "kpdata.release",
        "kpdata.report",
        "kpdata.cli",
    ),
    "kpdata.export": ("kpdata.harvest", "kpdata.extract", "kpdata.cli"),
    "kpdata.extract": ("kpdata.harvest", "kpdata.export", "kpdata.build", "kpdata.release", "kpdata.cli"),
    "kpdata.build": ("kpdata.harvest", "kpdata.cli"),
    "kpdata.dataset": ("kpdata.harvest", "kpdata.extract", "kpdata.build", "kpdata.cli"),
    "kpdata.registry": ("kpdata.harvest", "kpdata.extract", "kpdata.export", "kpdata.build", "kpdata.cli"),
    "kpdata.report": ("kpdata.harvest", "kpdata.extract", "kpdata.build", "kpdata.release", "kpdata.cli"),
    "kpdata.schemagen": ("kpdata.harvest", "kpdata.extract", "kpdata.build", "kpdata.export", "kpdata.cli"),
    "kpdata.territory": ("kpdata.harvest", "kpdata.extract", "kpdata.export", "kpdata.build", "kpdata.cli"),
}


def module_name(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def violations(package: Path = PACKAGE) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        module = module_name(path, package)
        for stage, banned in FORBIDDEN.items():
            if module != stage and not module.startswith(stage + "."):
                continue
            for name in imported_modules(path):
                if any(name == b or name.startswith(b + ".") for b in banned):
                    found.append(f"{module} imports {name}")
    return found


def test_no_stage_imports_in_a_forbidden_direction():
    assert violations() == []


def test_the_walker_sees_a_violation(tmp_path):
    package = tmp_path / "kpdata"
    (package / "models").mkdir(parents=True)
    (package / "models" / "probe.py").write_text("import kpdata.harvest\n", encoding="utf-8")
    (package / "export").mkdir()
    (package / "export" / "fine.py").write_text("from kpdata.models import Plan\n", encoding="utf-8")
    assert violations(package) == ["kpdata.models.probe imports kpdata.harvest"]
