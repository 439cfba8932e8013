"""The command line: ``python -m data.demo [--db PATH] [--scale S] [--seed N]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analytics import db as adb
from data.demo.build import build_demo
from data.demo.params import BUILD_MEMORY_LIMIT, DEFAULT_SEED


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bangun basis data demo ASN (sintetis).")
    if parser.prog == "__main__.py":  # python -m data.demo: the usage line of the one-file builder
        parser.prog = "demo.py"
    parser.add_argument(
        "--db", type=Path, default=None, help="berkas DuckDB tujuan (bawaan: analytics.db.db_path())"
    )
    parser.add_argument("--scale", type=float, default=1.0, help="skala jumlah pegawai (1 = sekitar 78.000)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--memory-limit",
        default=BUILD_MEMORY_LIMIT,
        help=f"batas memori DuckDB selama membangun (bawaan {BUILD_MEMORY_LIMIT}; sisanya ditumpahkan ke disk)",
    )
    args = parser.parse_args(argv)
    target = args.db or adb.db_path()

    def progress(fraction: float, message: str) -> None:
        print(f"[{fraction:4.0%}] {message}", file=sys.stderr, flush=True)

    stats = build_demo(
        target, scale=args.scale, seed=args.seed, progress=progress, memory_limit=args.memory_limit
    )
    print(f"Basis data: {stats['path']}")
    print(
        f"Skala {stats['scale']}, seed {stats['seed']}: {stats['seconds']:.1f} s, {stats['size_bytes'] / 1e6:.1f} MB"
    )
    for table, count in stats["rows"].items():
        print(f"  {table:<24} {count:>10,}")
    return 0
