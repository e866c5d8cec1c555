"""``kpdata report``: one self-contained HTML report comparing territories."""

from __future__ import annotations

from pathlib import Path

from kpdata.cli._common import add_command, add_territory_selection

COMMAND = "report"


def handle(args) -> int:
    """Write an HTML report: plan periods on a timeline (today marked), a target-group coverage heatmap,
    figures per 1 000 inhabitants, the comparison table, sources and the release version.

    One file with inline CSS and SVG: it works offline, on a phone and in print. Without territories,
    --kraj or --orp it covers every territory with a planning process.

    Example: kpdata report --kraj CZ080 -o report.html
    Example: kpdata report Opava Ostrava "Český Brod" -o srovnani.html --today 2026-01-01
    """
    from kpdata.report.html import write_report_for

    path = write_report_for(
        args.territories,
        kraj=args.kraj,
        orp=args.orp,
        today=args.today,
        out=args.output,
        release=args.release,
    )
    print(f"report: {path}")
    return 0


def add_parser(subparsers) -> None:

    parser = add_command(subparsers, COMMAND, handle)
    add_territory_selection(parser, today_help="the date marked as today")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the HTML file")
    parser.add_argument(
        "--release", metavar="VERSION|DIR", help="release version or folder (default: latest)"
    )
