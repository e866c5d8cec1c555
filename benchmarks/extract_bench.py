"""Extractor speed: pages per second over the labelled corpus (one core), and the time of a 1 MB page.

Usage: python benchmarks/extract_bench.py [--rounds N] [--repeat N] [--each-page]

Prints: the cold first page (rule files and the territory reference loading), warm pages/s over the
corpus pages (../shared/corpus dev pages + seeds; skipped when ../shared is absent), the time per family,
and the time of a 1 MB page (corpus pages repeated, plan documents repeated, and a dense synthetic page of
our own: a dated approval, a contact and four figures in every 700 characters); with --each-page, each
corpus page and plan document alone repeated to 1 MB (the median, the worst and how many take over 1 s).
Then the seconds per MB at 0.25, 1 and 2 MB (linear time: about the same), and at 0.25 and 1 MB of
single shapes repeated (each finder's worst case: linear too, if slower per MB). Timings on a shared machine
vary by tens of per cent from run to run, so each figure is the best of --repeat runs (as timeit reports)
with the median beside it; compare versions in one run, or count instructions (valgrind
--tool=callgrind). Targets: >= 200 pages/s, a 1 MB page in < 1 s.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import statistics
import time
from pathlib import Path

from kpdata.extract.document import Document
from kpdata.extract.model import PageExtraction
from kpdata.extract.page import FAMILIES, collector_paused, extract_page
from kpdata.paths import shared_dir

# Our own sentences (not corpus text), repeated into a large page.
_SYNTHETIC = """Komunitní plánování v obci Lipová

