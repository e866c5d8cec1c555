"""The ``kpdata`` command line: one thin module per command in this package.

Each command module defines ``COMMAND`` (its name), ``add_parser(subparsers)`` which registers the
command with its docstring as help, and a handler set with ``parser.set_defaults(handler=...)``.
Modules are discovered, so adding a command is adding a file.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from kpdata.errors import KpdataError

__all__ = ["build_parser", "command_modules", "main"]


def command_modules() -> list:
    """Every command module of this package, in name order."""
    modules = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            modules.append(importlib.import_module(f"{__name__}.{info.name}"))
    return [m for m in modules if hasattr(m, "COMMAND")]


def build_parser() -> argparse.ArgumentParser:
    from kpdata import __version__

    parser = argparse.ArgumentParser(
        prog="kpdata",
        description="Open data of Czech community planning of social services (KPSS).",
    )
    parser.add_argument("--version", action="version", version=f"kpdata {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; errors of the user's input exit non-zero with a message saying how to fix it."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except KpdataError as exc:
        print(f"kpdata {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
