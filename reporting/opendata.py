"""Open data (issue #14): the tables of the public transparency view as CSV, each with a
metadata file after Satu Data Indonesia practice (Perpres 39/2019: title, description,
producer, period, unit of measure, update date, licence), and a DCAT catalogue in the
Project Open Data ``data.json`` form that a regional CKAN portal harvests (ckanext-dcat).

Every table goes through :func:`analytics.privacy.protect` by its metric's spec with the
privacy threshold, always — whoever asks: a group below it shows "<5", a number that
would give it back "x". No name, NIP or per-person row is in any of them. No Streamlit:
the page offers the files as downloads, the server serves them at stable URLs
(``ui/server.py``: ``/opendata/catalog.json``, ``/opendata/<id>.csv``, ``.json``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass

import duckdb
import pandas as pd

from analytics import kinerja, meta, outcomes, privacy
from analytics.filters import Filters
from reporting import export
from reporting.text import t

LICENCE_ENV = "ASN_OPEN_DATA_LICENSE"
PUBLISHER_ENV = "ASN_OPEN_DATA_PUBLISHER"
DEFAULT_LICENCE = "https://creativecommons.org/licenses/by/4.0/"
PUBLIC_VIEW_ENV = "ASN_PUBLIC_VIEW"  # "0": the public view and its open data are off


@dataclass(frozen=True)
class Source:
    fn: Callable  # the analytics function (its spec protects and names the columns)
    title: str  # string keys
    description: str
    unit_of_measure: str
    opts: tuple = ()


DATASETS: dict[str, Source] = {
    "wilayah": Source(
        outcomes.public_regions,
        "opendata.regions.title",
        "opendata.regions.description",
        "opendata.uom.mixed",
    ),
    "unit": Source(
        outcomes.public_units, "opendata.units.title", "opendata.units.description", "opendata.uom.mixed"
    ),
    "predikat": Source(
        kinerja.predikat_distribution,
        "opendata.predikat.title",
        "opendata.predikat.description",
        "opendata.uom.share",
        (("grain", "year"),),
    ),
    "ikm": Source(outcomes.ikm_trend, "opendata.ikm.title", "opendata.ikm.description", "opendata.uom.ikm"),
    "pengaduan": Source(
        outcomes.feedback_summary,
        "opendata.feedback.title",
        "opendata.feedback.description",
        "opendata.uom.count",
    ),
}
# columns that stay internal to the privacy rules (how many per evaluation period)
_DROPPED = {"evaluated", "baik", "below", "periods"}


def public_view_enabled(con: duckdb.DuckDBPyConnection) -> bool:
    """The public view is on unless the server's administrator set ``ASN_PUBLIC_VIEW=0`` or
    an admin turned it off in the dashboard (``dataset_info`` ``public_view`` = ``off``)."""
    if os.environ.get(PUBLIC_VIEW_ENV, "").strip() == "0":
        return False
    return (meta.dataset_info(con) or {}).get("public_view", "on") != "off"


def default_filters(con: duckdb.DuckDBPyConnection) -> Filters:
    bounds = meta.year_bounds(con)
    if bounds is None:
        year = dt.date.today().year
        return Filters(year_from=year, year_to=year)
    return Filters(year_from=int(bounds[0]), year_to=int(bounds[1]))


def table(
    con: duckdb.DuckDBPyConnection, dataset: str, filters: Filters | None = None, threshold=None
) -> pd.DataFrame:
    """A public table, protected, with the privacy markers in hidden cells ("<5", "x")."""
    source = DATASETS[dataset]
    filters = filters or default_filters(con)
    df = source.fn(con, filters, **dict(source.opts))
    shown = privacy.protect(df, source.fn.spec, threshold)
    out = privacy.with_markers(shown, threshold)
    out = out[[c for c in source.fn.spec.names if c not in _DROPPED]]
    # four decimals are plenty for a share or an index; markers stay text
    return out.map(lambda v: round(v, 4) if isinstance(v, float) else v)


def csv_bytes(
    con: duckdb.DuckDBPyConnection, dataset: str, filters: Filters | None = None, threshold=None
) -> bytes:
    return export.csv_bytes(table(con, dataset, filters, threshold))


def _info(con) -> dict:
    return dict(meta.dataset_info(con) or {})


def _updated(info: dict) -> str:
    stamp = info.get("imported_at") or info.get("built_at") or dt.date.today().isoformat()
    return str(stamp)[:10]


def _publisher(con) -> str:
    configured = os.environ.get(PUBLISHER_ENV, "").strip()
    if configured:
        return configured
    names = meta.region_options(con)
    return "; ".join(names["region_name"]) if names is not None and not names.empty else "BKPSDM"


def metadata(
    con: duckdb.DuckDBPyConnection, dataset: str, base_url: str = "", filters: Filters | None = None
) -> dict:
    """The metadata of one public table (see :data:`METADATA_SCHEMA`)."""
    source = DATASETS[dataset]
    filters = filters or default_filters(con)
    info = _info(con)
    spec = source.fn.spec
    k = privacy.min_group_size()
    return {
        "identifier": dataset,
        "title": t(source.title),
        "description": t(source.description),
        "producer": _publisher(con),
        "period": {"start": f"{filters.year_from}-01-01", "end": f"{filters.year_to}-12-31"},
        "unit_of_measure": t(source.unit_of_measure),
        "updated": _updated(info),
        "licence": os.environ.get(LICENCE_ENV, "").strip() or DEFAULT_LICENCE,
        "language": "id",
        "format": "text/csv",
        "download_url": f"{base_url}/opendata/{dataset}.csv",
        "columns": [
            {"name": c.name, "title": _title(c), "kind": c.kind}
            for c in spec.columns
            if c.name not in _DROPPED
        ],
        "privacy": {
            "min_group_size": k,
            "note": t("publik.units.c", k=k, small=privacy.marker(k)),
        },
        "synthetic_demo": info.get("source") == "demo",
    }


def _title(col) -> str:
    """A column's header, or its name where no header text exists (an id)."""
    text = t(col.header)
    return col.name if text == col.header else text


