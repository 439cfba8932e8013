"""The open data at stable URLs, for a regional CKAN portal to harvest (issue #14):
``/opendata/catalog.json`` (DCAT, Project Open Data ``data.json``), and per public table
``/opendata/<id>.csv`` and its metadata ``/opendata/<id>.json`` (:mod:`reporting.opendata`:
the tables of the public view, always through the privacy rules). No sign-in; nothing is
served when the public view is off (404) or there is no database yet (503).

Starlette routes beside Streamlit's own (``ui/server.py``); each request opens its own
read-only connection to the published snapshot, as the app reads it.
"""

from __future__ import annotations

import logging

from analytics import db as adb
from analytics.safelog import log_failure
from reporting import opendata

log = logging.getLogger(__name__)
PREFIX = "/opendata"


def _base_path() -> str:
    from ui.auth_server import _base_path as base

    return base()


def _respond(request, make):
    from starlette.responses import Response

    path = adb.db_path()
    if not path.exists():
        return Response("No database yet.", status_code=503, media_type="text/plain")
    try:
        _, con = adb.read_current(path)  # the published snapshot, read-only (analytics.snapshot)
    except Exception as exc:  # e.g. an older file held by a process of an older version
        log_failure(log, "opening the database for open data", exc)
        return Response("The data is not available right now.", status_code=503, media_type="text/plain")
    try:
        if not opendata.public_view_enabled(con):
            return Response("The public view is off.", status_code=404, media_type="text/plain")
        base = str(request.base_url).rstrip("/") + _base_path()
        body, media = make(con, base)
    except KeyError:
        return Response("No such dataset.", status_code=404, media_type="text/plain")
    except Exception as exc:
        log_failure(log, "serving open data", exc)
        return Response("The data could not be made.", status_code=500, media_type="text/plain")
    finally:
        con.close()
    return Response(body, media_type=media, headers={"Cache-Control": "public, max-age=300"})


def catalog(request):
    return _respond(
        request, lambda con, base: (opendata.json_bytes(opendata.catalog(con, base)), "application/json")
    )


def dataset(request):
    name, _, suffix = request.path_params["name"].rpartition(".")
    if suffix == "csv":
        return _respond(
            request, lambda con, base: (opendata.csv_bytes(con, _known(name)), "text/csv; charset=utf-8")
        )
    if suffix == "json":
        return _respond(
            request,
            lambda con, base: (
                opendata.json_bytes(opendata.metadata(con, _known(name), base)),
                "application/json",
            ),
        )
    from starlette.responses import Response

    return Response("No such file.", status_code=404, media_type="text/plain")


def _known(name: str) -> str:
    if name not in opendata.DATASETS:
        raise KeyError(name)
    return name


def routes() -> list:
    from starlette.routing import Route

    base = _base_path()
    return [
        Route(f"{base}{PREFIX}/catalog.json", catalog, methods=["GET"]),
        Route(f"{base}{PREFIX}/{{name}}", dataset, methods=["GET"]),
    ]
