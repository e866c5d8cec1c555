"""``SHA256SUMS`` of a package folder, in ``sha256sum`` format (``<hex>  <path>``, sorted by path)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from kpdata.errors import ValidationFailed

__all__ = [
    "CHECKSUMS_FILE",
    "ChecksumMismatch",
    "file_sha256",
    "read_checksums",
    "verify_checksums",
    "write_checksums",
]

CHECKSUMS_FILE = "SHA256SUMS"
_CHUNK = 1 << 20


class ChecksumMismatch(ValidationFailed):
    """A file of a package does not match its line in ``SHA256SUMS`` (or is missing, or unlisted)."""


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _package_files(folder: Path) -> list[str]:
    files = (p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    return sorted(f for f in files if f != CHECKSUMS_FILE)


def write_checksums(folder: Path) -> Path:
    """Write ``SHA256SUMS`` for every file under ``folder`` (itself excluded)."""
    lines = [f"{file_sha256(folder / name)}  {name}\n" for name in _package_files(folder)]
    path = folder / CHECKSUMS_FILE
    path.write_text("".join(lines), encoding="utf-8")
    return path


def read_checksums(folder: Path) -> dict[str, str]:
    path = folder / CHECKSUMS_FILE
    if not path.is_file():
        raise ChecksumMismatch(f"{path} is missing")
    pairs = (line.split("  ", 1) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {name: digest for digest, name in pairs}


def verify_checksums(folder: Path) -> None:
    """Raise :class:`ChecksumMismatch` naming every file that is missing, unlisted or changed."""
    listed = read_checksums(folder)
    present = set(_package_files(folder))
    problems = [f"{n}: listed but missing" for n in sorted(set(listed) - present)]
    problems += [f"{n}: not listed in {CHECKSUMS_FILE}" for n in sorted(present - set(listed))]
    problems += [
        f"{n}: sha256 differs from {CHECKSUMS_FILE}"
        for n in sorted(present & set(listed))
        if file_sha256(folder / n) != listed[n]
    ]
    if problems:
        raise ChecksumMismatch(f"{folder}: " + "; ".join(problems))
