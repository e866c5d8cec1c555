"""A small made-up territory table (own fixture, fictional names) for resolver tests without ../shared."""

from __future__ import annotations

from pathlib import Path

HEADER = "id,kind,csu_code,name,nuts_code,ruian_code,obec_code,orp_code,okres_code,kraj_code,population,ico,is_statutory_city"
ROWS = [
    "kraj-3901,kraj,3901,Lesní kraj,CZ091,91,,,,,41000,,",
    "kraj-3902,kraj,3902,Kraj Podhůří,CZ092,92,,,,,2500,,",
    "mestska_cast-500001,mestska_cast,500001,Horákov-Sever,,500001,600001,3901,40901,3901,,,",
    "mestska_cast-500002,mestska_cast,500002,Horákov 2,,500002,600001,3901,40901,3901,,,",
    "obec-600001,obec,600001,Horákov,,600001,,3901,40901,3901,30000,,true",
    "obec-600002,obec,600002,Nová Ves,,600002,,3901,40901,3901,500,,false",
    "obec-600003,obec,600003,Nová Ves,,600003,,9102,40902,3902,700,,false",
    "obec-600004,obec,600004,Lipová Lhota,,600004,,9102,40902,3902,1200,,false",
    "obec-600005,obec,600005,Město Lipník,,600005,,3901,40901,3901,9000,,false",
    "obec-600006,obec,600006,Lipník,,600006,,3901,40901,3901,1500,,false",
    "obec-600007,obec,600007,Citov,,600007,,9102,40902,3902,300,,false",
    "obec-600008,obec,600008,Cítov,,600008,,9102,40902,3902,300,,false",
    "okres-40901,okres,40901,Horákov,CZ0911,901,,,,3901,41000,,",
    "okres-40902,okres,40902,Lipová Lhota,CZ0921,902,,,,3902,2500,,",
    "orp-3901,orp,3901,Horákov,,391,,,40901,3901,41000,,",
    "orp-9102,orp,9102,Lipová Lhota,,392,,,40902,3902,2500,,",
]


def write_table(folder: Path, rows: list[str] | None = None, *, header: str = HEADER) -> Path:
    """Write the fixture (or ``rows``) as ``folder/territories.csv`` and return the file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "territories.csv"
    path.write_text("\n".join([header, *(ROWS if rows is None else rows)]) + "\n", encoding="utf-8")
    return path
