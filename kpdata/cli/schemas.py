"""``kpdata schemas``: write (or check) schemas/ and the data dictionary from the models."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kpdata.cli._common import add_command

__all__ = ["COMMAND", "add_parser"]

COMMAND = "schemas"


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = add_command(subparsers, COMMAND, run)
    parser.add_argument(
        "--check",
        action="store_true",
        help="compare with the files on disk, print a diff and exit 1 when they differ; write nothing",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="root to write schemas/ and docs/data-dictionary.md under (default: the checkout)",
    )
    return parser


def run(args: argparse.Namespace) -> int:
    """Generate schemas/ (Table Schema, JSON Schema, JSON-LD context, codelists) and the data dictionary.

    The models in kpdata/models are the single source; the generated files are committed, and
    `--check` fails (exit 1, with a unified diff) when they are out of date.

    Example: kpdata schemas --check
    """
    from kpdata.errors import KpdataError
    from kpdata.paths import repo_root
    from kpdata.schemagen.files import check_schemas, write_schemas

    root = args.out or repo_root()
    if root is None:
        raise KpdataError("not running from a checkout: say where to write with --out DIR")
    if args.check:
        result = check_schemas(root)
        if not result.ok:
            sys.stdout.write(result.report())
            print(f"schemas out of date under {root}: run `kpdata schemas` and commit the result")
            return 1
        print("schemas up to date")
        return 0
    changed = write_schemas(root)
    print(f"{len(changed)} file(s) written or removed under {root}" + "".join(f"\n  {p}" for p in changed))
    return 0
