"""Stages 2-3 of an import: map headers, then type and check every row in DuckDB.

:func:`map_headers` matches the file's headers to a table's columns, adds the
columns its :class:`~data.importing.kinds.Kind` computes (a period from
``tahun`` and months) and the helper columns it reads (post and unit names,
SIASN's PNS ID). :func:`stage` reads the file with ``read_csv`` (all text) and
turns it into a typed temporary table in one pass; cell checks (types, ranges,
codes, NIP) and row checks (predikat matrix, date order, ...) become one
boolean per row. :mod:`data.importing.resolve` then fills codes from names.
:func:`problem_counts` counts duplicate keys and orphan references. Only when
something is wrong does :func:`row_errors` read the file a second time, with
row numbers, to say which cell is wrong and why. A clean file is therefore
read once and never loops through Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import duckdb

from analytics import reference as ref
from data.importing.errors import ImportProblem, RowError
from data.importing.kinds import TEMPLATE_KINDS, Kind, helper_index
from data.importing.read import MAX_LINE_BYTES, Source, mixed_newlines, with_plain_newlines
from data.importing.tables import (
    BY_DB_TABLE,
    CODE_HELP,
    CODE_PREFIXES,
    CODE_SETS,
    IKM_FROM_UNSUR,
    TABLES,
    Col,
    Table,
    code_key,
    header_key,
    mutu_sql,
)

MAX_ROW_ERRORS = 100_000  # kept for the report; the total is always counted
RECORD_BYTES = 8 * MAX_LINE_BYTES  # one record with its quoted line breaks (DuckDB's max_line_size)
# C0 control characters but tab, LF and CR, for RE2 (read.scan_text says whether a file has any)
CONTROL_RE = "[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]"

# Columns a resolver fills from helper columns (data.importing.resolve): a post from
# its name and unit, a NIP from SIASN's PNS ID. Their "required" check waits for it.
RESOLVED_BY = {"position_id": ("position_name", "unit_name"), "nip": ("pns_id",)}


@dataclass
class Mapping:
    columns: dict[str, int]  # column name -> index in the file
    helpers: dict[str, int] = field(default_factory=dict)  # helper name -> index in the file
    ignored: list[str] = field(default_factory=list)  # headers not used
    exprs: dict[str, tuple[str, str]] = field(default_factory=dict)  # column -> (SQL over c-cells, headers)

    def has(self, column: str) -> bool:
        return column in self.columns or column in self.exprs

    def deferred(self) -> set[str]:
        """Columns a resolver may still fill (their helpers are in the file)."""
        return {c for c, helpers in RESOLVED_BY.items() if any(h in self.helpers for h in helpers)}


def map_headers(spec: Table, headers: list[str], kind: Kind | None = None, *, header_row: int = 1) -> Mapping:
    """Match headers to columns; refuse missing required columns and files for another table."""
    kind = kind or TEMPLATE_KINDS.get(spec.name)
    lookup = {h: c.name for c in spec.columns for h in c.headers()}
    helpers = helper_index(kind, headers) if kind is not None else {}
    helper_cols = set(helpers.values())
    columns: dict[str, int] = {}
    ignored: list[str] = []
    seen: dict[str, str] = {}
    for i, raw in enumerate(headers):
        key = header_key(raw)
        if not key:
            continue
        name = lookup.get(key)
        if name is None:
            if i not in helper_cols:
                ignored.append(raw)
            continue
        if name in seen:
            raise ImportProblem("duplicate_headers", headers=f"{seen[name]}, {raw}")
        seen[name] = raw
        columns[name] = i
    exprs = kind.computed(headers) if kind is not None else {}
    # a header a computed column reads (tahun, bulanMulaiPenilaian ...) is used, not ignored
    used = {int(i) for sql, _shown in exprs.values() for i in re.findall(r"\bc(\d+)\b", sql)}
    ignored = [h for h in ignored if headers.index(h) not in used]
    mapping = Mapping(columns, helpers, ignored, exprs)
    deferred = mapping.deferred()
    if spec.name == "employees" and "position_name" not in helpers and "unit_name" not in helpers:
        deferred.discard("position_id")
    missing = [
        _wanted(c)
        for c in spec.file_columns
        if c.required and not mapping.has(c.name) and c.name not in deferred
    ]
    if spec.name == "employees" and not (mapping.has("position_id") or mapping.has("unit_id") or deferred):
        missing.append(f"{_wanted(spec.col('position_id'))} (atau JABATAN NAMA + UNOR NAMA)")
    if spec.required_any and not any(all(mapping.has(c) for c in g) for g in spec.required_any):
        groups = [" + ".join(spec.col(c).label for c in g) for g in spec.required_any]
        missing.append(" atau ".join(groups))
    if missing:
        other = _better_table(spec, headers)
        if other is not None:
            raise ImportProblem("wrong_table", table=spec.name, other=other)
        shown = " | ".join(h for h in headers[:12] if h.strip()) or "-"
        raise ImportProblem(
            "missing_columns", columns=", ".join(missing), table=spec.name, row=header_row, headers=shown
        )
    return mapping


def _wanted(col: Col) -> str:
    """A missing column with another header spelling it is recognised by (NIP / nipBaru)."""
    names: dict[str, str] = {}
    for n in (col.label or col.name, *col.aliases):
        names.setdefault(header_key(n), n)
        if len(names) == 2:
            break
    return " / ".join(names.values())


def guess_table(headers: list[str]) -> str | None:
    """The table whose required columns the headers cover best (None if none is covered)."""
    keys = {header_key(h) for h in headers}
    best, best_score = None, (0.0, 0)
    for spec in TABLES.values():
        required = [c for c in spec.file_columns if c.required]
        if not required:
            continue
        hits = sum(1 for c in required if c.headers() & keys)
        if spec.name == "employees" and {header_key(h) for h in ("JABATAN NAMA", "UNOR NAMA")} <= keys:
            hits += 1  # the post is found by name
        score = (hits / len(required), hits)
        if score > best_score:
            best, best_score = spec.name, score
    return best if best_score[0] >= 0.5 else None


def _better_table(spec: Table, headers: list[str]) -> str | None:
    """Another table whose required columns are all in the file, if there is one."""
    keys = {header_key(h) for h in headers}
    best, best_hits = None, 0
    for other in TABLES.values():
        if other is spec:
            continue
        required = [c for c in other.file_columns if c.required]
        if required and all(c.headers() & keys for c in required) and len(required) > best_hits:
            best, best_hits = other.name, len(required)
    return best


# ---------------------------------------------------------------- SQL for one column
def _lit(value) -> str:
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return str(value)


def _code_sql(v: str, codes: str) -> str:
    """The stored code for a spelling: the code itself first (cheap), else any accepted
    spelling normalised like ``code_key``. The normalising CASE sits in the ELSE branch,
    which DuckDB evaluates only for rows the first did not match (as a COALESCE argument
    it cost 0.2 s per code column on 5 million rows)."""
    mapping = CODE_SETS[codes]
    exact = " ".join(f"when {_lit(str(code))} then {_lit(code)}" for code in dict.fromkeys(mapping.values()))
    whens = " ".join(f"when {_lit(k)} then {_lit(code)}" for k, code in mapping.items())
    norm = f"lower(regexp_replace({v}, '[\\s_.\\-]', '', 'g'))"
    prefixes = " ".join(
        f"when starts_with({norm}, {_lit(p)}) then {_lit(code)}"
        for p, code in CODE_PREFIXES.get(codes, {}).items()
    )
    fallback = f" else (case {prefixes} end)" if prefixes else ""
    normalised = f"case {norm} {whens}{fallback} end"
    return f"(case when {v} is null then null else (case {v} {exact} else ({normalised}) end) end)"


def _number_sql(v: str) -> str:
    """Indonesian first: a comma is the decimal mark when present; two or more dot
    groups are thousands (2.500.000); a single dot is a decimal point (87.5)."""
    return (
        f"(case when {v} is null then null "
        f"when contains({v}, ',') then try_cast(replace(replace({v}, '.', ''), ',', '.') as double) "
        f"when regexp_full_match({v}, '-?[0-9]{{1,3}}(\\.[0-9]{{3}}){{2,}}') then try_cast(replace({v}, '.', '') as double) "
        f"else try_cast({v} as double) end)"
    )


def _date_sql(v: str) -> str:
    return (
        f"coalesce(try_cast({v} as date), try_strptime({v}, ['%d-%m-%Y', '%d/%m/%Y'])::date, "
        f"case when regexp_full_match({v}, '[0-9]{{4,5}}(\\.0+)?') "
        f"then date '1899-12-30' + cast(cast({v} as double) as integer) end)"
    )


def _date_bound(bound: str) -> str:
    m = re.fullmatch(r"([+-])(\d+)y", bound)
    if m is None:
        return f"date '{bound}'"
    sign = "+" if m.group(1) == "+" else "-"
    return f"(current_date {sign} interval {int(m.group(2))} year)::date"


# Column kinds DuckDB's CSV reader can type by itself when the file uses ISO dates
# and decimal points (machine exports). Whole numbers are parsed here: the reader
# would round 3.5 to 4, and read the Indonesian 1.000 (one thousand) as 1.
FAST_TYPES = {"date": "DATE", "number": "DOUBLE"}


# What is stripped from a NIP: spaces (also non-breaking), apostrophes (also the
# typographic ones Word and WhatsApp put in), as in `'19850712 201001 1 005`.
NIP_NOISE = "[\\s\u00a0\u2007\u202f''\u2018\u2019`]"  # inside a SQL string: '' is one apostrophe


def typed_sql(col: Col, v: str, *, fast: bool = False) -> str:
    """The stored value of ``col`` from its text ``v`` (null when it cannot be read).

    With ``fast``, date and number columns arrive already typed by read_csv.
    """
    if fast and col.kind in ("date", "number"):
        return v
    if col.kind == "text":
        return v
    if col.kind == "nip":
        # clean values pass the first test; only the others get spaces and apostrophes removed
        n = f"regexp_replace({v}, '{NIP_NOISE}', '', 'g')"
        return (
            f"(case when regexp_full_match({v}, '[0-9]{{18}}') then {v} "
            f"when regexp_full_match({n}, '[0-9]{{18}}') then {n} end)"
        )
    if col.kind == "number":
        return _number_sql(v)
    if col.kind == "int":
        # a whole number has no decimals, so dot groups are thousands: 1.000 = 1000
        x = (
            f"(case when regexp_full_match({v}, '-?[0-9]{{1,3}}(\\.[0-9]{{3}})+') "
            f"then try_cast(replace({v}, '.', '') as double) else {_number_sql(v)} end)"
        )
        return f"(case when {x} = floor({x}) and abs({x}) < 2147483647 then cast({x} as integer) end)"
    if col.kind == "date":
        return _date_sql(v)
    if col.kind == "code":
        return _code_sql(v, col.codes)
    if col.kind == "bool":
        return f"try_cast({v} as boolean)"
    raise ValueError(col.kind)


def cell_checks(col: Col, v: str, x: str) -> list[tuple[str, str, dict]]:
    """(code, predicate, params): each predicate true when the cell is wrong.

    ``v`` is the trimmed text (null when empty), ``x`` the typed value.
    """
    checks: list[tuple[str, str, dict]] = []
    if col.required:
        checks.append(("required", f"{v} is null", {}))
    if col.kind == "nip":
        n = f"regexp_replace({v}, '{NIP_NOISE}', '', 'g')"
        checks += [
            ("nip_scientific", f"{x} is null and regexp_matches({v}, '[0-9][eE][+-]?[0-9]')", {}),
            ("nip_decimal", f"{x} is null and not regexp_matches({v}, '[eE]') and regexp_matches({n}, '[.,]')", {}),
            ("nip_chars", f"{x} is null and not regexp_matches({n}, '[.,eE]') and not regexp_full_match({n}, '[0-9]+')", {}),
            ("nip_length", f"{x} is null and regexp_full_match({n}, '[0-9]+')", {"length": f"length({n})"}),
        ]  # fmt: skip
    elif col.kind == "number":
        checks.append(("not_number", f"{v} is not null and {x} is null", {}))
    elif col.kind == "int":
        checks.append(("not_integer", f"{v} is not null and {x} is null", {}))
    elif col.kind == "date":
        lo, hi = (_date_bound(b) for b in col.date_range)
        checks.append(("not_date", f"{v} is not null and {x} is null", {}))
        checks.append(
            ("date_range", f"{x} not between {lo} and {hi}", {"lo": f"{lo}::varchar", "hi": f"{hi}::varchar"})
        )
    elif col.kind == "code":
        checks.append(
            ("unknown_code", f"{v} is not null and {x} is null", {"allowed": _lit(CODE_HELP[col.codes])})
        )
    if col.lo is not None and col.kind in ("number", "int"):
        if col.lo_exclusive:
            checks.append(("not_positive", f"{x} <= {col.lo}", {"lo": _lit(_num(col.lo))}))
            checks.append(
                ("out_of_range", f"{x} > {col.hi}", {"lo": _lit(_num(col.lo)), "hi": _lit(_num(col.hi))})
            )
        else:
            checks.append(
                ("out_of_range", f"{x} not between {col.lo} and {col.hi}", {"lo": _lit(_num(col.lo)), "hi": _lit(_num(col.hi))})
            )  # fmt: skip
    return checks


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


# Row checks across columns: (code, column reported, predicate over typed columns, params)
_UNSUR = tuple(code for code, *_ in ref.SKM_UNSUR)
_UNSUR_GIVEN = " + ".join(f"({u} is not null or v_{u} is not null)::integer" for u in _UNSUR)
_LEVEL_JENIS = " ".join(f"when {_lit(level)} then {jenis}" for level, jenis, *_ in ref.JABATAN_LEVELS)

ROW_CHECKS: dict[str, list[tuple[str, str, str, dict]]] = {
    "positions": [
        ("eselon_mismatch", "eselon", "(jenis_jabatan = 1) <> (eselon is not null)", {}),
        ("level_jenis", "level", f"(case level {_LEVEL_JENIS} end) <> jenis_jabatan", {}),
    ],
    "employees": [
        # PNS golongan are I/a .. IV/e, PPPK golongan I .. XVII
        ("golongan_type", "golongan", "(employee_type = 'PNS') <> contains(golongan, '/')", {}),
        (
            "service_order",
            "service_start",
            "not (birth_date < service_start and (position_start is null or service_start <= position_start))",
            {},
        ),
        # empty TMT CPNS comes from NIP digits 9-14; the database needs one
        (
            "service_start_from_nip",
            "service_start",
            "service_start is null and v_service_start is null and nip is not null",
            {},
        ),
        (
            "position_start_required",
            "position_start",
            "position_id is not null and position_start is null",
            {},
        ),
    ],
    "evaluations": [
        ("end_before_start", "period_end", "period_end < period_start", {}),
        (
            "predikat_mismatch",
            "predikat",
            "hasil_kerja is not null and predikat <> _predikat_matrix",
            {"expected": "_predikat_matrix::varchar"},
        ),
        # a rating given but unreadable is its own problem (unknown_code), not a missing one
        (
            "ratings_pair",
            "perilaku",
            "(hasil_kerja is null and v_hasil_kerja is null) <> (perilaku is null and v_perilaku is null)",
            {},
        ),
        (
            "ratings_or_score",
            "hasil_kerja",
            "hasil_kerja is null and v_hasil_kerja is null and perilaku is null and v_perilaku is null "
            "and score is null and v_score is null",
            {},
        ),
    ],
    "trainings": [("end_before_start", "end_date", "end_date < start_date", {})],
    "service_surveys": [
        ("end_before_start", "period_end", "period_end < period_start", {}),
        ("unsur_partial", "u1", f"({_UNSUR_GIVEN}) between 1 and {len(_UNSUR) - 1}", {}),
        ("unsur_or_ikm", "ikm", f"ikm is null and v_ikm is null and ({_UNSUR_GIVEN}) = 0", {}),
        (
            "ikm_mismatch",
            "ikm",
            f"v_ikm is not null and ({_UNSUR_GIVEN}) = {len(_UNSUR)} and abs(ikm - {IKM_FROM_UNSUR}) > 0.05",
            {"expected": f"printf('%.2f', {IKM_FROM_UNSUR})"},
        ),
        (
            "mutu_mismatch",
            "mutu",
            f"ikm is not null and mutu <> {mutu_sql('ikm')}",
            {"expected": mutu_sql("ikm")},
        ),
    ],
    "staff_surveys": [("end_before_start", "period_end", "period_end < period_start", {})],
    "feedback": [
        ("end_before_start", "period_end", "period_end < period_start", {}),
        ("resolved_above_received", "resolved", "resolved > received", {}),
    ],
    "outcome_indicators": [("end_before_start", "period_end", "period_end < period_start", {})],
    "placements": [
        (
            "appointment_from",
            "from_position_id",
            "(move_type = 'pengangkatan') <> (from_position_id is null)",
            {},
        ),
    ],
}

# Training category when a file has none (SIASN has no such field): by jenis diklat and
# words of the title (folded to lower case), the first rule that matches; a convention
# (docs/import.md), counted in the check's notes.
_TITLE = "(' ' || regexp_replace(lower(title), '[^a-z0-9]+', ' ', 'g') || ' ')"


def _title_has(*words: str) -> str:
    return " or ".join(f"contains({_TITLE}, ' {w} ')" for w in words)


CATEGORY_RULES = (
    "case "
    f"when jenis_diklat in (1, 5) or {_title_has('pkp', 'pka', 'pkn', 'diklatpim', 'kepemimpinan', 'leadership', 'pim', 'sepala', 'sepadya', 'spama', 'spamen', 'sepati', 'adum')} then 'leadership' "
    f"when {_title_has('tik', 'teknologi informasi', 'informatika', 'e government', 'egov', 'digital', 'aplikasi', 'sistem informasi', 'komputer', 'spbe', 'siber', 'data')} then 'ict' "
    f"when {_title_has('manajemen proyek', 'project management', 'pengadaan barang', 'pengadaan barang jasa')} then 'project_management' "
    f"when jenis_diklat = 7 or {_title_has('orientasi', 'latsar', 'pelatihan dasar', 'sosialisasi')} then 'orientation' "
    f"when {_title_has('komunikasi', 'pelayanan prima', 'public speaking', 'soft skill', 'etika', 'kepribadian')} then 'soft_skills' "
    "when jenis_diklat = 2 then 'functional' "
    "else 'technical' end"
)  # fmt: skip


def derived_sql(spec: Table, column: str) -> str | None:
    """The SQL that fills ``column`` when the file lacks it (None: nothing does)."""
    if spec.name == "trainings" and column == "category":
        return CATEGORY_RULES
    return spec.derived.get(column)


# ---------------------------------------------------------------- staging
def read_csv_sql(source: Source, width: int, types: dict[int, str] | None = None) -> str:
    types = types or {}
    cols = ", ".join(f"'c{i}': '{types.get(i, 'VARCHAR')}'" for i in range(width))
    path = str(source.path).replace("'", "''")
    delim = source.delimiter.replace("'", "''")
    skip = f"skip={int(source.skip)}, " if source.skip else ""
    # a line is at most MAX_LINE_BYTES (read.scan_text); a record may hold quoted line breaks
    return (
        f"read_csv('{path}', delim='{delim}', quote='\"', escape='\"', header=true, auto_detect=false, "
        f"max_line_size={RECORD_BYTES}, {skip}columns={{{cols}}})"
    )


def _blank(col: Col, cell: str) -> str:
    """The trimmed text of a cell, null when empty or a spelling of "empty" (eselon NON)."""
    text = f"nullif(trim({cell}), '')"
    if not col.blanks:
        return text
    spellings = ", ".join(_lit(code_key(b)) for b in col.blanks)
    return f"(case when lower(regexp_replace({text}, '[\\s_.\\-]', '', 'g')) in ({spellings}) then null else {text} end)"


def _inner_select(spec: Table, mapping: Mapping, *, with_rows: bool, fast: bool, first_row: int) -> str:
    parts = [f"rowid + {int(first_row)} as _row"] if with_rows else []
    for col in spec.columns:
        if col.name in mapping.exprs:
            parts.append(f"{_blank(col, '(' + mapping.exprs[col.name][0] + ')::varchar')} as v_{col.name}")
        elif col.name in mapping.columns:
            c = f"c{mapping.columns[col.name]}"
            if fast and col.kind != "text" and not col.blanks:
                # typed by the reader, or normalised anyway (codes, NIP); empty is null
                parts.append(f"{c} as v_{col.name}")
            else:
                parts.append(f"{_blank(col, c)} as v_{col.name}")
        else:
            parts.append(f"null::varchar as v_{col.name}")
    for name, i in mapping.helpers.items():
        parts.append(f"nullif(trim(c{i}), '') as h_{name}")
    return ", ".join(parts)


def _typed_columns(spec: Table, fast: bool, mapping: Mapping) -> list[str]:
    out = []
    for col in spec.columns:
        plain = fast and col.name not in mapping.exprs
        x = f"cast({typed_sql(col, f'v_{col.name}', fast=plain)} as {col.sql_type()})"
        out.append(f"{x} as {col.name}")
    return out


def _cells_read(mapping: Mapping) -> set[int]:
    """The file's columns (indexes) the mapping reads: mapped, helpers, computed from."""
    used = set(mapping.columns.values()) | set(mapping.helpers.values())
    used |= {int(i) for sql, _shown in mapping.exprs.values() for i in re.findall(r"\bc(\d+)\b", sql)}
    return used or {0}


