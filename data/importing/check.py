"""Read and check every file of an upload (nothing is written here).

:func:`validate` is stage 1-3 for a whole upload: each file is opened
(:mod:`~data.importing.read`), told what it is (:func:`~data.importing.kinds.detect`,
unless the caller names its table or kind), mapped and staged
(:mod:`~data.importing.validate`) in dependency order; then the
:class:`~data.importing.resolve.Resolver` fills codes from names and makes the
regions, units and posts an export refers to; a riwayat jabatan becomes
placements; references (also into other files of the upload), duplicate keys
(also across files) and every cell are checked; and each file gets its notes
(what was made, codes read from words, NIP cross-checks ...). The staged tables
stay for :func:`data.importing.load.write_all`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from data.importing.errors import ImportProblem, RowError
from data.importing.kinds import HISTORY, TEMPLATE_KINDS, Kind, detect, kind
from data.importing.read import Source, open_source
from data.importing.resolve import Resolver, history_placements
from data.importing.tables import TABLES, Table, table
from data.importing.validate import (
    Batch,
    Mapping,
    _code_sql,
    map_headers,
    problem_counts,
    read_csv_sql,
    row_errors,
    stage,
)

Progress = Callable[[float, str], None]
EXAMPLE_NIP = "198507122010011000"  # the templates' example (sequence 000 is never issued)
EXAMPLE_CODE = "KOTA-CONTOH"  # codes starting with this are the templates' examples
CODE_SCAN_ROWS = 2_000_000  # codes read from words are recorded for files up to this size


@dataclass
class Upload:
    """One file to load: which table (or kind of export), where the bytes are, how the user named it.

    ``table`` and ``kind`` may both be None: the file's headers say what it is."""

    table: str | None
    path: Path
    file_name: str
    sheet: str | None = None
    kind: str | None = None


@dataclass
class FileReport:
    table: str
    file_name: str
    sha256: str
    rows: int = 0  # rows to write (a riwayat jabatan: the moves made from it)
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    rejected: int = 0  # rows with at least one problem
    problems: int = 0  # problems counted (a row can have several)
    errors: list[RowError] = field(default_factory=list)  # up to MAX_ROW_ERRORS
    problem: ImportProblem | None = None  # the file as a whole cannot be read
    ignored_columns: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)  # the table's columns the file has
    headers: dict[str, str] = field(default_factory=dict)  # column -> the file's own header for it
    encoding: str = ""
    delimiter: str = ""
    sheet: str | None = None
    import_id: int | None = None
    preview: pd.DataFrame | None = None  # first rows exactly as they would be stored
    notes: list[ImportProblem] = field(default_factory=list)  # worth knowing, not a problem
    kind: str = ""  # what the file was taken for (data.importing.kinds), "made" for rows an export made
    kind_title: tuple[str, str] = ("", "")
    file_rows: int = 0  # data rows in the file
    header_row: int = 1
    made: list[FileReport] = field(default_factory=list)  # regions, units, posts this file made
    codes: list[tuple[str, str, str, int]] = field(default_factory=list)  # (column, word, code, rows)
    staged: str = field(default="", repr=False)  # the staged table written for it

    @property
    def ok(self) -> bool:
        return self.problem is None and self.problems == 0

    def header(self, column: str) -> str:
        """How the file calls a column (its own header), for messages."""
        return self.headers.get(column, column)


@dataclass
class _File:
    upload: Upload
    report: FileReport
    index: int
    source: Source | None = None
    kind: Kind | None = None
    mapping: Mapping | None = None
    history: str = ""  # a riwayat jabatan's staged posts (its placements are report.staged)

    @property
    def spec(self) -> Table:
        return self.kind.spec


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _noop(_fraction: float, _message: str) -> None:
    pass


def _choose_kind(upload: Upload, headers: list[str]) -> Kind:
    """The kind asked for, else the one the headers say; a table named by the caller
    still takes a SIASN kind for that table (``evaluations riwayat_skp.xlsx``)."""
    if upload.kind:
        return kind(upload.kind)
    detected = detect(headers)
    if upload.table:
        wanted = table(upload.table).name
        if detected is not None and detected.table == wanted and detected.siasn:
            return detected
        return TEMPLATE_KINDS[wanted]
    if detected is None:
        raise ImportProblem("unknown_kind", headers=" | ".join(h for h in headers[:10] if h.strip()) or "-")
    return detected


