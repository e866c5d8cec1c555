"""``kpdata compare``: one row per territory, for regional officials."""

from __future__ import annotations

from pathlib import Path

from kpdata.cli._common import add_command, add_territory_selection

COMMAND = "compare"


def handle(args) -> int:
    """Compare territories: KP since, current plan and period, days until it ends, working groups, target
    groups covered and missing, coordinator known, stated figures (also per 1 000 inhabitants), sources.

    Name the territories, or take every territory with a planning process in a kraj (--kraj: NUTS code
    such as CZ080, ČSÚ code or name) or an ORP (--orp). --format xlsx needs -o FILE.

    Example: kpdata compare Opava Ostrava "Český Brod" Pardubice "Město Albrechtice"
    Example: kpdata compare --kraj CZ080 --format xlsx -o msk.xlsx
    Example: kpdata compare --orp Opava --format csv --today 2026-01-01
    """
    from kpdata.report.formats import emit_comparison

    text = emit_comparison(
        args.territories,
        kraj=args.kraj,
        orp=args.orp,
        today=args.today,
        fmt=args.format,
        out=args.output,
        release=args.release,
    )
    print(text, end="")
    return 0


def add_parser(subparsers) -> None:
    from kpdata.report.formats import FORMATS

    parser = add_command(subparsers, COMMAND, handle)
    add_territory_selection(parser, today_help="date for 'in force' (default today)")
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default table)")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument(
        "--release", metavar="VERSION|DIR", help="release version or folder (default: latest)"
    )