def csv_problem(message: str, width: int) -> ImportProblem:
    """What DuckDB's CSV reader refused, as the analyst can act on it (its message quotes
    the line, which may hold personal data: only the line number and counts are kept)."""
    m = re.search(r"Line: (\d+)", message)
    row = m.group(1) if m else "?"
    found = re.search(r"Expected Number of Columns: (\d+) Found: (\d+)", message)
    if found:
        return ImportProblem("ragged_rows", row=row, expected=found.group(1), found=found.group(2))
    if "unterminated quote" in message:
        return ImportProblem("quote_unclosed", row=row)
    size = re.search(r"Maximum line size of \d+ bytes exceeded\. Actual Size:\s*(\d+)", message)
    if size:
        return ImportProblem(
            "line_too_long",
            row=row,
            length=f"{int(size.group(1)):,}".replace(",", "."),
            max=f"{RECORD_BYTES:,}".replace(",", "."),
        )
    if "Invalid unicode" in message:
        return ImportProblem("bad_byte", row=row, byte="?", encoding="UTF-8")
    return ImportProblem("csv_unreadable", row=row)


def control_preds(spec: Table, helpers: list[str]) -> list[tuple[str, str, str]]:
    """(column reported, its text, predicate): a cell holding a C0 control character."""
    out = [(c.name, f"v_{c.name}", f"regexp_matches(v_{c.name}, '{CONTROL_RE}')") for c in spec.columns]
    out += [(h, f"h_{h}", f"regexp_matches(h_{h}, '{CONTROL_RE}')") for h in helpers]
    return out