def validate(
    con: duckdb.DuckDBPyConnection,
    uploads: Sequence[Upload],
    *,
    progress: Progress = _noop,
    workdir: str | Path | None = None,
    preview_rows: int = 0,
) -> tuple[list[FileReport], Batch]:
    """Read and check every file; staged tables stay for writing.

    Returns the file reports (in dependency order, each with what it made in
    ``made``) and {table name: staged tables to write}. Nothing is written.
    """
    pool = ThreadPoolExecutor(max_workers=1)  # hashing a large file takes as long as reading it
    files = [_File(up, FileReport(up.table or "", up.file_name, ""), i) for i, up in enumerate(uploads)]
    digests = [pool.submit(sha256_of, f.upload.path) for f in files]
    n = max(len(files), 1)
    batch: Batch = {}
    try:
        for f in files:
            progress(f.index / (3 * n), f"Membaca {f.upload.file_name}")
            _open(f, workdir)
        live = sorted(
            (f for f in files if f.kind is not None and f.report.problem is None),
            key=lambda f: (f.spec.order, f.index),
        )
        for f in live:
            progress(f.index / (3 * n), f"Membaca {f.upload.file_name}")
            _stage(con, f)
            if f.report.problem is None and f.spec is not HISTORY:
                batch.setdefault(f.spec.name, []).append(f.report.staged)
        ready = [f for f in live if f.report.problem is None]
        resolver = Resolver(con, batch)
        for f in ready:
            progress((n + f.index) / (3 * n), f"Mencocokkan nama di {f.upload.file_name}")
            _resolve(con, resolver, f, batch)
        for f in ready:
            _add_made(resolver, f, batch)
        earlier: dict[str, list[_File]] = {}
        for f in ready:
            progress((2 * n + f.index) / (3 * n), f"Memeriksa {f.upload.file_name}")
            _check(con, resolver, f, batch, earlier.setdefault(f.report.table, []))
            earlier[f.report.table].append(f)
            _notes(con, resolver, f)
            if preview_rows and f.report.ok:
                spec = table(f.report.table)
                f.report.preview = con.execute(
                    f"select {', '.join(c.name for c in spec.file_columns)} from {f.report.staged} "
                    f"limit {int(preview_rows)}"
                ).df()
    finally:
        # converted copies of the files (re-encoded CSV, XLSX as CSV) are not kept
        for f in files:
            if f.source is not None:
                f.source.cleanup()
        for f, digest in zip(files, digests, strict=True):
            f.report.sha256 = digest.result()
            for made in f.report.made:
                made.sha256 = f.report.sha256
        pool.shutdown()
    ordered = sorted(files, key=lambda f: (f.spec.order if f.kind else -1, f.index))
    return [f.report for f in ordered], batch


# ---------------------------------------------------------------- one file
def _open(f: _File, workdir) -> None:
    report = f.report
    try:
        f.source = open_source(f.upload.path, sheet=f.upload.sheet, workdir=workdir)
        src = f.source
        report.encoding, report.delimiter, report.sheet = src.encoding, src.delimiter, src.sheet
        report.header_row = src.header_row
        f.kind = _choose_kind(f.upload, src.headers)
        report.kind, report.kind_title, report.table = f.kind.name, f.kind.title, f.kind.table
        f.mapping = map_headers(f.spec, src.headers, f.kind, header_row=src.header_row)
    except ImportProblem as problem:
        report.problem = problem
        if f.kind is not None:
            report.table = f.kind.table
        return
    mapping = f.mapping
    report.ignored_columns = mapping.ignored
    target = TABLES[f.kind.table]
    report.columns = [c for c in target.names if mapping.has(c) or c in mapping.deferred()]
    if target.name == "employees" and "position_id" in mapping.deferred() and "unit_id" not in report.columns:
        report.columns.append("unit_id")  # an employee without a post keeps the unit the export names
    if f.spec is HISTORY:
        report.columns = list(target.names)  # moves are whole rows
    report.headers = {c: src.headers[i] for c, i in mapping.columns.items()}
    report.headers |= {c: shown for c, (_sql, shown) in mapping.exprs.items()}
    # helper columns under their own header (a control character in UNOR NAMA is reported there)
    report.headers |= {h: src.headers[i] for h, i in mapping.helpers.items() if h not in report.headers}
    for col, helpers in (("position_id", ("position_name", "unit_name")), ("nip", ("pns_id",))):
        names = [src.headers[mapping.helpers[h]] for h in helpers if h in mapping.helpers]
        if names and col not in report.headers:
            report.headers[col] = " + ".join(names)


