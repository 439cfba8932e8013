"""The shared filter set every metric takes."""

from __future__ import annotations

from dataclasses import asdict, dataclass

ALL_REGIONS = ("SLT", "JMB", "SWL", "DKI")


@dataclass(frozen=True)
class Filters:
    """Regions (one or more), an inclusive year range, optionally one unit and
    one jenis jabatan (1 struktural, 2 fungsional tertentu, 4 pelaksana).

    Frozen and hashable, so UI caches can key on it.
    """

    regions: tuple[str, ...] = ALL_REGIONS
    year_from: int = 2021
    year_to: int = 2025
    unit_id: str | None = None
    jenis_jabatan: int | None = None

    def params(self) -> dict:
        """Named SQL parameters: $regions, $year_from, $year_to, $unit_id, $jenis_jabatan."""
        p = asdict(self)
        p["regions"] = list(self.regions)
        return p
