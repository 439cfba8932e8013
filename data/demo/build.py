"""Building the demo database: :func:`build_demo`.

Every table is drawn from one generator in a fixed order, written into a
temporary DuckDB file that is renamed into place at the end, with progress
reported after each stage.
"""

from __future__ import annotations

import json
import os
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from analytics import db as adb
from data import names as N
from data.demo._util import COMP_IDS, _month_start
from data.demo.assessments import build_assessments
from data.demo.employees import build_employees, finalize_employees
from data.demo.kinerja import build_evaluations, finish_rating_effects
from data.demo.organisation import build_organisation, build_standards
from data.demo.outcomes import build_outcomes
from data.demo.params import (
    BLOCK_EMPLOYEES,
    BUILD_MEMORY_LIMIT,
    DEFAULT_SEED,
    GENERATOR,
    MONTH0,
    N_MONTHS,
    REF_DATE,
    REGIONS,
    planted_effects,
)
from data.demo.placements import build_moves
from data.demo.trainings import CATEGORY_IDS, TITLES, build_trainings


def _insert(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> None:
    con.register("_src", df)
    try:
        cols = ", ".join(df.columns)
        con.execute(f"insert into {table} ({cols}) select {cols} from _src")
    finally:
        con.unregister("_src")


DATA_TABLES = [
    "regions",
    "units",
    "positions",
    "competency_standards",
    "employees",
    "potential_assessments",
    "performance_evaluations",
    "trainings",
    "competency_assessments",
    "placements",
    "service_surveys",
    "staff_surveys",
    "feedback",
    "outcome_indicators",
    "dataset_info",
]


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        if p.exists():
            p.unlink()


def build_demo(
    path,
    *,
    scale: float = 1.0,
    seed: int = DEFAULT_SEED,
    progress=None,
    memory_limit: str = BUILD_MEMORY_LIMIT,
    block: int = BLOCK_EMPLOYEES,
) -> dict:
    """Build the demo database at ``path`` (atomically); return build statistics.

    ``progress(fraction, message)`` is called after each stage. ``memory_limit`` is
    DuckDB's while building (beyond it DuckDB spills to ``<file>.tmp``, or
    ``$ASN_DB_TEMP_DIR``); ``block``: how many employees' trainings, evaluations and
    assessments are drawn at a time (the same seed, scale and block give the same data;
    any scale up to one block gives the data of the unchunked builder).
    """
    if scale <= 0:
        raise ValueError("scale must be positive")
    if block < 1:
        raise ValueError("block must be positive")
    started = time.perf_counter()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.building")
    _remove(tmp)

    def report(fraction: float, message: str) -> None:
        if progress is not None:
            progress(fraction, message)

    try:
        config = {"memory_limit": memory_limit}
        spill = adb.temp_directory(tmp)
        if spill is not None:
            config["temp_directory"] = spill
        con = duckdb.connect(str(tmp), config=config)
        try:
            con.execute("set enable_progress_bar = false")
            _build_into(con, scale=scale, seed=seed, report=report, block=block)
            rows = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in DATA_TABLES}
            con.execute("checkpoint")
        finally:
            con.close()
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise
    report(1.0, "Selesai.")
    return {
        "path": str(path),
        "scale": scale,
        "seed": seed,
        "rows": rows,
        "seconds": round(time.perf_counter() - started, 2),
        "size_bytes": path.stat().st_size,
    }