def _stage(con, f: _File) -> None:
    report = f.report
    name = f"_imp_{f.index}_{f.spec.name}"
    try:
        report.file_rows = stage(con, f.spec, f.source, f.mapping, name=name)
    except ImportProblem as problem:
        report.problem = problem
        return
    skipped = _drop_examples(con, f.spec, name)
    if skipped:
        report.notes.append(ImportProblem("note_example", count=skipped))
        report.file_rows -= skipped
        if not report.file_rows:
            report.problem = ImportProblem("header_only")
            return
    if f.spec is HISTORY:
        f.history = name
    else:
        report.staged = name
    report.rows = report.file_rows


def _example_pred(spec: Table) -> str | None:
    if "nip" in spec.names:
        return f"nip = '{EXAMPLE_NIP}'"
    key = spec.key[0]
    if spec.col(key).kind == "text" and spec.name != "education_mapping":
        return f"starts_with({key}, '{EXAMPLE_CODE}')"
    return None


def _drop_examples(con, spec: Table, name: str) -> int:
    """Rows keyed like the templates' example (they are never data)."""
    pred = _example_pred(spec)
    if pred is None:
        return 0
    n = con.execute(f"select count(*) from {name} where {pred}").fetchall()[0][0]
    if n:
        con.execute(f"delete from {name} where {pred}")
    return int(n)


def _resolve(con, resolver: Resolver, f: _File, batch: Batch, *, diagnostic: str = "") -> None:
    """Codes from names for one staged file (``diagnostic``: its with-rows copy, found only)."""
    spec, mapping = f.spec, f.mapping
    name = diagnostic or (f.history or f.report.staged)
    create = not diagnostic
    if spec.name == "units":
        resolver.region_ids(name)
    if "pns_id" in mapping.helpers and "nip" in spec.names:
        resolver.nips(name, diagnostic=bool(diagnostic))
    names = {"position_name", "unit_name"} & set(mapping.helpers)
    if spec.name == "employees":
        if names:
            resolver.posts(name, f.index, helpers=set(mapping.helpers), employees=True, create=create)
        if create:
            resolver.employee_regions()
    elif spec is HISTORY:
        resolver.employee_regions()
        if names:
            resolver.posts(name, f.index, helpers=set(mapping.helpers), employees=False, create=create)
        if not diagnostic:
            staged = f"_imp_{f.index}_placements"
            f.report.rows = history_placements(con, name, staged)
            f.report.staged = staged
            batch.setdefault("placements", []).append(staged)
            moves, appointments = con.execute(
                f"select count(*), count_if(move_type = 'pengangkatan') from {staged}"
            ).fetchall()[0]
            f.report.notes.append(
                ImportProblem(
                    "note_history",
                    rows=f.report.file_rows,
                    moves=moves - appointments,
                    appointments=appointments,
                )
            )


MADE_PREVIEW = {  # what the check shows of each made row: code, name, details
    "regions": "region_id as code, name, coalesce(province, '') as detail",
    "units": "unit_id as code, name, kind as detail",
    "positions": "position_id as code, name, concat_ws(' · ', jenis_jabatan::varchar, level, eselon::varchar) as detail",
}