def _bad_flag(
    spec: Table, deferred: set[str] = frozenset(), *, controls: bool = False, helpers: list[str] = ()
) -> str:
    """True when a row has any problem. Cheaper than the checks in row_errors: every
    "cannot be read" check (including the four NIP ones) is one ``v is not null and
    x is null``; row_errors says which one it was.

    ``deferred``: columns a resolver fills later (a post from its name, a NIP from
    the PNS ID): an empty one is not a problem yet; the resolver flags the row if
    it cannot fill it."""
    preds = []
    for col in spec.columns:
        v, x = f"v_{col.name}", col.name
        if col.required and col.name not in deferred:
            preds.append(f"{v} is null")
        if col.kind != "text" and not col.internal:
            preds.append(f"({v} is not null and {x} is null)")
        for code, pred, _params in cell_checks(col, v, x):
            if code in ("date_range", "out_of_range", "not_positive"):
                preds.append(f"coalesce({pred}, false)")
    for _code, _col, pred, _params in ROW_CHECKS.get(spec.name, []):
        preds.append(f"coalesce({pred}, false)")
    if controls:  # only a file with a control character somewhere pays for these
        preds += [f"coalesce({pred}, false)" for _col, _v, pred in control_preds(spec, list(helpers))]
    return " or ".join(preds) if preds else "false"


