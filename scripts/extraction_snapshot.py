"""Record what the extractor makes of every known page, and compare two such records.

A change meant to be output-preserving (a speed-up) should show no difference; a rule change should show
only the pages it meant to change. The pages: ``<shared>/corpus/dev/pages``, the seed pages and the
project's probe corpus (``tests/extract/fixtures/probe_corpus``).

Usage:
    .venv/bin/python scripts/extraction_snapshot.py record OUT.jsonl [--shared PATH]
    .venv/bin/python scripts/extraction_snapshot.py diff BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kpdata.extract.page import extract_page
from kpdata.paths import shared_dir

ROOT = Path(__file__).resolve().parent.parent
PROBE_PAGES = ROOT / "tests" / "extract" / "fixtures" / "probe_corpus" / "pages"


def _pages(shared: Path) -> list[tuple[str, str, str | None]]:
    """(name, text, url) of every page, in a stable order."""
    pages = []
    for path in [
        *sorted((shared / "corpus" / "dev" / "pages").glob("*.json")),
        *sorted(PROBE_PAGES.glob("*.json")),
    ]:
        doc = json.loads(path.read_text(encoding="utf-8"))
        pages.append((f"{path.parent.parent.name}/{path.name}", doc["text"], doc.get("url")))
    for path in sorted((shared / "seeds").glob("*.txt")):
        pages.append((f"seeds/{path.name}", path.read_text(encoding="utf-8"), None))
    return pages


def record(out: Path, shared: Path) -> int:
    pages = _pages(shared)
    if not pages:
        print(f"no pages found under {shared} or {PROBE_PAGES}", file=sys.stderr)
        return 2
    lines = [
        json.dumps({"page": name, "extraction": json.loads(extract_page(text, url=url).model_dump_json())})
        for name, text, url in pages
    ]
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(out)  # (no half-written record)
    print(f"{len(lines)} pages recorded in {out}")
    return 0


def _load(path: Path) -> dict[str, dict]:
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        return {row["page"]: row["extraction"] for row in rows}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SystemExit(f"{path}: not a record written by 'extraction_snapshot.py record' ({exc})") from exc


def diff(before_path: Path, after_path: Path) -> int:
    """Print each page whose extraction differs, with the keys that differ; exit 1 when any does."""
    before, after = _load(before_path), _load(after_path)
    changed = 0
    for page in sorted(before.keys() | after.keys()):
        old, new = before.get(page), after.get(page)
        if old == new:
            continue
        changed += 1
        if old is None or new is None:
            print(f"{page}: only in {after_path if old is None else before_path}")
            continue
        keys = [key for key in sorted(old.keys() | new.keys()) if old.get(key) != new.get(key)]
        print(f"{page}: {', '.join(keys)}")
    print(f"{changed} of {len(before.keys() | after.keys())} pages differ")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help="extract every page into a JSON-lines record")
    rec.add_argument("out", type=Path)
    rec.add_argument("--shared", type=Path, default=shared_dir(), help="default: ../shared (KPDATA_SHARED)")
    cmp_ = sub.add_parser("diff", help="the pages whose extraction differs between two records")
    cmp_.add_argument("before", type=Path)
    cmp_.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "record":
        if args.shared is None:
            parser.error("no ../shared beside the checkout: pass --shared PATH or set KPDATA_SHARED")
        return record(args.out, args.shared)
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
