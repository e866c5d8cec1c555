"""``kpdata query``: a filtered listing of any table of the release."""

from __future__ import annotations

from pathlib import Path

from kpdata.cli._common import add_command

COMMAND = "query"


def handle(args) -> int:
    """List the rows of a table that match every filter given.

    --territory includes everything inside it (the obce of an ORP or kraj); --target-group and --kind
    take a code or a Czech label (senioři, odborné sociální poradenství); --ico is a provider's IČO;
    --network a network id. Formats: table (key columns), csv (every column), json.

    Example: kpdata query plans --territory Opava
    Example: kpdata query services --network opava --format csv
    Example: kpdata query groups --territory CZ080 --target-group senioři
    """
    from kpdata.dataset.listing import query_text

    filters = {k: getattr(args, k) for k in ("territory", "target_group", "kind", "ico", "network")}
    print(query_text(args.table, filters, fmt=args.format, out=args.output, release=args.release), end="")
    return 0


def add_parser(subparsers) -> None:
    from kpdata.dataset.listing import LISTING_FORMATS
    from kpdata.models.tables import TABLES

    parser = add_command(subparsers, COMMAND, handle)
    parser.add_argument("table", choices=list(TABLES), metavar="TABLE", help=", ".join(TABLES))
    parser.add_argument("--territory", metavar="X", help="name, code or id (includes what lies inside)")
    parser.add_argument("--target-group", metavar="G", help="target group code or Czech label")
    parser.add_argument("--kind", metavar="K", help="kind / druh (code or Czech label for services)")
    parser.add_argument("--ico", metavar="I", help="provider IČO")
    parser.add_argument("--network", metavar="N", help="network id")
    parser.add_argument("--format", choices=LISTING_FORMATS, default="table", help="output format")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument(
        "--release", metavar="VERSION|DIR", help="release version or folder (default: latest)"
    )
