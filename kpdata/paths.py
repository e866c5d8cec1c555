"""Where kpdata finds its data: the repository checkout when run from one, else the installed package."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "PACKAGE_DIR",
    "cache_dir",
    "datasets_dir",
    "reference_dir",
    "releases_dir",
    "repo_root",
    "schemas_dir",
    "shared_dir",
    "sources_dir",
]

PACKAGE_DIR = Path(__file__).resolve().parent
_PACKAGED_DATA = PACKAGE_DIR / "_data"


def repo_root() -> Path | None:
    """The checkout this package was imported from, or None when installed from a wheel."""
    root = PACKAGE_DIR.parent
    return root if (root / "pyproject.toml").is_file() and (root / "datasets").is_dir() else None


def datasets_dir() -> Path:
    """``datasets/`` of the checkout (``KPDATA_DATASETS`` overrides)."""
    if env := os.environ.get("KPDATA_DATASETS"):
        return Path(env)
    root = repo_root()
    return root / "datasets" if root else _PACKAGED_DATA


def sources_dir() -> Path:
    return datasets_dir() / "sources"


def reference_dir() -> Path:
    return datasets_dir() / "reference"


def releases_dir() -> Path:
    return datasets_dir() / "releases"


def schemas_dir() -> Path:
    root = repo_root()
    return root / "schemas" if root else _PACKAGED_DATA / "schemas"


def shared_dir() -> Path | None:
    """``../shared`` beside the checkout (``KPDATA_SHARED`` overrides); None when absent."""
    env = os.environ.get("KPDATA_SHARED")
    root = repo_root()
    candidate = Path(env) if env else (root.parent / "shared" if root else None)
    return candidate if candidate and candidate.is_dir() else None


def cache_dir() -> Path:
    """The snapshot cache (outside git): ``KPDATA_CACHE`` or the user's cache directory."""
    if env := os.environ.get("KPDATA_CACHE"):
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("kpdata"))
