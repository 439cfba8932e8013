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
from data.demo.kinerja import build_evaluations
from data.demo.organisation import build_organisation, build_standards
from data.demo.outcomes import build_outcomes
from data.demo.params import DEFAULT_SEED, GENERATOR, MONTH0, N_MONTHS, REF_DATE, REGIONS, planted_effects
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


def build_demo(path, *, scale: float = 1.0, seed: int = DEFAULT_SEED, progress=None) -> dict:
    """Build the demo database at ``path`` (atomically); return build statistics.

    ``progress(fraction, message)`` is called after each stage.
    """
    if scale <= 0:
        raise ValueError("scale must be positive")
    started = time.perf_counter()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.building")
    _remove(tmp)

    def report(fraction: float, message: str) -> None:
        if progress is not None:
            progress(fraction, message)

    try:
        con = duckdb.connect(str(tmp))
        try:
            _build_into(con, scale=scale, seed=seed, report=report)
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


def _build_into(con: duckdb.DuckDBPyConnection, *, scale: float, seed: int, report) -> None:
    """Generate everything from one generator and insert it.

    Rows go in primary-key order (employees are numbered in NIP order), which
    makes DuckDB's key and foreign-key checks, the bulk of the time, faster.
    Those checks run on one core per statement, so the monthly evaluations go
    in on a second connection while this one inserts the other tables. All
    random draws happen on this thread, in a fixed order (determinism).
    """
    rng = np.random.default_rng(seed)
    adb.create_schema(con)
    report(0.05, "Menyiapkan skema dan data referensi…")

    units, pos = build_organisation(rng, scale)
    std = build_standards(rng, pos)
    emp = build_employees(rng, scale, pos)
    moves = build_moves(rng, emp, pos)
    people = finalize_employees(rng, emp, pos)
    nip = people["nip"].to_numpy()
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
    _insert(con, "employees", people)
    report(0.15, "Membuat unit kerja, jabatan, pegawai dan riwayat penempatan…")

    trainings = build_trainings(rng, emp, pos, moves)
    monthly, quarterly, annual, rating_effects = build_evaluations(rng, emp)
    report(0.3, "Membuat data pelatihan dan penilaian kinerja…")

    with ThreadPoolExecutor(max_workers=1) as pool:
        other = con.cursor()
        try:
            pending = pool.submit(_insert_evaluations, other, monthly, "bulanan", nip, pid)
            comp, pot = build_assessments(rng, emp, pos, std, trainings)
            report(0.35, "Membuat asesmen kompetensi dan potensi…")
            nip_cat = pd.CategoricalDtype(nip)
            _insert(con, "potential_assessments", _with_nip(pot, nip_cat))
            comp["competency_id"] = pd.Categorical.from_codes(
                comp.pop("comp").to_numpy(), categories=COMP_IDS
            )
            _insert(con, "competency_assessments", _with_nip(comp, nip_cat))
            report(0.45, "Menyimpan asesmen kompetensi…")
            trainings["title"] = pd.Categorical.from_codes(trainings["title"].to_numpy(), categories=TITLES)
            category = trainings["category"].to_numpy()
            trainings["category"] = pd.Categorical.from_codes(category, categories=CATEGORY_IDS)
            competency = trainings.pop("comp").to_numpy()
            trainings["competency_id"] = pd.Categorical.from_codes(competency, categories=COMP_IDS)
            _insert(con, "trainings", _with_nip(trainings, nip_cat))
            _insert_placements(con, emp, moves, nip, pid)
            report(0.6, "Menyimpan pelatihan dan penempatan…")
            _insert_evaluations(con, quarterly, "triwulan", nip, pid)
            _insert_evaluations(con, annual, "tahunan", nip, pid)
            pending.result()
        finally:
            pool.shutdown(wait=True)  # never close the connection under a running insert
            other.close()
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
            planted_effects() | {"rating_effects": rating_effects}, ensure_ascii=False
        ),
    }
    con.executemany("insert into dataset_info values (?, ?)", list(info.items()))
    refresh = getattr(adb, "refresh_derived", None)
    if refresh is not None:
        refresh(con)
    report(0.97, "Menyusun tabel turunan…")


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


def _insert_evaluations(con, frame: pd.DataFrame, period_type: str, nip, pid) -> None:
    """Insert monthly or annual rows, already in primary-key order (NIP, period)."""
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
    df = pd.DataFrame(
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
    _insert(con, "performance_evaluations", df)
