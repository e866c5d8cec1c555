"""Helpers shared by command modules."""

from __future__ import annotations

import argparse
import inspect

__all__ = ["add_command", "add_territory_selection"]


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


def add_territory_selection(parser: argparse.ArgumentParser, *, today_help: str) -> None:
    """The territories a comparison covers: names/codes/ids, or every one in a kraj or ORP; and 'today'."""
    from kpdata.dataset.listing import iso_date

    parser.add_argument("territories", nargs="*", metavar="TERRITORY", help="names, ČSÚ codes or ids")
    parser.add_argument("--kraj", metavar="CODE", help="every territory with a process in this kraj")
    parser.add_argument("--orp", metavar="CODE", help="every territory with a process in this ORP")
    parser.add_argument("--today", type=iso_date, metavar="DATE", help=today_help)
