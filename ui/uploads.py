"""What the Unggah Data page needs around the import engine.

Nothing an analyst uploads is kept on disk between page runs: the bytes stay in
the file uploader (Streamlit's memory, capped per session and per server by
:mod:`ui.upload_guard`), and each step that needs a file on disk — telling its
kind from its first bytes, the check, the load — writes it into a private
temporary folder that is deleted when the step ends
(:func:`data.importing.temp.private_dir`; a folder a killed server left is swept
at the next start). Imports run one at a time per server (a lock). A check reads the
published snapshot through a cursor of its own (its temporary tables are its own); a
load writes a new snapshot and publishes it (``analytics.snapshot``: one writer at a
time across processes, so the CLI and other servers wait their turn).
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from analytics.snapshot import WriterBusy
from data.importing import ImportProblem, ImportResult, Upload, import_files, log_rejected, table
from data.importing.kinds import KINDS, detect
from data.importing.read import peek_headers
from data.importing.temp import private_dir
from reporting.safe import md
from ui import db, upload_guard
from ui.i18n import t

FILES_KEY = "_unggah_staged"
CHECK_KEY = "_unggah_check"
DONE_KEY = "_unggah_done"
GENERATION_KEY = "_unggah_uploader"
PREVIEW_ROWS = 20
SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx")


class ImportBusy(RuntimeError):
    """Another import (on this server, another server or the CLI) holds the lock."""


@dataclass
class StagedFile:
    """What the page knows of an uploaded file between runs (never its bytes)."""

    file_id: str
    name: str
    size: int
    guess: str | None  # the kind its headers say (data.importing.kinds), None if they say nothing
    sheets: list[str]
    problem: ImportProblem | None = None


@dataclass
class Choice:
    file: StagedFile
    kind: str | None  # a SIASN kind (data_pns ...) or a table's template (employees ...)
    sheet: str | None
    upload: Any = None  # this run's UploadedFile (its bytes, in memory)


KIND_NAMES = list(KINDS)  # SIASN exports first, then the templates in load order


def kind_title(name: str, lang: str) -> str:
    kind = KINDS[name]
    return f"{kind.title[0 if lang == 'id' else 1]} → {kind.table}"


@st.cache_resource(show_spinner=False)
def _lock() -> threading.Lock:
    return threading.Lock()


@contextlib.contextmanager
def import_lock_or_busy(timeout: float = 2.0) -> Iterator[None]:
    """Hold the server-wide import lock, or raise ImportBusy after ``timeout`` seconds."""
    lock = _lock()
    if not lock.acquire(timeout=timeout):
        raise ImportBusy()
    try:
        yield
    finally:
        lock.release()


@contextlib.contextmanager
def writing_or_busy(timeout: float = 2.0) -> Iterator[Any]:
    """Write a new snapshot (``ui.db.writing``), or raise ImportBusy if another writer (the
    CLI, another server) holds the database past ``timeout`` seconds. A load refused while
    writing is logged as rejected: that log is published before the refusal goes on."""
    try:
        with db.writing(timeout=timeout, publish_despite=(ImportProblem,)) as w:
            yield w
    except WriterBusy:  # only the lock raises it: nothing inside writes another snapshot
        raise ImportBusy() from None


def _on_disk(folder: Path, index: int, upload) -> Path:
    """The bytes of an uploaded file in ``folder``, named by position, never by the
    uploader's file name (which may hold anything)."""
    suffix = Path(upload.name).suffix.lower()
    path = folder / f"{index}{suffix if suffix in SUFFIXES else ''}"
    path.write_bytes(upload.getbuffer())
    return path


def stage_files(files) -> list[tuple[StagedFile, Any]]:
    """Each uploaded file with what its first bytes say (its kind, its sheets), told once
    per file: written to a private temporary folder for that, and deleted at once."""
    staged: dict[str, StagedFile] = st.session_state.setdefault(FILES_KEY, {})
    wanted = {f.file_id: f for f in files}
    for file_id in list(staged):
        if file_id not in wanted:
            staged.pop(file_id)
    for file_id, f in wanted.items():
        if file_id in staged:
            continue
        item = StagedFile(file_id, f.name, int(getattr(f, "size", 0) or 0), None, [])
        try:
            with private_dir() as folder:
                headers, sheets = peek_headers(_on_disk(folder, 0, f))
            found = detect(headers)
            item.guess = found.name if found is not None else None
            item.sheets = sheets if len(sheets) > 1 else []
        except ImportProblem as problem:
            item.problem = problem
        staged[file_id] = item
    return [(staged[i], f) for i, f in wanted.items()]


def uploader_key() -> str:
    """The file uploader's widget key. A new key after a load gives a fresh, empty
    uploader: dropping the old key's state does not clear the widget in the browser,
    which kept showing the loaded file and ignored choosing it again."""
    return f"unggah_files_{st.session_state.get(GENERATION_KEY, 0)}"


