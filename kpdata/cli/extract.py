"""``kpdata extract``: the facts of one page as JSON, or re-extract a source from the snapshot cache."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kpdata.cli._common import add_command

__all__ = ["COMMAND", "add_parser"]

COMMAND = "extract"


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = add_command(subparsers, COMMAND, run)
    parser.add_argument("file", nargs="?", type=Path, help="a page saved as text (or HTML with --html)")
    parser.add_argument("--url", help="the page's address (helps to tell the territory)")
    parser.add_argument("--html", action="store_true", help="FILE is HTML: extract from its main content")
    parser.add_argument("--source", metavar="ID", help="re-extract source ID from the snapshot cache")
    parser.add_argument(
        "--cache", type=Path, default=None, help="snapshot cache root (default: KPDATA_CACHE)"
    )
    parser.add_argument(
        "--out", type=Path, default=None, help="folder for extracted.json (default: datasets/sources/ID)"
    )
    return parser


def _read(path: Path) -> str:
    from kpdata.errors import KpdataError, NotFoundError

    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NotFoundError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise KpdataError(
            f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); convert it first"
        ) from None


def _extract_file(args: argparse.Namespace) -> int:
    from kpdata.extract import extract_html, extract_page

    text = _read(args.file)
    is_html = args.html or args.file.suffix.lower() in (".html", ".htm")
    result = extract_html(text, url=args.url) if is_html else extract_page(text, url=args.url)
    json.dump(result.model_dump(mode="json"), sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")
    return 0


def _extract_source(args: argparse.Namespace) -> int:
    from kpdata.errors import KpdataError, NotFoundError
    from kpdata.extract.source import SourcePage, extract_source, write_extracted
    from kpdata.harvest.cache import SnapshotCache
    from kpdata.paths import sources_dir

    cache = SnapshotCache(args.cache)
    snapshots = cache.latest(args.source)
    if not snapshots:
        raise NotFoundError(
            f"no snapshots of source {args.source!r} in {cache.root}: harvest it first "
            f"(kpdata harvest {args.source}, or --snapshot FILE for a saved page)"
        )
    pages = [
        SourcePage(s.url, s.sha256, s.media_type, cache.read_text(s), s.fetched_at, s.status, s.title)
        for s in snapshots
    ]
    out = args.out or sources_dir() / args.source
    if args.out is None and not out.is_dir():
        raise KpdataError(
            f"{out}: no such source folder; add datasets/sources/{args.source}/source.yml first"
        )
    path = write_extracted(out, extract_source(args.source, pages))
    print(f"{path}: {len(pages)} page(s) extracted")
    return 0


def run(args: argparse.Namespace) -> int:
    """Extract the facts of a page as JSON, or re-extract a source's snapshots into extracted.json.

    With FILE, print the extraction (municipality, level, plans, groups, contacts, figures, ... each
    with the character spans and rule it was read by). With --source ID, read the newest snapshot of
    each URL of the source from the cache and write datasets/sources/ID/extracted.json.

    Example: kpdata extract page.txt --url https://www.mesto.cz/komunitni-planovani
    Example: kpdata extract --source opava
    """
    from kpdata.errors import KpdataError

    if args.source and args.file:
        raise KpdataError("give either FILE or --source ID, not both")
    if args.source:
        return _extract_source(args)
    if args.file is None:
        raise KpdataError("nothing to extract: give a FILE (or --source ID); see kpdata extract --help")
    return _extract_file(args)
