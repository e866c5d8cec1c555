"""Use a release: ``kpdata.load()`` (:func:`kpdata.dataset.load.load_dataset`) and queries on top.

Nothing heavy is imported here; import :mod:`kpdata.dataset.load` for the loader.
"""

from __future__ import annotations

__all__: list[str] = []