def _build_into(
    con: duckdb.DuckDBPyConnection, *, scale: float, seed: int, report, block: int = BLOCK_EMPLOYEES
) -> None:
    """Generate everything and insert it, the per-employee tables block by block.

    Organisation, employees' posts and traits and their moves are drawn for everyone
    at once (a few numeric columns per employee). Their identities (names, golongan),
    trainings, evaluations and assessments, nearly all the memory, are drawn and
    inserted for ``block`` employees at a time (:func:`_build_blocks`), so that memory
    stays bounded at any scale. Rows go in primary-key order (employees
    are numbered in NIP order, blocks follow it), which makes DuckDB's key and
    foreign-key checks, the bulk of the time, faster.
    """
    rng = np.random.default_rng(seed)
    adb.create_schema(con)
    report(0.05, "Menyiapkan skema dan data referensi…")

    units, pos = build_organisation(rng, scale)
    std = build_standards(rng, pos)
    emp = build_employees(rng, scale, pos)
    moves = build_moves(rng, emp, pos)
    nip = emp["nip_int"].astype(str).to_numpy(dtype=object)  # finalize_employees writes the same
    pid = pos["position_id"].to_numpy()
    regions = pd.DataFrame(REGIONS, columns=["region_id", "name", "province"])
    _insert(con, "regions", regions.assign(sort_order=np.arange(1, len(REGIONS) + 1, dtype=np.int32)))
    _insert(con, "units", units[["unit_id", "region_id", "name", "kind"]])
    columns = [
        "position_id",
        "unit_id",
        "name",
        "jenis_jabatan",
        "level",
        "eselon",
        "required_field",
        "staffing_need",
    ]
    _insert(con, "positions", pos[columns])
    standards = {
        "position_id": pid[std["pos"].to_numpy()],
        "competency_id": np.array(COMP_IDS, dtype=object)[std["comp"].to_numpy()],
        "required_level": std["required_level"].to_numpy(),
    }
    _insert(con, "competency_standards", pd.DataFrame(standards))
    report(0.15, "Membuat unit kerja, jabatan, pegawai dan riwayat penempatan…")

    rating_parts = _build_blocks(con, rng, seed, emp, pos, std, moves, nip, pid, block, report)
    _insert_placements(con, emp, moves, nip, pid)
    del emp, moves
    report(0.85, "Menyimpan penilaian kinerja…")
    # outcomes read the staff and their moves (a unit's reform step): drawn now, from a
    # generator of their own
    for table, frame in build_outcomes(rng.spawn(1)[0], con).items():
        _insert(con, table, frame)
    report(0.9, "Membuat survei kepuasan, pengaduan dan indikator hasil…")

    info = {
        "source": "demo",
        "seed": str(seed),
        "scale": str(scale),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "generator": GENERATOR,
        "reference_date": str(REF_DATE),
        "period": "2021-01..2025-12",
        "planted_effects": json.dumps(
            planted_effects() | {"rating_effects": finish_rating_effects(rating_parts)}, ensure_ascii=False
        ),
    }
    con.executemany("insert into dataset_info values (?, ?)", list(info.items()))
    refresh = getattr(adb, "refresh_derived", None)
    if refresh is not None:
        refresh(con)
    report(0.97, "Menyusun tabel turunan…")


def block_generator(rng: np.random.Generator, seed: int, k: int) -> np.random.Generator:
    """The generator of block ``k`` of employees: the build's own for the first block, so
    that a build of at most one block (every scale up to 1) draws exactly what the
    builder drew before it worked in blocks; a generator seeded by (seed, k) for the
    others, so that a block's rows do not depend on how many blocks came before."""
    return rng if k == 0 else np.random.default_rng([seed, k])


def _build_blocks(con, rng, seed, emp, pos, std, moves, nip, pid, block: int, report) -> list[dict]:
    """Draw and insert employees' identities, trainings, evaluations and assessments
    ``block`` employees at a time (in this order: the order the unchunked builder drew them).

    A block's rows are inserted on two other connections (the monthly evaluations on
    one, the rest on the other: DuckDB checks keys on one core per statement) while
    the next block is drawn here; at most two blocks are held at once. Returns the
    planted rating effects of each block (kinerja.finish_rating_effects combines them).
    """
    n = len(emp)
    median_person = float(np.median(emp["person"].to_numpy()))
    move_emp = moves["emp"].to_numpy()
    starts = range(0, n, block)
    parts: list[dict] = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        cursors = (con.cursor(), con.cursor())
        pending: list = []
        try:
            for k, lo in enumerate(starts):
                hi = min(lo + block, n)
                g = block_generator(rng, seed, k)
                e = emp.iloc[lo:hi].reset_index(drop=True)
                mv = moves[(move_emp >= lo) & (move_emp < hi)]
                if lo:
                    mv = mv.assign(emp=mv["emp"].to_numpy() - lo)
                people = finalize_employees(g, e, pos)
                trainings = build_trainings(g, e, pos, mv)
                monthly, quarterly, annual, effects = build_evaluations(g, e, median_person)
                comp, pot = build_assessments(g, e, pos, std, trainings)
                parts.append(effects)
                block_nip = nip[lo:hi]
                nip_cat = pd.CategoricalDtype(block_nip)
                comp["competency_id"] = pd.Categorical.from_codes(
                    comp.pop("comp").to_numpy(), categories=COMP_IDS
                )
                trainings["title"] = pd.Categorical.from_codes(
                    trainings["title"].to_numpy(), categories=TITLES
                )
                category = trainings["category"].to_numpy()
                trainings["category"] = pd.Categorical.from_codes(category, categories=CATEGORY_IDS)
                competency = trainings.pop("comp").to_numpy()
                trainings["competency_id"] = pd.Categorical.from_codes(competency, categories=COMP_IDS)
                rest = [
                    ("potential_assessments", _with_nip(pot, nip_cat)),
                    ("competency_assessments", _with_nip(comp, nip_cat)),
                    ("trainings", _with_nip(trainings, nip_cat)),
                    ("performance_evaluations", _evaluations(quarterly, "triwulan", block_nip, pid)),
                    ("performance_evaluations", _evaluations(annual, "tahunan", block_nip, pid)),
                ]
                first = [("performance_evaluations", _evaluations(monthly, "bulanan", block_nip, pid))]
                del trainings, monthly, quarterly, annual, comp, pot, e, mv
                for task in pending:  # the previous block is in before this one goes
                    task.result()
                _insert(con, "employees", people)  # before the rows that refer to them
                del people
                pending = [
                    pool.submit(_insert_all, c, frames)
                    for c, frames in zip(cursors, (first, rest), strict=True)
                ]
                del first, rest
                report(
                    0.15 + 0.7 * hi / n,
                    f"Membuat dan menyimpan pegawai, pelatihan, penilaian kinerja dan asesmen ({hi:,} pegawai)…",
                )
            for task in pending:
                task.result()
        finally:
            pool.shutdown(wait=True)  # never close a connection under a running insert
            for c in cursors:
                c.close()
    return parts


