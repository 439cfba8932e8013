"""What the Unggah Data page needs around the import engine.

Uploaded bytes go to temporary files once per upload (DuckDB reads files,
not buffers); imports run one at a time per server (a lock), each on its own
cursor, so its temporary tables and its transaction are its own.
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from data.importing import ImportProblem, ImportResult, Upload, import_files, table
from data.importing.kinds import KINDS, detect
from data.importing.read import open_source, write_upload
from ui import db
from ui.i18n import t

FILES_KEY = "_unggah_staged"
CHECK_KEY = "_unggah_check"
DONE_KEY = "_unggah_done"
WORKDIR_KEY = "_unggah_workdir"
GENERATION_KEY = "_unggah_uploader"
PREVIEW_ROWS = 20


class ImportBusy(RuntimeError):
    """Another import holds the lock."""


@dataclass
class StagedFile:
    file_id: str
    name: str
    path: Path
    guess: str | None  # the kind its headers say (data.importing.kinds), None if they say nothing
    sheets: list[str]
    problem: ImportProblem | None = None


@dataclass
class Choice:
    file: StagedFile
    kind: str | None  # a SIASN kind (data_pns ...) or a table's template (employees ...)
    sheet: str | None


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


def _workdir() -> Path:
    """This session's private temporary folder (mode 0700), made on first use."""
    path = st.session_state.get(WORKDIR_KEY)
    if path is None or not Path(path).is_dir():
        path = tempfile.mkdtemp(prefix="asn-upload-")
        st.session_state[WORKDIR_KEY] = path
    return Path(path)


def stage_files(files) -> list[StagedFile]:
    """Write each uploaded file to a temporary file once; detect its headers and table."""
    staged: dict[str, StagedFile] = st.session_state.setdefault(FILES_KEY, {})
    wanted = {f.file_id: f for f in files}
    for file_id in list(staged):
        if file_id not in wanted:
            staged.pop(file_id).path.unlink(missing_ok=True)
    for file_id, f in wanted.items():
        if file_id in staged:
            continue
        path = write_upload(f.getvalue(), suffix=Path(f.name).suffix.lower(), workdir=_workdir())
        item = StagedFile(file_id, f.name, path, None, [])
        try:
            source = open_source(path, workdir=_workdir())
            found = detect(source.headers)
            item.guess = found.name if found is not None else None
            item.sheets = source.sheets if len(source.sheets) > 1 else []
            source.cleanup()
        except ImportProblem as problem:
            item.problem = problem
        staged[file_id] = item
    return [staged[i] for i in wanted]


def uploader_key() -> str:
    """The file uploader's widget key. A new key after a load gives a fresh, empty
    uploader: dropping the old key's state does not clear the widget in the browser,
    which kept showing the loaded file and ignored choosing it again."""
    return f"unggah_files_{st.session_state.get(GENERATION_KEY, 0)}"


def forget_files() -> None:
    """After a load: drop the temporary files and start a fresh uploader."""
    for item in st.session_state.pop(FILES_KEY, {}).values():
        item.path.unlink(missing_ok=True)
    st.session_state[GENERATION_KEY] = st.session_state.get(GENERATION_KEY, 0) + 1


def signature(choices: list[Choice], mode: str) -> tuple:
    return (mode, *((c.file.file_id, c.kind, c.sheet) for c in choices))


def signature_key(signature: tuple) -> str:
    """A short widget-key suffix for a signature (stable within a server process)."""
    return hashlib.sha256(repr(signature).encode()).hexdigest()[:12]


def run_import(choices: list[Choice], *, mode: str, dry_run: bool, user: str, bar) -> ImportResult:
    uploads = [Upload(None, c.file.path, c.file.name, sheet=c.sheet, kind=c.kind) for c in choices]

    def progress(fraction: float, message: str) -> None:
        bar.progress(min(max(fraction, 0.0), 1.0), text=message)

    with import_lock_or_busy():
        cur = db.connection().cursor()
        try:
            return import_files(
                cur,
                uploads,
                mode=mode,
                dry_run=dry_run,
                user=user,
                progress=progress,
                workdir=_workdir(),
                preview_rows=PREVIEW_ROWS,
                log_rejected=True,  # a check that finds problems is a rejected upload
            )
        finally:
            cur.close()


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
