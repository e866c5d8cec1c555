"""Codelists of kpdata as CSV data files shipped in the package (``kpdata/codelists/data/``).

``data/index.csv`` lists every codelist (name, Czech and English title, source, licence); each list is
``data/<name>.csv`` with at least ``code,label_cs,label_en,definition_cs`` plus list-specific columns
(kept in :attr:`Concept.extra`; multi-valued cells are joined by ``|``).

    >>> from kpdata.codelists import codelist
    >>> cl = codelist("target_groups")
    >>> cl["seniors"].label_cs
    'senioři'
    >>> cl.check("seniors")
    'seniors'
"""

from __future__ import annotations

from kpdata.codelists.loader import CodelistFileError, UnknownCodelist, codelist, codelist_names
from kpdata.codelists.model import Codelist, CodeNotInCodelist, Concept

__all__ = [
    "CodeNotInCodelist",
    "Codelist",
    "CodelistFileError",
    "Concept",
    "UnknownCodelist",
    "codelist",
    "codelist_names",
]