def _add_made(resolver: Resolver, f: _File, batch: Batch) -> None:
    """What the file made becomes reports of their own, written before the file."""
    made = resolver.made(f.index)
    for t in ("regions", "units", "positions"):
        if not made[t]:
            continue
        staged = resolver.staged_new(t, f.index)
        batch.setdefault(t, []).append(staged)
        spec = TABLES[t]
        f.report.made.append(
            FileReport(
                t,
                f.report.file_name,
                "",
                rows=made[t],
                columns=list(spec.names),
                kind="made",
                kind_title=("Dibuat dari ekspor", "Made from an export"),
                file_rows=made[t],
                staged=staged,
                preview=resolver.con.execute(f"select {MADE_PREVIEW[t]} from {staged} order by code").df(),
            )
        )
    if any(made.values()):
        words = {
            "regions": ("wilayah", "regions"),
            "units": ("unit", "units"),
            "positions": ("jabatan", "posts"),
        }
        what = [", ".join(f"{made[t]} {words[t][i]}" for t in words if made[t]) for i in (0, 1)]
        f.report.notes.insert(0, ImportProblem("note_made", what_id=what[0], what_en=what[1]))
        pairs = resolver.similar_posts(f.index)
        if pairs:
            f.report.notes.append(
                ImportProblem("note_similar", pairs="; ".join(f"'{a}' ~ '{b}'" for a, b in pairs))
            )


def _check(con, resolver: Resolver, f: _File, batch: Batch, before: list[_File]) -> None:
    """Count problems; only when there are some, read the file again with row numbers."""
    report = f.report
    spec = f.spec
    staged = f.history or report.staged
    counts = problem_counts(con, spec, staged, batch)
    if spec is HISTORY:  # a post listed twice is no problem (and no move); the moves: references
        counts["duplicates"] = 0
        moves = problem_counts(con, TABLES["placements"], report.staged, batch)
        counts = {k: counts[k] + moves[k] for k in counts}
    dup_files = _duplicates_in(con, spec, staged, before)
    if not any(counts.values()) and not dup_files:
        return
    diag = f"{staged}_rows"
    stage(con, spec, f.source, f.mapping, name=diag, with_rows=True)
    _drop_examples(con, spec, diag)
    _resolve(con, resolver, f, batch, diagnostic=diag)
    diag_batch = {k: [diag if s == staged else s for s in v] for k, v in batch.items()}
    report.errors, report.problems, report.rejected = row_errors(
        con, spec, diag, diag_batch, controls=f.source.controls
    )
    if spec is HISTORY:
        report.errors = [e for e in report.errors if e.code != "duplicate_key"]
        report.problems, report.rejected = len(report.errors), len({e.row for e in report.errors})
    for other in dup_files:
        extra = _duplicate_rows(con, spec, diag, other)
        report.errors = sorted([*report.errors, *extra], key=lambda e: (e.row, e.column))
        report.problems += len(extra)
        report.rejected = len({e.row for e in report.errors})
    if spec is HISTORY and not report.problems and any(counts.values()):
        report.problem = ImportProblem("db_rejected", detail="riwayat jabatan")
    con.execute(f"drop table if exists {diag}; drop table if exists {diag}_raw")


def _duplicates_in(con, spec: Table, staged: str, before: list[_File]) -> list[_File]:
    """Earlier files of the upload for the same table that hold a key of this one."""
    if spec is HISTORY:
        return []
    on = " and ".join(f"a.{k} = b.{k}" for k in spec.key)
    out = []
    for other in before:
        if (
            other.report.staged
            and con.execute(
                f"select exists (select 1 from {staged} a semi join {other.report.staged} b on {on})"
            ).fetchall()[0][0]
        ):
            out.append(other)
    return out


def _duplicate_rows(con, spec: Table, diag: str, other: _File) -> list[RowError]:
    on = " and ".join(f"a.{k} = b.{k}" for k in spec.key)
    rows = con.execute(
        f"select a._row, a.v_{spec.key[0]} from {diag} a semi join {other.report.staged} b on {on} "
        f"order by a._row limit 1000"
    ).fetchall()
    return [
        RowError(int(r), spec.key[0], v, "duplicate_file", (("other", other.report.file_name),))
        for r, v in rows
    ]


# ---------------------------------------------------------------- notes
def _rows_list(rows: list[int], total: int) -> str:
    shown = ", ".join(str(r) for r in rows)
    return shown + (f" … (+{total - len(rows)})" if total > len(rows) else "")


