"""A large demo built in two parts, each measured: the raw tables, then every mart statement.

Issue #13 asks for the demo at scale 30 and 60 on this machine, with time and peak RSS.
``python -m data.demo --scale N`` (``bench/memory_bench.py --demo N``) does it in one
process and, when a mart statement runs out of memory after half an hour, leaves no file
and no word of which statement it was. Here:

- ``raw SCALE DB``: the demo builder without the marts (the raw and reference tables
  only), with its progress, time and peak RSS;
- ``marts DB``: a full refresh on that file (``analytics.db.refresh_derived``), each mart
  statement printed as it ends with its time, the process's RSS and peak RSS and the
  machine load; ``marts DB --from STATEMENT`` finishes a build that stopped there
  (ran out of memory, say: the file keeps every mart made before it).

Run ``python bench/scale_build.py raw 30 /data/s30.duckdb`` and then
``python bench/scale_build.py marts /data/s30.duckdb``. DuckDB's memory limit is the
dashboard's (``ASN_DB_MEMORY_LIMIT``, default 2 GB).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.machine import load_note  # noqa: E402


def _rss() -> tuple[float, float]:
    """This process's RSS now and its peak, in GB."""
    with open("/proc/self/statm") as statm:
        now = int(statm.read().split()[1]) * resource.getpagesize() / 1e9
    return now, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6


def raw(scale: float, db: Path) -> None:
    from analytics import db as adb
    from data.demo.build import build_demo

    adb.refresh_derived = lambda con, *a, **k: None  # the marts: `marts DB`
    start = time.perf_counter()

    def progress(fraction: float, message: str) -> None:
        print(f"[{fraction:4.0%}] {message} {time.perf_counter() - start:.0f} s", flush=True)

    stats = build_demo(db, scale=scale, progress=progress)
    print(
        f"raw tables built: {time.perf_counter() - start:.0f} s, {stats['size_bytes'] / 1e9:.2f} GB, "
        f"peak RSS {_rss()[1]:.2f} GB ({load_note()})",
        flush=True,
    )


def marts(db: Path, resume_from: str | None = None) -> None:
    from analytics import db as adb

    con = adb.connect(db)
    limit = con.execute("select current_setting('memory_limit')").fetchall()[0][0]
    print(f"DuckDB memory_limit {limit}; {load_note()}", flush=True)
    start = time.perf_counter()

    def report(name: str, seconds: float) -> None:
        now, peak = _rss()
        print(
            f"{seconds:8.1f} s  rss {now:5.2f} GB  peak {peak:5.2f} GB  {name}  ({load_note()})", flush=True
        )

    # every statement (or those from `start` on), autocommitted, then stamped current
    adb.refresh_derived(con, on_step=report, start=resume_from)
    con.execute("checkpoint")
    con.close()
    print(f"marts built: {time.perf_counter() - start:.0f} s, peak RSS {_rss()[1]:.2f} GB", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="part", required=True)
    r = sub.add_parser("raw", help="the raw tables of the demo at SCALE")
    r.add_argument("scale", type=float)
    r.add_argument("db", type=Path)
    m = sub.add_parser("marts", help="every mart, one statement at a time")
    m.add_argument("db", type=Path)
    m.add_argument(
        "--from",
        dest="start",
        metavar="STATEMENT",
        help="finish a build that stopped at this statement (as its line names it, "
        "e.g. '40_placement.sql: region_medians'): it and the later ones run, with the "
        "temp tables they read",
    )
    args = ap.parse_args(argv)
    if args.part == "raw":
        raw(args.scale, args.db)
    else:
        marts(args.db, args.start)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