# Optional columns a row check or a derived column reads. When the file lacks one, an
# existing row keeps its stored value (load.py), so that value is what the check must
# see: a positions file without Eselon (updating Kebutuhan ABK) is fine for structural
# posts that have one; a score-only file for rows that have ratings keeps their predikat.
STORED_WHEN_ABSENT = {
    "positions": ("eselon",),
    "employees": ("service_start", "position_id", "position_start"),
    "evaluations": ("hasil_kerja", "perilaku"),
}


def _stored_sql(spec: Table, col: Col, mapping: Mapping) -> str:
    """A typed column as the checks see it: the stored value for a checked column the file lacks."""
    x = col.name
    if (
        col.name in STORED_WHEN_ABSENT.get(spec.name, ())
        and not mapping.has(col.name)
        and col.name not in mapping.deferred()
    ):
        match = " and ".join(f"_st.{k} = typed.{k}" for k in spec.key)
        x = f"coalesce((select _st.{col.name} from {spec.table} _st where {match}), {x})"
    return f"{x} as {col.name}"


def _fill_sql(spec: Table, col: Col) -> str:
    """A column as written: derived only for an empty cell (a value that cannot be read
    stays null and is reported)."""
    x = col.name
    derived = derived_sql(spec, col.name)
    if derived is not None:
        x = f"coalesce({x}, case when v_{x} is null then {derived} end)"
    return f"{x} as {col.name}"


