"""Talent 9-box (PermenPANRB 3/2020) and the succession pool against structural
posts that are vacant or fall vacant through retirement.

Kinerja level: each employee's latest annual (``tahunan``) SKP result within the
year range, read from its hasil kerja rating — Di Atas, Sesuai, Di Bawah Ekspektasi,
the regulation's three kinerja levels — not from cut-offs on a score. Only an annual
row without ratings (a PP 46/2011 score-only row of an older export) falls back to
its score against the cut-offs, and the grid counts those apart (``by_score``).
Potensi level: the latest ``potential_assessments`` score up to the end of
``year_to``, a score ``<= cut_low`` low (rendah), ``<= cut_high`` middle
(menengah), above it high (tinggi). The cut-offs are a convention (DOMAIN.md, L),
not regulation: defaults from the ``talent_cut_low`` / ``talent_cut_high`` settings
(60 / 80).

Levels here count upwards (1 low, 2 middle, 3 high) for both axes; note that
SIASN's rating codes run the other way (1 di atas .. 3 di bawah).
Both axes are computed once per employee and as-of year at refresh, and counted with
the exact potential score (and, for a score-only row, the exact kinerja score) in
``mart_talent_bins`` (``analytics/marts/50_talent.sql``): the cut-offs stay query
parameters, so any pair is a sum over that mart's rows and needs no rebuild.
Employees are placed in the region, unit and jenis jabatan of their current
post. Only aggregates are returned: no NIP or name leaves this module.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.db import run
from analytics.filters import Filters
from analytics.reference import SETTINGS
from analytics.spec import Protect, metric, spec

# the documented convention lives once, in reference.SETTINGS (also loaded into `settings`)
DEFAULT_CUT_LOW = dict((k, v) for k, v, _note in SETTINGS)["talent_cut_low"]
DEFAULT_CUT_HIGH = dict((k, v) for k, v, _note in SETTINGS)["talent_cut_high"]
SUCCESSION_YEARS = 2

# kinerja level: 1 di bawah, 2 sesuai, 3 di atas ekspektasi
KINERJA_LEVELS = {
    1: ("Di Bawah Ekspektasi", "Below expectations"),
    2: ("Sesuai Ekspektasi", "Meets expectations"),
    3: ("Di Atas Ekspektasi", "Above expectations"),
}
# potensi level: 1 rendah, 2 menengah, 3 tinggi
POTENSI_LEVELS = {
    1: ("Rendah", "Low"),
    2: ("Menengah", "Medium"),
    3: ("Tinggi", "High"),
}

# PermenPANRB 3/2020 9-box: box, kinerja level, potensi level, recommendation (id, en)
NINE_BOX = [
    (1, 1, 1, "Dilakukan penanganan sesuai ketentuan peraturan perundang-undangan",
     "Handled under the regulations"),
    (2, 2, 1, "Bimbingan kinerja, pengembangan kompetensi, penempatan yang sesuai",
     "Coaching, competency development, better placement"),
    (3, 1, 2, "Bimbingan kinerja, konseling kinerja, pengembangan kompetensi, penempatan yang sesuai",
     "Coaching, counselling, development, better placement"),
    (4, 3, 1, "Rotasi, pengembangan kompetensi",
     "Rotation, competency development"),
    (5, 2, 2, "Penempatan yang sesuai, bimbingan kinerja, pengembangan kompetensi",
     "Better placement, coaching, development"),
    (6, 1, 3, "Penempatan yang sesuai, bimbingan kinerja, konseling kinerja",
     "Better placement, coaching, counselling"),
    (7, 3, 2, "Dipertahankan, masuk kelompok rencana suksesi, rotasi/pengayaan jabatan, "
     "pengembangan kompetensi",
     "Retain, succession pool, rotation/enrichment, development"),
    (8, 2, 3, "Dipertahankan, masuk kelompok rencana suksesi, rotasi/perluasan jabatan, bimbingan kinerja",
     "Retain, succession pool, rotation/enlargement, coaching"),
    (9, 3, 3, "Dipromosikan dan dipertahankan, masuk kelompok rencana suksesi, penghargaan",
     "Promote and retain, succession pool, award"),
]  # fmt: skip

SUCCESSION_BOXES = (7, 8, 9)

TALENT_GRID = spec(
    keys=("region_id", "box"),
    columns="""
        region_id           key
        box                 code     int
        kinerja_level       code     int
        potensi_level       code     int
        employees           count
        share               share    axis.share
        assessed            count
        succession_pool     flag
        recommendation_id   text
        recommendation_en   text
        by_rating           count
        by_score            count
    """,
    # The boxes of a region add up to its assessed employees, and its boxes 7-9 to its
    # succession pool, which succession_by_region shows beside the grid (page and report): a
    # small box is hidden with another of its own part (7-9, or 1-6), so that neither the
    # pool nor the rest of the assessed gives it back.
    protect=[
        Protect("employees", values=("share",), group=("region_id", "succession_pool")),
        Protect("assessed"),
    ],
    sums_to_one=("share", ("region_id",)),
    values={"box": tuple(range(1, 10))},
)
# A pool or a number retiring of fewer than 5 shows "<5". Posts to fill = vacant + retiring:
# both hidden with a small number retiring (posts to fill and the vacant posts would give it
# back). Units add up to their region.
_SUCCESSION_COLUMNS = """
        pool               count
        structural_posts   count
        vacant             count
        retiring           count    col.retiring_n
        posts_to_fill      count
        pool_per_post      number+
        as_of_date         date
