"""Write the generated files atomically, or compare them with what is on disk (``--check``)."""

from __future__ import annotations

import difflib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["SchemaCheck", "check_schemas", "write_schemas"]


@dataclass
class SchemaCheck:
    """What differs between the generated files and the tree: changed, missing and stale files."""

    diffs: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.diffs or self.missing or self.stale)

    def report(self) -> str:
        """Unified diffs, then one line per missing or stale file."""
        lines = [*self.diffs]
        lines += [f"missing: {path} (run `kpdata schemas` to write it)\n" for path in self.missing]
        lines += [
            f"stale: {path} (no generator writes it; `kpdata schemas` removes it)\n" for path in self.stale
        ]
        return "".join(lines)


def _generated(generated: dict[str, str] | None) -> dict[str, str]:
    if generated is not None:
        return generated
    from kpdata.schemagen import generate

    return generate()


def _stale(root: Path, generated: dict[str, str]) -> list[str]:
    from kpdata.schemagen import MANAGED_DIRS

    found = {
        p.relative_to(root).as_posix() for d in MANAGED_DIRS for p in (root / d).rglob("*") if p.is_file()
    }
    return sorted(found - set(generated))


def check_schemas(root: Path, *, generated: dict[str, str] | None = None) -> SchemaCheck:
    """Compare every generated file with ``root/<path>`` without writing anything."""
    files = _generated(generated)
    result = SchemaCheck(stale=_stale(root, files))
    for path, text in files.items():
        target = root / path
        if not target.is_file():
            result.missing.append(path)
            continue
        current = target.read_text(encoding="utf-8")
        if current != text:
            diff = difflib.unified_diff(
                current.splitlines(keepends=True), text.splitlines(keepends=True), f"a/{path}", f"b/{path}"
            )
            result.diffs.append("".join(diff))
    return result


def write_schemas(root: Path, *, generated: dict[str, str] | None = None) -> list[str]:
    """Write every generated file under ``root`` (temp file + rename) and remove stale ones.

    Returns the paths whose content changed. Generation runs fully before the first write, so an
    error in a model leaves the tree untouched.
    """
    files = _generated(generated)
    changed = []
    for path, text in files.items():
        target = root / path
        if target.is_file() and target.read_text(encoding="utf-8") == text:
            continue
        _atomic_write(target, text)
        changed.append(path)
    for path in _stale(root, files):
        (root / path).unlink()
        changed.append(path)
    return changed


def _atomic_write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