def stage(
    con: duckdb.DuckDBPyConnection,
    spec: Table,
    source: Source,
    mapping: Mapping,
    *,
    name: str,
    with_rows: bool = False,
) -> int:
    """Create temporary table ``name``: typed columns, ``_bad`` (any cell or row problem),
    the helper columns ``h_<name>`` and, when ``with_rows``, ``_row`` (the file's row
    number, as a spreadsheet counts) and the raw text ``v_<column>`` of every column.

    First lets read_csv type dates and numbers itself (machine exports: one fast
    pass); if any value does not parse that way, reads everything as text and
    parses it here (Indonesian numbers, d-m-Y dates, Excel serials).
    Returns the number of rows. Raises ImportProblem for an unreadable file.
    """
    if not with_rows:
        try:
            return _stage(con, spec, source, mapping, name=name, with_rows=False, fast=True)
        except duckdb.Error:
            pass  # some value needs the tolerant parser (or the file is broken: said below)
    try:
        return _stage(con, spec, source, mapping, name=name, with_rows=with_rows, fast=False)
    except ImportProblem as problem:
        # lines ending partly in CR LF and partly in LF (a file appended to in another
        # editor) are not a broken file: read a copy with one kind of line end
        if problem.code != "ragged_rows" or not mixed_newlines(source.path):
            raise
    plain = with_plain_newlines(source)
    source.path, source.temporary = plain.path, True
    return _stage(con, spec, source, mapping, name=name, with_rows=with_rows, fast=False)