def forget_files() -> None:
    """After a load: a fresh uploader, and the loaded files' bytes dropped from memory."""
    st.session_state.pop(FILES_KEY, None)
    st.session_state[GENERATION_KEY] = st.session_state.get(GENERATION_KEY, 0) + 1
    upload_guard.release_files()


def signature(choices: list[Choice], mode: str) -> tuple:
    return (mode, *((c.file.file_id, c.kind, c.sheet) for c in choices))


def signature_key(signature: tuple) -> str:
    """A short widget-key suffix for a signature (stable within a server process)."""
    return hashlib.sha256(repr(signature).encode()).hexdigest()[:12]


def run_import(choices: list[Choice], *, mode: str, dry_run: bool, user: str, bar) -> ImportResult:
    """Check (``dry_run``) or load the chosen files. Their bytes go to a private temporary
    folder for the engine to read, which is deleted when it is done, whatever the outcome."""

    def progress(fraction: float, message: str) -> None:
        # the engine's messages name the file ("Membaca <file name>"): its name is never markup
        bar.progress(min(max(fraction, 0.0), 1.0), text=md(message))

    with import_lock_or_busy(), private_dir() as folder:
        uploads = [
            Upload(None, _on_disk(folder, i, c.upload), c.file.name, sheet=c.sheet, kind=c.kind)
            for i, c in enumerate(choices)
        ]
        options = dict(mode=mode, user=user, progress=progress, workdir=folder, preview_rows=PREVIEW_ROWS)
        if not dry_run:
            with writing_or_busy() as w:
                return import_files(w.con, uploads, **options)
        cur = db.connection().cursor()  # the check reads the published snapshot
        try:
            result = import_files(cur, uploads, dry_run=True, log_rejected=False, **options)
        finally:
            cur.close()
        if not result.ok:  # a check that finds problems is a rejected upload: logged
            with writing_or_busy() as w:
                log_rejected(w.con, result, user=user)
        return result


def error_frame(report, lang: str, limit: int | None = None) -> pd.DataFrame:
    """A file's problems (the first ``limit``) as the page and its download show them."""
    rows = []
    for e in report.errors[:limit]:
        problem, fix = e.texts(lang)
        rows.append((e.row, report.header(e.column), e.value, problem, fix))
    return pd.DataFrame(
        rows,
        columns=[t(f"unggah.col.{c}") for c in ("row", "column", "value", "problem", "fix")],
    )


def preview_frame(report, lang: str) -> pd.DataFrame:
    """The first rows as they will be stored, headed as in the template, dates as dates."""
    spec = table(report.table)
    frame = report.preview.copy()
    for col in spec.columns:
        if col.kind == "date":
            frame[col.name] = pd.to_datetime(frame[col.name]).dt.strftime("%d-%m-%Y")
    frame = frame.astype(object).where(frame.notna(), "")
    return frame.rename(columns={c.name: c.label or c.name for c in spec.columns})


MADE_WORDS = {
    "regions": ("wilayah", "regions"),
    "units": ("unit", "units"),
    "positions": ("jabatan", "posts"),
}


def made_summary(report, lang: str) -> str:
    """``1 wilayah, 6 unit, 10 jabatan``: what a file made, by table."""
    i = 0 if lang == "id" else 1
    return ", ".join(f"{m.rows:n} {MADE_WORDS[m.table][i]}" for m in report.made)


def made_frame(report, lang: str) -> pd.DataFrame:
    """What a file made (regions, units, posts), as the check shows it."""
    i = 0 if lang == "id" else 1
    frames = [m.preview.assign(t=table(m.table).title[i]) for m in report.made if m.preview is not None]
    if not frames:
        return pd.DataFrame()
    frame = pd.concat(frames, ignore_index=True)[["t", "code", "name", "detail"]]
    return frame.rename(
        columns={
            "t": t("unggah.made.col.table", lang),
            "code": t("unggah.made.col.code", lang),
            "name": t("unggah.made.col.name", lang),
            "detail": t("unggah.made.col.detail", lang),
        }
    )


def log_frame(history: pd.DataFrame, lang: str) -> pd.DataFrame:
    cols = {
        "import_id": "id",
        "started_at": "when",
        "username": "user",
        "file_name": "file",
        "table_name": "table",
        "mode": "mode",
        "status": "status",
        "rows_in_file": "rows",
        "inserted": "inserted",
        "updated": "updated",
        "unchanged": "unchanged",
        "deleted": "deleted",
        "rejected": "rejected",
        "sha256": "sha",
    }
    frame = history[list(cols)].copy()
    frame["status"] = frame["status"].map(lambda s: t(f"unggah.status.{s}", lang))
    frame["mode"] = frame["mode"].map(lambda m: t(f"unggah.mode.short.{m}", lang))
    frame["sha256"] = frame["sha256"].str[:12]
    frame["started_at"] = pd.to_datetime(frame["started_at"]).dt.strftime("%d-%m-%Y %H:%M:%S")
    return frame.rename(columns={k: t(f"unggah.log.col.{v}", lang) for k, v in cols.items()})
