"""kpdata: the open dataset and library of Czech community planning of social services (KPSS).

Typical use::

    import kpdata
    ds = kpdata.load()              # the latest release, offline
    ds.plans_in_force("Opava")

Heavy modules are imported lazily so that ``import kpdata`` stays fast.
"""

from __future__ import annotations

__all__ = ["__version__", "load"]

__version__ = "0.1.0"


def load(version: str | None = None, *, path: str | None = None):
    """Load a release of the dataset (the latest by default) into typed objects.

    >>> ds = kpdata.load()                          # doctest: +SKIP
    >>> ds = kpdata.load("0.1.0")                   # doctest: +SKIP
    >>> ds = kpdata.load(path="datasets/releases/0.1.0")  # doctest: +SKIP
    """
    from kpdata.dataset.load import load_dataset

    return load_dataset(version, path=path)