def _stage(
    con, spec: Table, source: Source, mapping: Mapping, *, name: str, with_rows: bool, fast: bool
) -> int:
    width = len(source.headers)
    raw_table = f"{name}_raw"
    types = {}
    if fast:
        types = {
            mapping.columns[c.name]: FAST_TYPES[c.kind]
            for c in spec.columns
            if c.name in mapping.columns and c.name not in mapping.exprs and c.kind in FAST_TYPES
        }
    try:
        src = read_csv_sql(source, width, types)
        # a row with every cell empty (Excel keeps formatted empty rows, `;;;;` lines) is no data;
        # row numbers are counted before it is dropped, so they still match the file
        # AND stops at the first non-empty cell, so columns the reader typed (null when
        # empty) go first and a typical row costs one test, not a trim per cell
        typed_first = sorted(range(width), key=lambda i: i not in types)
        empty = " and ".join(
            f"c{i} is null" if i in types else f"coalesce(trim(c{i}), '') = ''" for i in typed_first
        )
        if with_rows:
            # insertion order is file order, so rowid numbers the rows; only the cells the
            # mapping reads are kept (an export's other columns are read past, never stored)
            cells = ", ".join(f"c{i}" for i in sorted(_cells_read(mapping)))
            con.execute(
                f"create or replace temp table {raw_table} as select {cells}, ({empty}) as _empty from {src}"
            )
            src, empty = raw_table, "_empty"
        select = _inner_select(spec, mapping, with_rows=with_rows, fast=fast, first_row=source.first_data_row)
        inner = f"select {select} from {src} where not ({empty})"
        typed = ", ".join(_typed_columns(spec, fast, mapping))
        raw_cols = [f"v_{c.name}" for c in spec.columns]
        keep = ", " + ", ".join(["_row"] * with_rows + raw_cols + [f"h_{h}" for h in mapping.helpers])
        # the raw text is needed for the checks; only the diagnostic table keeps it
        drop = "" if with_rows else f" exclude ({', '.join(raw_cols)})"
        stored = ", ".join(_stored_sql(spec, c, mapping) for c in spec.columns)
        fill = ", ".join(_fill_sql(spec, c) for c in spec.columns)
        matrix = f", {spec.derived['predikat']} as _predikat_matrix" if spec.name == "evaluations" else ""
        bad = _bad_flag(spec, mapping.deferred(), controls=source.controls, helpers=list(mapping.helpers))
        con.execute(
            f"""
            create or replace temp table {name} as
            with typed as (select {typed}{keep} from ({inner})),
            stored as (select {stored}{keep} from typed),
            filled as (select {fill}{keep}{matrix} from stored)
            select *{drop} from (select *, {bad} as _bad from filled)
            """
        )
    except duckdb.InvalidInputException as exc:
        if fast:
            raise
        raise csv_problem(str(exc), width) from None  # the message quotes the line: never shown
    n = con.execute(f"select count(*) from {name}").fetchall()[0][0]
    if n == 0:
        raise ImportProblem("header_only")
    return n


