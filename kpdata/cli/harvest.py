"""``kpdata harvest``: fetch municipal pages politely into the snapshot cache."""

from __future__ import annotations

import sys
from pathlib import Path

from kpdata.cli._common import add_command

__all__ = ["COMMAND", "add_parser"]

COMMAND = "harvest"


def handle(args) -> int:
    """Harvest pages of configured sources (or of one URL) into the snapshot cache.

    Crawls each SOURCE_ID (every configured source when none is given) within its scope, one request
    at a time per host, obeying robots.txt; unchanged pages cost a conditional request; an interrupted
    run resumes where it stopped. Prints a summary per source; exits 1 when a source got no page.

    Example: kpdata harvest opava pardubice
    Example: kpdata harvest --url https://www.example.cz/komunitni-planovani --cache /tmp/kp-cache
    Example: kpdata harvest opava --snapshot saved-page.html --url https://www.opava-city.cz/...
    Example: kpdata harvest --from-snapshots        (import the pages listed under 'snapshots:')
    Example: kpdata harvest --export-warc kp.warc.gz opava
    """
    from kpdata.harvest.progress import TextProgress
    from kpdata.harvest.run import HarvestRequest, run_harvest

    request = HarvestRequest(
        source_ids=tuple(args.source_ids),
        urls=tuple(args.url or ()),
        snapshot=args.snapshot,
        from_snapshots=args.from_snapshots,
        export_warc=args.export_warc,
        import_warc=args.import_warc,
        cache_dir=args.cache,
        delay=args.delay,
        max_pages=args.max_pages,
        max_depth=args.max_depth,
    )
    report = run_harvest(request, progress=TextProgress(sys.stderr))
    for line in report.lines():
        print(line)
    return report.exit_code


def add_parser(subparsers) -> None:
    parser = add_command(subparsers, COMMAND, handle)
    parser.add_argument(
        "source_ids", nargs="*", metavar="SOURCE_ID", help="sources to harvest (default: all)"
    )
    parser.add_argument(
        "--url",
        action="append",
        metavar="URL",
        help="crawl this page within its host and path "
        "(repeatable); with --snapshot: the address the saved page came from",
    )
    parser.add_argument("--snapshot", type=Path, metavar="FILE", help="import a saved HTML or text page")
    parser.add_argument("--from-snapshots", action="store_true", help="import the pages listed in source.yml")
    parser.add_argument("--cache", type=Path, metavar="DIR", help="snapshot cache (default: user cache dir)")
    parser.add_argument("--export-warc", type=Path, metavar="FILE", help="write the latest snapshots as WARC")
    parser.add_argument("--import-warc", type=Path, metavar="FILE", help="import pages from a WARC file")
    parser.add_argument("--delay", type=float, metavar="S", help="seconds between requests per host (--url)")
    parser.add_argument("--max-pages", type=int, metavar="N", help="page limit of a --url crawl")
    parser.add_argument("--max-depth", type=int, metavar="N", help="link depth of a --url crawl")
