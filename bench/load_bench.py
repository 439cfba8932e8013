"""A small load into a full database, and its undo: what an analyst waits for.

Issue #13: "1,000 evaluation rows take 10.9 s end to end at scale 1: validation
0.08 s, write 0.01 s, rebuild 7.6 s", and an undo the same. Targets: a load of
that size <= 2 s at scale 1, an undo the same.

On a copy of ``--db`` (the scale-1 demo; the file itself is never written) and a
CSV of ``--rows`` monthly evaluations of existing employees in the month after
the data's last (so every row is new):

- **CLI**: ``python -m data.load evaluations FILE --db COPY`` and then
  ``python -m data.load --undo evaluations --db COPY``, each its own process:
  wall time end to end (interpreter start, imports, opening the database
  included) and peak RSS (``bench/peak.py``);
- **engine**: the same load and undo in one child process through
  :func:`data.importing.import_files` and :func:`data.importing.undo_latest`,
  each writing a new snapshot and publishing it (``analytics.snapshot``, as
  the CLI and the page do), split into validation (read, type, check), write
  (upsert, undo record, commit), the marts rebuild (``refresh_derived``) and
  the snapshot (copy, checkpoint, publish), the undo into its own writes and
  the rebuild; with that child's peak RSS.

Run: ``python bench/load_bench.py --db /path/to/scale1.duckdb [--rows 1000] [--repeat 3]``.
The copy is brought to this code's marts first (``ensure_current``), untimed, so a
database built by older code does not make the first load rebuild everything.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.dbcopy import current_copy  # noqa: E402
from bench.machine import load_note  # noqa: E402
from bench.peak import run_peak  # noqa: E402

LOAD_TARGET_S = 2.0  # a 1,000-row load at scale 1, end to end; the undo the same


def prepare(
    source: Path, workdir: Path, rows: int, region: str | None = None, case: str = "next"
) -> tuple[Path, Path, str]:
    """A copy of ``source`` with this code's marts, an evaluations CSV of ``rows`` rows of
    employees of ``region`` (None: the largest; 'all': any region) and the region used.

    ``case`` 'next': the employees evaluated monthly in the region's last month, carried to
    the month after (new rows, the same ratings and scores; at the demo's end, December, a
    new year too); 'revise': their evaluations of the region's last month again, with other
    scores and ratings (updates within the data's span, as a corrected export)."""
    db = workdir / "load.duckdb"
    with current_copy(source, db) as con:
        if region is None:
            region = con.execute(
                "select region_id from mart_staff group by all order by count(*) desc, region_id limit 1"
            ).fetchall()[0][0]
        of_region = (
            "true" if region == "all"
            else f"ev.nip in (select nip from mart_staff where region_id = '{region}')"
        )  # fmt: skip
        shift = "interval 1 month" if case == "next" else "interval 0 month"
        score = "ev.score" if case == "next" else "least(100, ev.score + 5)"
        hasil = "ev.hasil_kerja" if case == "next" else "1 + ev.hasil_kerja % 3"
        csv = workdir / f"evaluations_{rows}.csv"
        # valid rows, as an e-Kinerja export would have them
        con.execute(
            f"""
            copy (
                with last as (select max(period_start) as m from performance_evaluations ev
                              where period_type = 'bulanan' and {of_region})
                select ev.nip, 'bulanan' as period_type,
                    (ev.period_start + {shift})::date as period_start,
                    (ev.period_start + {shift} + interval 1 month - interval 1 day)::date as period_end,
                    {hasil} as hasil_kerja, ev.perilaku, {score} as score, ev.score_hasil_kerja, ev.score_sikap,
                    ev.score_disiplin
                from performance_evaluations ev, last
                where ev.period_type = 'bulanan' and ev.period_start = last.m and {of_region}
                  and ev.hasil_kerja is not null and ev.perilaku is not null
                order by ev.nip
                limit {int(rows)}
            ) to '{csv}' (header)
            """
        )
        made = con.execute(f"select count(*) from read_csv('{csv}')").fetchall()[0][0]
    if made < rows:
        raise SystemExit(f"only {made} employees were evaluated in the last month: cannot make {rows} rows")
    return db, csv, region


# ---------------------------------------------------------------- the engine, in a child process


def child(db: Path, csv: Path) -> int:
    """Load ``csv`` and undo it through the engine; print the phases as JSON."""
    started = time.perf_counter()
    import data.importing.load as engine
    from analytics import db as adb
    from analytics import snapshot
    from data.importing import Upload, import_files, undo_latest

    imports_s = time.perf_counter() - started
    rebuilds: list[float] = []
    original = engine.refresh_derived

    def timed_refresh(con, *args, **kwargs):  # the engine passes the tables it changed
        t0 = time.perf_counter()
        original(con, *args, **kwargs)
        rebuilds.append(time.perf_counter() - t0)

    engine.refresh_derived = timed_refresh
    t0 = time.perf_counter()
    with snapshot.writing(db) as w:  # this code's marts, published (untimed in the load)
        if not adb.ensure_current(w.con):
            w.discard()
    open_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    with snapshot.writing(db) as w:  # copy, write, checkpoint, publish: as the CLI and the page
        result = import_files(w.con, [Upload("evaluations", csv, csv.name)], user="bench")
    load_s = time.perf_counter() - t0
    publish = dict(w.timings)
    f = result.files[0]
    if not result.ok or f.inserted + f.updated == 0:
        print(json.dumps({"error": f"not loaded: {f.problem or f.errors[:3]}", "inserted": f.inserted}))
        return 1
    inserted = f.inserted + f.updated
    timings = dict(result.timings)
    t0 = time.perf_counter()
    with snapshot.writing(db) as w:
        undo_latest(w.con, "evaluations", user="bench")
    undo_s = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "imports": imports_s,
                "open": open_s,
                "load": load_s,
                "inserted": inserted,
                "validate": timings.get("validate", 0.0),
                "write": timings.get("write", 0.0) + timings.get("commit", 0.0),
                "refresh": timings.get("refresh", 0.0),
                "snapshot": publish.get("copy", 0.0)
                + publish.get("checkpoint", 0.0)
                + publish.get("publish", 0.0),
                "undo": undo_s,
                "undo_refresh": rebuilds[-1] if len(rebuilds) > 1 else float("nan"),
            }
        )
    )
    return 0