# ---------------------------------------------------------------- checks across rows
Batch = dict[str, list[str]]  # table name -> the staged tables of this upload that will be written to it


def reference_sql(spec: Table, col: Col, name: str, batch: Batch) -> str:
    """Rows of staged table ``name`` whose ``col`` is in neither the database nor the batch."""
    ref_table, ref_col = col.refers
    ref_spec = BY_DB_TABLE.get(ref_table)
    sources = [f"select {ref_col} as k from {ref_table}"]
    if ref_spec is not None:
        sources += [f"select {ref_col} as k from {staged}" for staged in batch.get(ref_spec.name, [])]
    if ref_spec is spec and name not in batch.get(spec.name, []):
        sources.append(f"select {ref_col} as k from {name}")
    return f"{col.name} is not null and {col.name} not in ({' union all '.join(sources)})"


def problem_counts(con: duckdb.DuckDBPyConnection, spec: Table, name: str, batch: Batch) -> dict[str, int]:
    """Rows with a cell/row problem, orphan references, and extra rows for a key (counts).
    Duplicates are counted on a hash of the key: a collision can only
    make a clean file take the slow path, whose exact check then finds nothing."""
    key = ", ".join(spec.key)
    ref_preds = [
        f"count_if(coalesce({reference_sql(spec, c, name, batch)}, false))" for c in spec.columns if c.refers
    ]
    refs = " + ".join(ref_preds) if ref_preds else "0"
    # two scans are faster than one: with the distinct count beside them, the
    # reference checks stop being planned as joins
    bad, orphans = con.execute(f"select count_if(_bad), {refs} from {name}").fetchall()[0]
    dups = con.execute(f"select count(*) - count(distinct hash({key})) from {name}").fetchall()[0][0]
    return {"bad": int(bad), "orphans": int(orphans), "duplicates": int(dups)}