Obec Lipová plánuje sociální služby metodou komunitního plánování od roku 2011. Zastupitelstvo obce schválilo
dne 3. 2. 2022 usnesením č. 14/2022 Komunitní plán sociálních služeb na období 2022–2025 (dále jen „Plán“).
V obci pracují 3 pracovní skupiny, zapojilo se téměř 40 osob a 12 organizací, které poskytují 25 služeb.
Pracovní skupina Senioři, vedoucí: Mgr. Jana Nová, tel.: 777 123 456, e-mail: nova@lipova.cz
Dotazník pro veřejnost vyplňte do 31. 3. 2024. Veřejné projednání návrhu proběhne 12. dubna 2024.
• Zápis z jednání pracovní skupiny 14. 3. 2024
• Akční plán na rok 2024
"""


# Lines of a single shape repeated into 1 MB (our own words): each finder's worst case should stay
# linear, in the same seconds per MB as at a quarter of the size.
_HOSTILE = {
    "minutes": "Zápis z jednání pracovní skupiny Senioři\nPřítomni:\nMgr. Jana Malá   Charita\nBc. Petr Kos   Domov\n",
    "plan table": "Dokument | Období | Schválil | Datum | Usnesení\nKomunitní plán obce Lhota | 2025 - 2028 | "
    "Zastupitelstvo obce Lhota | 11. 12. 2024 | 14/2024/ZO\n",
    "gap table": "Pracovní skupina     Vedoucí      Členové\nSenioři a osoby se   Mgr. Jana    Petr Kos,\n"
    "zdravotním           Malá         Eva Nová\n",
    "prose groups": "ve skupině pro seniory se sešli a skupinu Rodina vede Mgr. Jan Kos; tým pro rodiny ",
    "headings": "Proces řídí skupina. A. B. C. Práce probíhá ve třech pracovních skupinách:\nSenioři – vede ji Mgr. Jana Malá\n",
    "members": "Členové: Mgr. Jana Malá, Petr Kos, Eva Nová, Jan Novák, Ivo Malý, Ota Kos, Lea Nová,\n",
    "parts": "Z 46 opatření bylo 31 splněno, z toho 12 v roce 2024, 138 osob, z toho 27 žen. ",
    # no line break at all: what looks back to a line's start or a sentence's reads the whole page
    "approvals, one line": "Dokument | Schválil | Datum | Zastupitelstvo obce Lhota | 11. 12. 2024 | ",
    "figures, one line": "Z 46 opatření bylo 31 splněno, z toho 12 v roce 2024; 138 osob, z toho 27 žen; ",
}


def corpus_pages() -> list[tuple[str, str | None]]:
    root = shared_dir()
    if root is None:
        return []
    corpus = root / "corpus"
    pages = []
    for path in sorted(glob.glob(str(corpus / "dev" / "pages" / "*.json"))):
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        pages.append((doc["text"], doc.get("url")))
    for path in sorted(glob.glob(str(corpus / "seeds" / "*.labels.json"))):
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        text = (root / "seeds" / doc["seed_file"]).read_text(encoding="utf-8")
        pages.append((text, doc.get("url")))
    return pages


def plan_documents() -> list[str]:
    """The text dumps of plan documents in the dev corpus (PDF text: long pages are usually these)."""
    root = shared_dir()
    if root is None:
        return []
    paths = sorted(glob.glob(str(root / "corpus" / "dev" / "documents" / "*.json")))
    return [json.loads(Path(path).read_text(encoding="utf-8"))["text"] for path in paths]


def per_family(pages: list[tuple[str, str | None]]) -> dict[str, float]:
    totals = dict.fromkeys(FAMILIES, 0.0)
    for text, url in pages:
        with collector_paused():
            doc, result = Document(text, url=url), PageExtraction()
            for name, family in FAMILIES.items():
                start = time.perf_counter()
                family(doc, result)
                totals[name] += time.perf_counter() - start
    return {name: total / len(pages) * 1000 for name, total in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="passes over the corpus (default 5)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each 1 MB page (default 3)")
    parser.add_argument(
        "--each-page", action="store_true", help="also each corpus page and plan document repeated to 1 MB"
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    start = time.perf_counter()
    extract_page(_SYNTHETIC)
    print(f"cold first page: {time.perf_counter() - start:.2f} s (rule files, territory reference)")

    pages = corpus_pages()
    if pages:
        rounds = []
        for round_no in range(args.rounds):
            texts = [(f"{round_no}\n{text}", url) for text, url in pages]  # new texts: no cache hits
            start = time.perf_counter()
            for text, url in texts:
                extract_page(text, url=url)
            rounds.append(time.perf_counter() - start)
        rates = sorted(len(pages) / elapsed for elapsed in rounds)
        print(
            f"corpus: {len(pages)} pages x {args.rounds} rounds: best {rates[-1]:.0f} pages/s, "
            f"median {statistics.median(rates):.0f} pages/s (warm, one core)"
        )
        for name, ms in per_family(pages).items():
            print(f"  {name:14} {ms:6.2f} ms/page")
    else:
        print("corpus: ../shared is absent, skipped")

    sources = [("synthetic dense", _SYNTHETIC)]
    if pages:
        sources.insert(0, ("corpus text", "\n\n".join(text for text, _ in pages)))
        sources.insert(1, ("plan documents", "\n\n".join(plan_documents())))
    for label, source in sources:
        wholes, owns = [], []
        for run in range(args.repeat):
            big = f"{run}\n" + (source * (1_000_000 // len(source) + 1))[: 1_000_000 - len(f"{run}\n")]
            start = time.perf_counter()
            extract_page(big)
            wholes.append(time.perf_counter() - start)
            with collector_paused():  # (as extract_page runs them)
                doc, result = Document(big), PageExtraction()
                start = time.perf_counter()
                for name, family in FAMILIES.items():
                    if name != "people":
                        family(doc, result)
                owns.append(time.perf_counter() - start)
        print(
            f"1 MB page ({label}): best {min(wholes):.2f} s, median {statistics.median(wholes):.2f} s "
            f"all families; best {min(owns):.2f} s without people"
        )
    if args.each_page and pages:
        documents = [(text, f"plan document {n}") for n, text in enumerate(plan_documents())]
        each_page([(text, url or f"page {n}") for n, (text, url) in enumerate(pages)] + documents)
    print("linear time:", scaling(sources[0][1]))
    for label, unit in _HOSTILE.items():
        print(f"one shape repeated ({label}):", scaling(unit, sizes=(250_000, 1_000_000)))


def each_page(texts: list[tuple[str, str]]) -> None:
    """Each page alone repeated to 1 MB: a page dense in one kind of fact (a list of groups and their
    members, a table of names) is a harder 1 MB page than the corpus mixed. ``texts``: (text, label)."""
    times = []
    for text, label in texts:
        extract_page(text)  # (the reference tables it needs, loaded once per process)
        big = (text * (1_000_000 // len(text) + 1))[:1_000_000]
        start = time.process_time()
        extract_page(big)
        times.append((time.process_time() - start, label))
    times.sort()
    worst, worst_label = times[-1]
    print(
        f"each page repeated to 1 MB ({len(times)} pages): median {times[len(times) // 2][0]:.2f} s, "
        f"worst {worst:.2f} s ({worst_label}), over 1 s: {sum(t > 1 for t, _ in times)}"
        + "".join(f"\n  {t:.2f} s  {label}" for t, label in times if t > 1)
    )


def scaling(source: str, sizes: tuple[int, ...] = (250_000, 1_000_000, 2_000_000)) -> str:
    """Seconds per MB of ``source`` repeated to each of ``sizes`` (each text new: no cache hit)."""
    out = []
    for size in sizes:
        text = f"{size}\n" + (source * (size // len(source) + 1))[:size]
        start = time.process_time()
        extract_page(text)
        out.append(f"{size / 1e6:g} MB {(time.process_time() - start) / size * 1e6:.2f} s/MB")
    return ", ".join(out)


if __name__ == "__main__":
    main()
