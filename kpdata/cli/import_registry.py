"""``kpdata import registry FILE``: import the MPSV registry of social services."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kpdata.cli._common import add_command

__all__ = ["COMMAND", "add_parser"]

COMMAND = "import"


def run_import_registry(args: argparse.Namespace) -> int:
    """Import the MPSV registry of social services (rpss.json, streamed) into datasets/registry/<name>/.

    Writes organizations.csv, services.csv, locations.csv, service_locations.csv, service_contacts.csv and
    import-report.json (counts; MPSV ids without a mapping, invalid IČO, unknown territories). --sample
    reads the catalogue-shaped sample (places with their services) instead of the national file.

    Example: kpdata import registry rpss.json
    Example: kpdata import registry ../shared/refdata/mpsv_rpss_samples/katalog_seniori_ukazka.json --sample
    """
    from kpdata.registry import import_registry

    shape = "catalogue" if args.sample else None
    out_dir = Path(args.out) if args.out else None
    folder, report = import_registry(Path(args.file), out_dir=out_dir, name=args.name, shape=shape)
    counts = report.counts
    print(
        f"{folder}: {counts['services_written']} services, {counts['organizations_written']} organisations, "
        f"{counts['locations_written']} locations; issues: "
        + (", ".join(f"{k} {report.issue_total(k)}" for k in sorted(report.issues)) or "none"),
        file=sys.stdout,
    )
    return 0


def add_parser(subparsers) -> argparse.ArgumentParser:
    """``kpdata import`` with its one source so far, ``registry``."""
    parser = add_command(subparsers, COMMAND, run_import_registry)
    parser.set_defaults(handler=None)
    what = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    registry = add_command(what, "registry", run_import_registry)
    registry.add_argument(
        "file", metavar="FILE", help="rpss.json (or a catalogue-shaped sample with --sample)"
    )
    registry.add_argument("--sample", action="store_true", help="the file is in the catalogue shape")
    registry.add_argument("--out", metavar="DIR", help="output folder (default datasets/registry/<name>)")
    registry.add_argument("--name", help="import name (default: the file name without extension)")
    return parser