def row_errors(
    con: duckdb.DuckDBPyConnection,
    spec: Table,
    name: str,
    batch: Batch,
    limit: int = MAX_ROW_ERRORS,
    *,
    controls: bool = False,
) -> tuple[list[RowError], int, int]:
    """Every problem with its row number, from a table staged ``with_rows``.

    Returns (errors up to ``limit``, total number of problems, number of rows with one).
    ``controls``: the file holds a control character somewhere (read.scan_text): say where.
    """
    selects = []
    have = _columns(con, name)
    if controls:
        for column, text, pred in control_preds(spec, [c[2:] for c in sorted(have) if c.startswith("h_")]):
            selects.append(
                f"select _row, {_lit(column)} as col, regexp_replace({text}, '{CONTROL_RE}', '\ufffd', 'g') as value, "
                f"'control_char' as code, ['code', printf('0x%02X', ascii(regexp_extract({text}, '{CONTROL_RE}')))] "
                f"as params from {name} where coalesce({pred}, false)"
            )
    resolved = {c for c in RESOLVED_BY if f"_why_{c}" in have}
    for col in spec.columns:
        for code, pred, params in cell_checks(col, f"v_{col.name}", col.name):
            if code == "required" and col.name in resolved:
                continue  # the resolver says why the column stayed empty (_why_<col>)
            selects.append(_error_select(name, col.name, code, pred, params))
    for code, colname, pred, params in ROW_CHECKS.get(spec.name, []):
        selects.append(_error_select(name, colname, code, pred, params))
    for col in spec.columns:
        if col.refers:
            ref_table, ref_col = col.refers
            selects.append(
                _error_select(name, col.name, "orphan", reference_sql(spec, col, name, batch),
                              {"ref_table": _lit(ref_table), "ref_column": _lit(ref_col)})
            )  # fmt: skip
    for col in resolved:
        helpers = [f"h_{h}" for h in RESOLVED_BY[col] if f"h_{h}" in have]
        value = f"coalesce(v_{col}, {', '.join(helpers)})" if helpers else f"v_{col}"
        selects.append(
            f"select _row, {_lit(col)} as col, {value} as value, _why_{col} as code, "
            f"case _why_{col} when 'position_not_found' then ['value', coalesce({value}, '')] "
            f"when 'unit_missing' then ['value', coalesce({value}, ''), 'closest', coalesce(_hint_{col}, '-')] "
            f"else [] end::varchar[] as params "
            f"from {name} where _why_{col} is not null"
        )
    key = ", ".join(spec.key)
    selects.append(
        f"""
        select _row, '{spec.key[0]}' as col, v_{spec.key[0]} as value, 'duplicate_key' as code,
            ['other_row', first_row::varchar] as params
        from (select _row, v_{spec.key[0]}, min(_row) over (partition by {key}) as first_row,
                count(*) over (partition by {key}) as n from {name})
        where n > 1 and _row <> first_row
        """
    )
    union = " union all ".join(selects)
    rows = con.execute(
        f"""
        with e as ({union})
        select _row, col, value, code, params, count(*) over () as total,
            count(distinct _row) over () as bad_rows
        from e order by _row, col, code limit {int(limit)}
        """
    ).fetchall()
    if not rows:
        return [], 0, 0
    errors = [
        RowError(
            int(r[0]), r[1], r[2], r[3], tuple(zip(r[4][0::2], (str(p) for p in r[4][1::2]), strict=True))
        )
        for r in rows
    ]
    return errors, int(rows[0][5]), int(rows[0][6])


def _error_select(name: str, column: str, code: str, pred: str, params: dict) -> str:
    flat = ", ".join(f"{_lit(k)}, ({v})::varchar" for k, v in params.items())
    return (
        f"select _row, {_lit(column)} as col, v_{column} as value, {_lit(code)} as code, [{flat}]::varchar[] as params "
        f"from {name} where coalesce({pred}, false)"
    )


def _columns(con: duckdb.DuckDBPyConnection, name: str) -> set[str]:
    return {r[0] for r in con.execute(f"select column_name from (describe {name})").fetchall()}