# ---------------------------------------------------------------- parent


def cli(db: Path, *args: str) -> tuple[float, float, str]:
    """(seconds, peak RSS MB, last line) of ``python -m data.load ARGS --db db``; raises if it fails."""
    code, out, seconds, peak = run_peak(
        [sys.executable, "-m", "data.load", *args, "--db", str(db)], cwd=ROOT, timeout=900
    )
    lines = [line for line in out.splitlines() if line.strip()]
    if code != 0:
        raise RuntimeError(f"data.load {' '.join(args)} exited {code}:\n" + "\n".join(lines[-15:]))
    return seconds, peak, lines[-1] if lines else ""


def run(
    source: Path,
    rows: int = 1000,
    repeat: int = 1,
    workdir: Path | None = None,
    region: str | None = None,
    case: str = "next",
) -> list[list[str]]:
    """Rows of a printable table: what, seconds, peak RSS MB, target, load it ran under."""
    with tempfile.TemporaryDirectory(prefix="h13bench-load-", dir=workdir) as tmp:
        db, csv, region = prepare(source, Path(tmp), rows, region, case)
        cli_runs, engine_runs = [], []
        for _ in range(repeat):
            load_s, load_mb, _ = cli(db, "evaluations", str(csv))
            load_at = load_note()
            undo_s, undo_mb, _ = cli(db, "--undo", "evaluations")
            cli_runs.append((load_s, load_mb, load_at, undo_s, undo_mb, load_note()))
            code, out, seconds, peak = run_peak(
                [sys.executable, str(Path(__file__).resolve()), "--child", str(db), str(csv)], cwd=ROOT
            )
            if code != 0:
                raise RuntimeError(f"engine child exited {code}:\n{out[-2000:]}")
            phases = json.loads(out.strip().splitlines()[-1])
            phases.update(seconds=seconds, peak=peak, at=load_note())
            engine_runs.append(phases)
    med = statistics.median

    def verdict(seconds: float) -> str:
        return f"<= {LOAD_TARGET_S:.0f} s: {'OK' if seconds <= LOAD_TARGET_S else 'SLOW'}"

    load_s = med(r[0] for r in cli_runs)
    undo_s = med(r[3] for r in cli_runs)
    e = {k: med(r[k] for r in engine_runs) for k in engine_runs[0] if k != "at"}
    last_cli, last_engine = cli_runs[-1], engine_runs[-1]
    return [
        [f"CLI: python -m data.load evaluations ({rows:,} rows, {case}, region {region}), end to end", f"{load_s:.2f}",
         f"{max(r[1] for r in cli_runs):.0f}", verdict(load_s), last_cli[2]],
        ["CLI: python -m data.load --undo evaluations, end to end", f"{undo_s:.2f}",
         f"{max(r[4] for r in cli_runs):.0f}", verdict(undo_s), last_cli[5]],
        ["engine: load (copy, import_files, checkpoint, publish)", f"{e['load']:.2f}", f"{e['peak']:.0f}",
         verdict(e["load"]), last_engine["at"]],
        ["  of which the snapshot (copy, checkpoint, publish)", f"{e['snapshot']:.2f}", "", "", ""],
        ["  of which validation (read, type, check)", f"{e['validate']:.2f}", "", "", ""],
        ["  of which write (upsert, undo record, commit)", f"{e['write']:.2f}", "", "", ""],
        ["  of which marts rebuild (refresh_derived)", f"{e['refresh']:.2f}", "", "", ""],
        ["engine: undo (copy, undo_latest, checkpoint, publish)", f"{e['undo']:.2f}", "", verdict(e["undo"]), ""],
        ["  of which marts rebuild (refresh_derived)", f"{e['undo_refresh']:.2f}", "", "", ""],
        ["engine child: imports / open database", f"{e['imports']:.2f} / {e['open']:.2f}", "", "", ""],
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="the database to copy (scale-1 demo); never written")
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=1, help="load + undo rounds (median reported)")
    ap.add_argument("--region", default=None, help="the employees' region (default the largest; 'all': any)")
    ap.add_argument(
        "--case", choices=["next", "revise"], default="next",
        help="next: the month after the region's last (new rows); revise: its last month again, changed",
    )  # fmt: skip
    ap.add_argument("--child", nargs=2, type=Path, metavar=("DB", "CSV"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child(*args.child)
    if not args.db or not args.db.exists():
        ap.error("--db PATH of an existing database is needed (it is copied, never written)")
    rows = run(args.db.resolve(), args.rows, max(1, args.repeat), region=args.region, case=args.case)
    head = ["what", "s", "peak RSS MB", "target", "load it ran under"]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    for r in [head, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
