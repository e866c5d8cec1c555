"""Benchmark: stream a synthetic national registry file (~7 000 services, ~100 MB) through the importer.

Generates ``rpss.json`` in the published shape (``polozky``; facilities with RÚIAN-style addresses,
forms and capacities, contacts, opening hours, long descriptive texts, statutory officers) into a temp
dir, then imports it in a child process and prints the time and the child's peak memory (max RSS).
Targets: under 30 s and under 200 MB on one core.

    .venv/bin/python benchmarks/registry_bench.py [--services 7000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = [
    "služba",
    "poskytuje",
    "podporu",
    "klientům",
    "v",
    "jejich",
    "domácnosti",
    "pomoc",
    "při",
    "osobní",
    "hygieně",
    "zajištění",
    "stravy",
    "doprovod",
    "k",
    "lékaři",
    "nácvik",
    "dovedností",
    "sociální",
    "poradenství",
    "aktivizační",
    "činnosti",
    "pobyt",
    "zařízení",
    "kapacita",
    "registrace",
    "pracovníci",
    "pečovatelky",
    "sociální",
    "pracovník",
    "vedoucí",
    "úseku",
    "dokumentace",
    "standardy",
]
DAYS = ("pondeli", "utery", "streda", "ctvrtek", "patek", "sobota", "nedele")


def _ico(rng: random.Random) -> str:
    """A random IČO with a valid mod-11 check digit."""
    while True:
        base = f"{rng.randrange(10**7):07d}"
        total = sum(int(d) * w for d, w in zip(base, range(8, 1, -1), strict=True))
        check = (11 - total % 11) % 10
        if (11 - total % 11) != 10:  # skip the ambiguous remainder 1
            return base + str(check)


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _facility(rng: random.Random, obce: list[str]) -> dict:
    code = rng.choice(obce)
    address_code = None if rng.random() < 0.04 else rng.randrange(10**6, 10**8)
    return {
        "nazev": f"Středisko {rng.randrange(1000)}",
        "vedouci": {"jmeno": "Jméno", "prijmeni": "Příjmení-Syntetické"},
        "adresa": {
            "cisloDomovni": rng.randrange(1, 3000),
            "cisloOrientacni": str(rng.randrange(1, 99)),
            "kodAdresnihoMista": address_code,
            "psc": f"{rng.randrange(10000, 79999)}",
            "typCislaDomovniho": {"id": "TypStavebnihoObjektu/1"},
            "kraj": {"id": "Kraj/132"},
            "okres": {"id": "Okres/3806"},
            "obec": {"id": f"Obec/{code}"},
            "castObce": {"id": f"CastObce/{rng.randrange(10**5, 10**6)}"},
            "ulice": {"nazev": rng.choice(("Nádražní", "Školní", "Zahradní", "Polní", None))},
        },
        "casoveRozsahy": [{"den": d, "od": "07:00", "do": "15:30", "poznamka": _text(rng, 8)} for d in DAYS],
        "popis": _text(rng, 120),
    }


def _service(rng: random.Random, number: int, obce: list[str], providers: list[dict]) -> dict:
    druh = rng.choice((1, 3, 4, 5, 8, 10, 13, 14, 15, 28, 29, 30, 32, 33, 2, 34))
    forms = rng.sample(("amb", "ter", "pob"), rng.randint(1, 2))
    facilities = [_facility(rng, obce) for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.1:
        facilities.append(facilities[0])  # a repeated facility
    return {
        "portalId": number,
        "id": 100000 + number,
        "identifikator": str(1000000 + number),
        "nazev": f"Služba {number}",
        "datumPoskytovaniOd": "2008-01-01",
        "datumPoskytovaniDo": "2020-12-31" if rng.random() < 0.05 else None,
        "druhSocialniSluzby": {"id": f"DruhSocialniSluzby/{druh}"},
        "poskytovatel": rng.choice(providers),
        "zarizeni": facilities,
        "ciloveSkupiny": [{"id": f"CilovaSkupinaOsoby/{g}"} for g in rng.sample(range(1, 31), 3)],
        "formy": [
            {
                "forma": {"id": f"FormaSocialniSluzby/{f}"},
                "nepretrzitePoskytovani": f == "pob",
                "kapacity": [
                    {
                        "pocet": rng.randrange(1, 120),
                        "popis": _text(rng, 20),
                        "typ": {"id": "TypKapacitySocialniSluzby/" + ("luzka" if f == "pob" else "klient")},
                    }
                ],
            }
            for f in forms
        ],
        "telefony": [{"telefon": f"{rng.randrange(200, 800)}{rng.randrange(10**6):06d}", "poznamka": None}],
        "emaily": [{"email": f"sluzba{number}@example.cz", "poznamka": None}],
        "weby": [{"web": f"www.sluzba{number}.example.cz", "poznamka": None}],
        "doplnkoveUdaje": {"realizacePoskytovani": [{"text": _text(rng, 520)}], "cile": _text(rng, 300)},
    }


def _provider(rng: random.Random) -> dict:
    return {
        "ico": _ico(rng),
        "nazev": f"Poskytovatel {rng.randrange(10**6)}, z. s.",
        "statutarniOrgany": [{"jmeno": "Jméno", "prijmeni": "Statutární-Syntetický", "titulPred": "Mgr."}],
        "weby": [{"web": "https://poskytovatel.example.cz", "poznamka": None}],
    }


def generate(path: Path, services: int, *, seed: int = 7) -> None:
    """Write a synthetic ``rpss.json`` with ``services`` records, one record at a time."""
    rng = random.Random(seed)
    with (ROOT / "datasets" / "reference" / "territories.csv").open(encoding="utf-8", newline="") as handle:
        obce = [row["csu_code"] for row in csv.DictReader(handle) if row["kind"] == "obec"]
    providers = [_provider(rng) for _ in range(services // 3)]
    with path.open("w", encoding="utf-8") as out:
        out.write('{"polozky": [\n')
        for number in range(services):
            out.write(
                ("," if number else "")
                + json.dumps(_service(rng, number, obce, providers), ensure_ascii=False)
            )
            out.write("\n")
        out.write("]}\n")


def _child(path: Path, out: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from kpdata.registry import import_registry

    start = time.perf_counter()
    _, report = import_registry(path, out_dir=out)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    counts = report.counts
    print(json.dumps({"seconds": round(seconds, 2), "peak_rss_mb": round(peak, 1), **counts}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=7000)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep the files")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kpdata-registry-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "rpss.json"
    start = time.perf_counter()
    generate(path, args.services)
    size = path.stat().st_size / 1e6
    print(f"generated {args.services} services, {size:.1f} MB in {time.perf_counter() - start:.1f} s: {path}")
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(path), str(folder / "out")], capture_output=True, text=True
    )
    if result.returncode:
        sys.exit(result.stderr)
    figures = json.loads(result.stdout)
    print(
        f"import: {figures['seconds']} s, peak RSS {figures['peak_rss_mb']} MB "
        f"(targets: < 30 s, < 200 MB); {figures['services_written']} services, "
        f"{figures['organizations_written']} organisations, {figures['locations_written']} locations"
    )
    if not args.keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
