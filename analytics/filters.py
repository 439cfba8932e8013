"""The shared filter set every metric takes."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Filters:
    """Regions, an inclusive year range, optionally one unit and one jenis jabatan
    (1 struktural, 2 fungsional tertentu, 4 pelaksana).

    ``regions`` empty (the default) means every region in the database: regions
    are data (``regions`` table), so no list of them lives in the code. The
    dashboard always passes the regions chosen in its filter bar.

    Frozen and hashable, so UI caches can key on it.
    """

    regions: tuple[str, ...] = ()
    year_from: int = 2021
    year_to: int = 2025
    unit_id: str | None = None
    jenis_jabatan: int | None = None

    def params(self) -> dict:
        """Named SQL parameters: $regions, $year_from, $year_to, $unit_id, $jenis_jabatan."""
        p = asdict(self)
        p["regions"] = list(self.regions)
        return p