def _insert_all(con, frames: list[tuple[str, pd.DataFrame]]) -> None:
    for table, frame in frames:
        _insert(con, table, frame)


def _with_nip(df: pd.DataFrame, nip: pd.CategoricalDtype) -> pd.DataFrame:
    """Replace the employee index by the NIP (dictionary-encoded: no per-row Python strings)."""
    out = df.drop(columns="emp")
    out.insert(0, "nip", pd.Categorical.from_codes(df["emp"].to_numpy(), dtype=nip))
    return out


def _insert_placements(con, emp: pd.DataFrame, moves: pd.DataFrame, nip, pid) -> None:
    ss_m = emp["ss_m"].to_numpy()
    new = np.flatnonzero(ss_m >= 0)
    pppk = emp["pppk"].to_numpy()[new]
    appoint = pd.DataFrame(
        {
            "nip": nip[new],
            "effective_date": emp["service_start"].to_numpy()[new],
            "from_position_id": np.full(len(new), None, object),
            "to_position_id": pid[emp["pos0"].to_numpy()[new]],
            "move_type": "pengangkatan",
            "status": "executed",
            "reason": np.where(pppk, N.REASONS_APPOINTMENT["PPPK"], N.REASONS_APPOINTMENT["PNS"]),
        }
    )
    proposals = pd.DataFrame(
        {
            "nip": nip[moves["emp"].to_numpy()],
            "effective_date": _month_start(moves["m"].to_numpy()),
            "from_position_id": pid[moves["from_pos"].to_numpy()].astype(object),
            "to_position_id": pid[moves["to_pos"].to_numpy()],
            "move_type": moves["move_type"].to_numpy(),
            "status": np.where(moves["executed"].to_numpy(), "executed", "declined"),
            "reason": moves["reason"].to_numpy(),
        }
    )
    _insert(con, "placements", pd.concat([appoint, proposals], ignore_index=True))


def _evaluations(frame: pd.DataFrame, period_type: str, nip, pid) -> pd.DataFrame:
    """Monthly, quarterly or annual rows as inserted, already in primary-key order (NIP, period);
    ``frame.emp`` indexes ``nip``."""
    if period_type == "bulanan":
        k = frame["m"].to_numpy().astype(np.int64)
        starts = _month_start(np.arange(N_MONTHS))
        ends = (MONTH0 + np.arange(1, N_MONTHS + 1)).astype("datetime64[D]") - np.timedelta64(1, "D")
    elif period_type == "triwulan":
        k = frame["q"].to_numpy().astype(np.int64)
        starts = _month_start(np.arange(0, N_MONTHS, 3))
        ends = (MONTH0 + np.arange(3, N_MONTHS + 1, 3)).astype("datetime64[D]") - np.timedelta64(1, "D")
    else:
        k = frame["year"].to_numpy().astype(np.int64) - 2021
        starts = np.array([np.datetime64(f"{y}-01-01") for y in range(2021, 2026)])
        ends = np.array([np.datetime64(f"{y}-12-31") for y in range(2021, 2026)])
    scores = [
        "hasil_kerja",
        "perilaku",
        "predikat",
        "score",
        "score_hasil_kerja",
        "score_sikap",
        "score_disiplin",
    ]
    return pd.DataFrame(
        {
            # categoricals reach DuckDB dictionary-encoded: no per-row Python string objects
            "nip": pd.Categorical.from_codes(frame["emp"].to_numpy(), categories=nip),
            "period_type": pd.Categorical.from_codes(np.zeros(len(frame), np.int8), categories=[period_type]),
            "period_start": starts[k],
            "period_end": ends[k],
            "position_id": pd.Categorical.from_codes(frame["pos"].to_numpy(), categories=pid),
            **{c: frame[c].to_numpy() for c in scores},
        }
    )
