"""Release versions: SemVer ``X.Y.Z`` folders in the releases directory, the latest, the next dev one."""

from __future__ import annotations

import re
from pathlib import Path

from kpdata.errors import KpdataError

__all__ = ["is_version", "latest_release", "next_dev_version", "parse_version", "release_versions"]

_SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


def is_version(text: str) -> bool:
    return bool(_SEMVER.fullmatch(text))


def parse_version(text: str) -> tuple[int, int, int]:
    """``"0.1.0"`` -> ``(0, 1, 0)``; anything but plain SemVer ``X.Y.Z`` is an error."""
    match = _SEMVER.fullmatch(text)
    if not match:
        raise KpdataError(f"version {text!r} is not SemVer X.Y.Z (e.g. 0.1.0, 1.2.3)")
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def release_versions(releases: Path) -> list[str]:
    """The versions released under ``releases`` (folders named X.Y.Z with a datapackage.json), ascending."""
    if not releases.is_dir():
        return []
    found = [p.name for p in releases.iterdir() if is_version(p.name) and (p / "datapackage.json").is_file()]
    return sorted(found, key=parse_version)


def latest_release(releases: Path) -> str | None:
    versions = release_versions(releases)
    return versions[-1] if versions else None


def next_dev_version(releases: Path) -> str:
    """The version an unreleased build carries: the patch after the latest release, ``.dev0``."""
    latest = latest_release(releases)
    if latest is None:
        return "0.1.0.dev0"
    major, minor, patch = parse_version(latest)
    return f"{major}.{minor}.{patch + 1}.dev0"