"""
SUCCESSION_BY_UNIT = spec(
    keys="unit_id",
    columns="""
        region_id   key
        unit_id     key
        unit_name   label
    """
    + _SUCCESSION_COLUMNS,
    protect=[
        Protect("pool", values=("pool_per_post",), group=("region_id",)),
        Protect("retiring", values=("vacant", "posts_to_fill", "pool_per_post"), group=("region_id",)),
    ],
)
SUCCESSION_BY_REGION = spec(
    keys="region_id",
    columns="""
        region_id   key
    """
    + _SUCCESSION_COLUMNS,
    protect=[
        Protect("pool", values=("pool_per_post",)),
        Protect("retiring", values=("vacant", "posts_to_fill", "pool_per_post")),
    ],
)


def _params(filters: Filters, cut_low: float, cut_high: float) -> dict:
    if not cut_low < cut_high:
        raise ValueError(f"cut_low ({cut_low}) must be below cut_high ({cut_high})")
    boxes = [
        {
            "box": b,
            "kinerja_level": k,
            "potensi_level": p,
            "recommendation_id": r_id,
            "recommendation_en": r_en,
        }
        for b, k, p, r_id, r_en in NINE_BOX
    ]
    return filters.params() | {
        "cut_low": float(cut_low),
        "cut_high": float(cut_high),
        "boxes": boxes,
        "succession_boxes": list(SUCCESSION_BOXES),
        "succession_years": SUCCESSION_YEARS,
    }


@metric(TALENT_GRID)
def talent_grid(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    *,
    cut_low: float = DEFAULT_CUT_LOW,
    cut_high: float = DEFAULT_CUT_HIGH,
) -> pd.DataFrame:
    """Employees per 9-box cell per region (all nine boxes, zeros included); shares sum to 1 per
    region; ``by_rating`` / ``by_score`` count the region's employees whose kinerja level came
    from the hasil kerja rating / from the score fallback."""
    return run(con, "talent_grid", **_params(filters, cut_low, cut_high))


@metric(SUCCESSION_BY_UNIT)
def succession_by_unit(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    *,
    cut_low: float = DEFAULT_CUT_LOW,
    cut_high: float = DEFAULT_CUT_HIGH,
) -> pd.DataFrame:
    """Succession pool (boxes 7-9) vs structural posts vacant or falling vacant within two years, per unit."""
    return run(con, "succession_by_unit", **_params(filters, cut_low, cut_high))


@metric(SUCCESSION_BY_REGION)
def succession_by_region(
    con: duckdb.DuckDBPyConnection,
    filters: Filters,
    *,
    cut_low: float = DEFAULT_CUT_LOW,
    cut_high: float = DEFAULT_CUT_HIGH,
) -> pd.DataFrame:
    """Succession pool (boxes 7-9) vs structural posts vacant or falling vacant within two years, per region."""
    return run(con, "succession_by_region", **_params(filters, cut_low, cut_high))
