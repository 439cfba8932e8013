"""``python -m analytics.catalogue``: write the columns of every metric in
``docs/metrics.md`` from the metrics' specs (:func:`analytics.spec.sync_catalogue`)."""

from __future__ import annotations

from pathlib import Path

from analytics.spec import sync_catalogue

CATALOGUE = Path(__file__).resolve().parents[1] / "docs" / "metrics.md"

if __name__ == "__main__":
    CATALOGUE.write_text(sync_catalogue(CATALOGUE.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"{CATALOGUE}: columns written from the specs")