def _notes(con, resolver: Resolver, f: _File) -> None:
    """Things that load fine but that the analyst should know before loading."""
    report, spec = f.report, f.spec
    if f.source is not None and f.source.skipped:
        report.notes.append(
            ImportProblem("note_totals", rows=", ".join(str(r) for r, _why in f.source.skipped))
        )
    if not report.ok:
        return
    staged = report.staged
    if spec.name == "evaluations":
        n = con.execute(f"select count(*) from {staged} where period_type = 'triwulan'").fetchall()[0][0]
        if n:
            report.notes.append(ImportProblem("note_triwulan", count=f"{n:,}".replace(",", ".")))
        n = con.execute(f"select count(*) from {staged} where predikat_basis = 'pp46_score'").fetchall()[0][0]
        if n:
            report.notes.append(ImportProblem("note_pp46", count=f"{n:,}".replace(",", ".")))
    if spec.name == "trainings" and not f.mapping.has("category"):
        report.notes.append(ImportProblem("note_category", count=f"{report.rows:,}".replace(",", ".")))
    if spec.name == "employees":
        _employee_notes(con, f)
    _code_words(con, f)
    if report.codes:
        shown = ", ".join(f"{f.report.header(c)} '{w}' → {code}" for c, w, code, _n in report.codes[:12])
        report.notes.append(ImportProblem("note_codes", codes=shown))


def _employee_notes(con, f: _File) -> None:
    """NIP cross-checks (digits 1-8 birth date, 15 sex) and study programmes no rule maps."""
    report, staged = f.report, f.report.staged
    # the staged rows hold no row numbers; number them as read (file order)
    first = f.source.first_data_row
    for code, pred in (
        ("note_nip_birth", "substr(nip, 1, 8) <> strftime(birth_date, '%Y%m%d')"),
        ("note_nip_sex", "substr(nip, 15, 1) not in (case sex when 'L' then '1' when 'P' then '2' end)"),
    ):
        if not f.mapping.has("birth_date" if code == "note_nip_birth" else "sex"):
            continue
        rows = con.execute(
            f"select rowid, count(*) over () from {staged} where {pred} order by rowid limit 10"
        ).fetchall()
        if rows:
            report.notes.append(
                ImportProblem(
                    code, count=rows[0][1], rows=_rows_list([int(r[0]) + first for r in rows], rows[0][1])
                )
            )
    if f.mapping.has("education_program"):
        con.execute(
            f"create or replace temp table _imp_programs as select education_program as program, count(*) as employees "
            f"from {staged} where education_program is not null and education_field is null group by all"
        )
        rows = con.execute(
            "select program, employees from program_fields('_imp_programs') "
            "where basis in ('unmapped', 'ambiguous') order by employees desc, program"
        ).fetchall()
        con.execute("drop table _imp_programs")
        if rows:
            shown = ", ".join(f"{p} ({n})" for p, n in rows[:15]) + (" …" if len(rows) > 15 else "")
            report.notes.append(ImportProblem("note_programs", count=len(rows), programs=shown))


def _code_words(con, f: _File) -> None:
    """The spellings of code columns that are not the stored code itself (words such as
    'DIATAS EKSPEKTASI'), with the code each became and how many rows: one grouped
    pass over the file's code columns, for files up to CODE_SCAN_ROWS rows."""
    spec, mapping, report = f.spec, f.mapping, f.report
    code_cols = [c for c in spec.columns if c.kind == "code" and c.name in mapping.columns]
    if not code_cols or report.file_rows > CODE_SCAN_ROWS:
        return
    width = len(f.source.headers)
    cells = ", ".join(
        f"nullif(trim(c{mapping.columns[c.name]}), '') as v{i}" for i, c in enumerate(code_cols)
    )
    grouped = f"select {cells}, count(*) as n from {read_csv_sql(f.source, width)} group by all"
    parts = []
    for i, c in enumerate(code_cols):
        parts.append(
            f"select '{c.name}' as col, v{i} as word, ({_code_sql(f'v{i}', c.codes)})::varchar as code, sum(n) as n "
            f"from g where v{i} is not null group by all"
        )
    rows = con.execute(
        f"with g as ({grouped}) select * from ({' union all '.join(parts)}) "
        "where code is not null and word <> code order by col, n desc"
    ).fetchall()
    report.codes = [(col, word, code, int(n)) for col, word, code, n in rows]
