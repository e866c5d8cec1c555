"""``kpdata build``: the main job — extracted facts + corrections + reference -> the package in build/."""

from __future__ import annotations

from pathlib import Path

from kpdata.cli._common import add_command

COMMAND = "build"


def handle(args) -> int:
    """Build the dataset offline into build/ (an unreleased X.Y.Z.dev0 package) and check it.

    Reads every datasets/sources/<id>/extracted.json and curated.yml, the territory reference, the
    codelists and datasets/suppression.yml; checks models, primary and foreign keys, each source's
    expectations and the suppression list; writes validation-report.txt and .json. With any error no
    package is written and the command exits 1 (the report says what failed, where and why).

    Example: kpdata build
    Example: kpdata build --out /tmp/kp-build --sources tests/build/fixtures/sources --issued 2026-11-23
    """
    from kpdata.release.workflow import BuildOptions, run_build

    options = BuildOptions(sources=args.sources, issued=args.issued)
    result = run_build(args.out, options)
    print(result.report.summary())
    print("  " + ", ".join(f"{table} {n}" for table, n in result.report.counts.items()))
    print(f"package: {args.out}/ (report: {args.out}/validation-report.txt)")
    return 0


def add_parser(subparsers) -> None:
    parser = add_command(subparsers, COMMAND, handle)
    parser.add_argument(
        "--out", type=Path, default=Path("build"), metavar="DIR", help="output (default: build)"
    )
    parser.add_argument(
        "--sources", type=Path, metavar="DIR", help="sources folder (default: datasets/sources)"
    )
    parser.add_argument("--issued", metavar="DATE", help="date the package carries (ISO; see docs)")
