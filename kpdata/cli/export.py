"""``kpdata export``: a release as SQLite, XLSX or Open Referral HSDS."""

from __future__ import annotations

from pathlib import Path

from kpdata.cli._common import add_command

COMMAND = "export"


def handle(args) -> int:
    """Export a release: sqlite PATH (tables with primary and foreign keys, for Datasette or any SQL
    tool), xlsx PATH (one sheet per table, header frozen, filters on) or hsds DIR (Open Referral HSDS 3.0).

    Example: kpdata export sqlite kpdata.sqlite
    Example: kpdata export xlsx kpdata.xlsx --no-personal-data
    Example: kpdata export hsds hsds/ --release 0.1.0
    """
    from kpdata.report.exports import export_release

    written = export_release(
        args.format, args.path, release=args.release, personal_data=not args.no_personal_data
    )
    print("\n".join(str(p) for p in written))
    return 0


def add_parser(subparsers) -> None:
    parser = add_command(subparsers, COMMAND, handle)
    parser.add_argument("format", choices=("sqlite", "xlsx", "hsds"), help="what to write")
    parser.add_argument("path", type=Path, metavar="PATH", help="the file (sqlite, xlsx) or folder (hsds)")
    parser.add_argument(
        "--release", metavar="VERSION|DIR", help="release version or folder (default: latest)"
    )
    parser.add_argument(
        "--no-personal-data", action="store_true", help="leave out people, memberships, contacts"
    )
