"""``kpdata show``: everything known about one territory's planning process, with sources."""

from __future__ import annotations

from kpdata.cli._common import add_command

COMMAND = "show"


def handle(args) -> int:
    """Show a territory's planning process: plans, groups and members, people, figures, services, sources.

    TERRITORY is a name (any case, with or without diacritics), a ČSÚ code or an id (obec-505927).
    An unknown or ambiguous name is an error that lists close names or the candidates.

    Example: kpdata show Opava
    Example: kpdata show "cesky brod" --today 2026-01-01
    """
    from kpdata.dataset.listing import open_release
    from kpdata.report.show import describe

    print(describe(open_release(args.release), args.territory, today=args.today), end="")
    return 0


def add_parser(subparsers) -> None:
    from kpdata.dataset.listing import iso_date

    parser = add_command(subparsers, COMMAND, handle)
    parser.add_argument("territory", metavar="TERRITORY", help="name, ČSÚ code or id")
    parser.add_argument("--today", type=iso_date, metavar="DATE", help="the date plans are checked against")
    parser.add_argument(
        "--release", metavar="VERSION|DIR", help="release version or folder (default: latest)"
    )
