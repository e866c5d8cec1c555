"""Helpers shared by command modules."""

from __future__ import annotations

import argparse
import inspect

__all__ = ["add_command"]


def add_command(subparsers, name: str, handler, **kwargs) -> argparse.ArgumentParser:
    """Register ``name`` with the handler's docstring as its help and description (examples included)."""
    doc = inspect.getdoc(handler) or ""
    summary = doc.splitlines()[0] if doc else ""
    parser = subparsers.add_parser(
        name,
        help=summary,
        description=doc,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        **kwargs,
    )
    parser.set_defaults(handler=handler)
    return parser
