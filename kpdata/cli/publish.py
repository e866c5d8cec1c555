"""``kpdata publish``: build and write an immutable, verified release into datasets/releases/X.Y.Z/."""

from __future__ import annotations

from pathlib import Path

from kpdata.cli._common import add_command

COMMAND = "publish"


def handle(args) -> int:
    """Publish release X.Y.Z: build, write, verify (checksums, frictionless) and rename into place.

    The version must be SemVer and greater than the latest release; an existing release is never
    overwritten. The release holds the CSV tables, datapackage.json, kpdata.json, RDF, DCAT records,
    SHA256SUMS, changes.json and CHANGELOG.md (row-level difference from the previous release). Any
    failure publishes nothing. --no-personal-data leaves out people, memberships and contact points.

    Example: kpdata publish --version 0.1.0 --issued 2026-11-23
    Example: kpdata publish --version 0.1.1 --no-personal-data
    """
    from kpdata.release.publish import publish
    from kpdata.release.workflow import BuildOptions

    options = BuildOptions(sources=args.sources, issued=args.issued)
    folder = publish(args.version, options, personal_data=not args.no_personal_data)
    print(f"published {args.version}: {folder}")
    return 0


def add_parser(subparsers) -> None:
    parser = add_command(subparsers, COMMAND, handle)
    parser.add_argument("--version", required=True, metavar="X.Y.Z", help="the new release's SemVer version")
    parser.add_argument("--no-personal-data", action="store_true", help="leave out personal-data tables")
    parser.add_argument("--issued", metavar="DATE", help="release date (ISO, default: today)")
    parser.add_argument(
        "--sources", type=Path, metavar="DIR", help="sources folder (default: datasets/sources)"
    )