def catalog(con: duckdb.DuckDBPyConnection, base_url: str = "", filters: Filters | None = None) -> dict:
    """A DCAT catalogue of every public table (Project Open Data ``data.json`` 1.1)."""
    entries = []
    for dataset in DATASETS:
        m = metadata(con, dataset, base_url, filters)
        entries.append(
            {
                "@type": "dcat:Dataset",
                "identifier": f"{base_url}/opendata/{dataset}",
                "title": m["title"],
                "description": m["description"],
                "keyword": ["ASN", "reformasi birokrasi", "pelayanan publik"],
                "modified": m["updated"],
                "publisher": {"@type": "org:Organization", "name": m["producer"]},
                "contactPoint": {
                    "@type": "vcard:Contact",
                    "fn": m["producer"],
                    "hasEmail": "mailto:ppid@example.go.id",
                },
                "accessLevel": "public",
                "license": m["licence"],
                "temporal": f"{m['period']['start']}/{m['period']['end']}",
                "language": ["id"],
                "distribution": [
                    {
                        "@type": "dcat:Distribution",
                        "downloadURL": m["download_url"],
                        "mediaType": "text/csv",
                        "describedBy": f"{base_url}/opendata/{dataset}.json",
                        "describedByType": "application/json",
                    }
                ],
            }
        )
    return {
        "@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
        "@type": "dcat:Catalog",
        "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
        "describedBy": "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
        "dataset": entries,
    }


def json_bytes(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


# The schema every metadata file follows (tests validate each one against it).
METADATA_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": [
        "identifier", "title", "description", "producer", "period", "unit_of_measure", "updated", "licence",
        "columns", "privacy",
    ],
    "properties": {
        "identifier": {"type": "string", "pattern": "^[a-z_]+$"},
        "title": {"type": "string", "minLength": 3},
        "description": {"type": "string", "minLength": 10},
        "producer": {"type": "string", "minLength": 2},
        "period": {
            "type": "object",
            "required": ["start", "end"],
            "properties": {"start": {"type": "string", "format": "date"}, "end": {"type": "string", "format": "date"}},
        },
        "unit_of_measure": {"type": "string", "minLength": 1},
        "updated": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
        "licence": {"type": "string", "minLength": 3},
        "language": {"type": "string"},
        "format": {"const": "text/csv"},
        "download_url": {"type": "string"},
        "columns": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["name", "title", "kind"],
                "properties": {"name": {"type": "string"}, "title": {"type": "string"}, "kind": {"type": "string"}},
            },
        },
        "privacy": {
            "type": "object",
            "required": ["min_group_size"],
            "properties": {"min_group_size": {"type": "integer", "minimum": 1}},
        },
        "synthetic_demo": {"type": "boolean"},
    },
}  # fmt: skip
