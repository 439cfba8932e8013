"""Stage 1 of an import: bytes on disk -> a UTF-8 CSV DuckDB can stream.

:func:`open_source` detects the format (XLSX or delimited text), the text
encoding (UTF-8 with or without BOM, UTF-16, Windows-1252) and the delimiter
(comma, semicolon, tab, pipe), and returns a :class:`Source`: the path of a
UTF-8 CSV file, its delimiter and its header row. A UTF-8 CSV is used in place;
anything else is converted into a temporary file in chunks, so memory stays
flat for files of hundreds of megabytes.

Files as governments save them: the header row is the row among the first
:data:`HEADER_SEARCH_ROWS` with the most known headers (title rows above it
are skipped, and row numbers still count from the top of the file); a header
merged over two rows ("Rating" over "Hasil Kerja" | "Perilaku") is read as one
("Rating Hasil Kerja"); a totals row at the end of a sheet ("JUMLAH", "Total")
is skipped and reported. When no row looks like a header, the problem lists
the headers looked for and the first rows seen.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import io
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from data.importing.errors import ImportProblem
from data.importing.tables import header_key

DELIMITERS = [",", ";", "\t", "|"]
SNIFF_BYTES = 64 * 1024
CHUNK = 4 * 1024 * 1024
HEADER_SEARCH_ROWS = 30  # title rows above the header: a report name, the instansi, a date ...
MIN_HEADER_HITS = 2  # known headers a row needs to be taken for the header row
TOTALS = re.compile(r"^\s*(jumlah|total|grand total|sub ?total)\b", re.IGNORECASE)


@dataclass
class Source:
    path: Path  # a UTF-8 CSV (no BOM), comma or `delimiter` separated
    delimiter: str
    headers: list[str]
    encoding: str  # as detected, for the report
    kind: str  # "csv" or "xlsx"
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    temporary: bool = False
    skip: int = 0  # lines of ``path`` above its header row (read_csv's skip)
    header_row: int = 1  # the file's row number of the (last) header row, as a spreadsheet counts
    header_rows: int = 1  # 2 for a header merged over two rows
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, why): totals rows left out

    @property
    def first_data_row(self) -> int:
        return self.header_row + 1

    def cleanup(self) -> None:
        if self.temporary:
            self.path.unlink(missing_ok=True)


def open_source(
    path: str | Path,
    *,
    sheet: str | None = None,
    workdir: str | Path | None = None,
    known: Iterable[str] | None = None,
) -> Source:
    """Detect format, encoding, delimiter and header row of the file at ``path``.

    ``known``: header keys (:func:`~data.importing.tables.header_key`) a header row
    is recognised by (default: every header some kind of file reads).
    """
    if known is None:
        from data.importing.kinds import known_header_keys

        known = known_header_keys()
    known = frozenset(known)
    path = Path(path)
    with path.open("rb") as f:
        head = f.read(SNIFF_BYTES)
    if not head.strip(b"\r\n\t \xef\xbb\xbf\xff\xfe\x00"):
        raise ImportProblem("empty_file")
    if head.startswith(b"PK\x03\x04"):
        return _xlsx(path, sheet, workdir, known)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportProblem("xls_format")
    encoding = detect_encoding(head)
    if encoding in ("utf-8", "utf-8-sig"):
        text_head = head.decode(encoding, errors="ignore")
    else:
        text_head = head.decode(encoding, errors="replace")
    delimiter = detect_delimiter(text_head)
    if encoding == "utf-8":
        src_path, temporary = path, False
    else:
        src_path, temporary = _transcode(path, encoding, workdir), True
    try:
        first_rows = _first_rows(src_path, delimiter)
        found = find_header(first_rows, known)
    except ImportProblem:
        if temporary:
            src_path.unlink(missing_ok=True)
        raise
    if found is None:
        if temporary:
            src_path.unlink(missing_ok=True)
        raise no_header_problem(first_rows, known)
    index, n_rows, headers = found
    if n_rows == 2:
        # a CSV header over two rows is rare; read it as the second row's headers
        index, headers = index + 1, [c.strip() for c in first_rows[index + 1]]
    return Source(
        src_path,
        delimiter,
        headers,
        encoding,
        "csv",
        temporary=temporary,
        skip=index,
        header_row=index + 1,
    )


def detect_encoding(head: bytes) -> str:
    """utf-8-sig, utf-16 (BOM or zero bytes), utf-8, else cp1252; binary garbage is refused."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:4096]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without BOM: every other byte of ASCII text is zero
        zeros_odd = sample[1::2].count(b"\x00")
        zeros_even = sample[0::2].count(b"\x00")
        if zeros_odd > len(sample) // 3:
            return "utf-16-le"
        if zeros_even > len(sample) // 3:
            return "utf-16-be"
        raise ImportProblem("binary")
    if b"\x00" in sample or _control_share(sample) > 0.05:
        raise ImportProblem("binary")
    try:
        # the sniffed block may end inside a multi-byte character: allow that tail
        head.decode("utf-8") if len(head) < SNIFF_BYTES else _decode_prefix(head)
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def _decode_prefix(head: bytes) -> str:
    decoder = codecs.getincrementaldecoder("utf-8")()
    return decoder.decode(head, final=False)


def _control_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return controls / len(sample)


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most, equally many, fields."""
    lines = [line for line in _first_records(text, 20) if line.strip()]
    if not lines:
        raise ImportProblem("empty_file")
    best, best_score = ",", (0, 0)
    for d in DELIMITERS:
        # one text, not a list of lines: a record may hold a quoted line break
        try:
            counts = [len(row) for row in csv.reader(io.StringIO("\n".join(lines), newline=""), delimiter=d)]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        consistent = sum(1 for c in counts if c == counts[0])
        score = (consistent, counts[0])
        if score > best_score:
            best, best_score = d, score
    return best


def _first_records(text: str, n: int) -> list[str]:
    """Up to n complete CSV records (quoted line breaks kept inside their record)."""
    out, buf, quotes = [], [], 0
    for line in text.splitlines(keepends=True):
        buf.append(line)
        quotes += line.count('"')
        if quotes % 2 == 0:
            out.append("".join(buf).rstrip("\r\n"))
            buf, quotes = [], 0
            if len(out) >= n:
                break
    return out


def _first_rows(path: Path, delimiter: str, n: int = HEADER_SEARCH_ROWS) -> list[list[str]]:
    """The first ``n`` lines of a CSV as cells (one line per row: a title row above the
    header holds no quoted line break, and read_csv's skip counts lines)."""
    rows: list[list[str]] = []
    with path.open("r", encoding="utf-8", newline="", errors="replace") as f:
        for line in f:
            if len(rows) >= n:
                break
            try:
                cells = next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter), [])
            except csv.Error:
                cells = [line.rstrip("\r\n")]
            rows.append([c.strip().lstrip("\ufeff") for c in cells])
    if not any(any(c for c in row) for row in rows):
        raise ImportProblem("empty_file")
    return rows


# ---------------------------------------------------------------- the header row
def _hits(cells: Sequence[str], known: frozenset[str]) -> int:
    return len({header_key(c) for c in cells if c and header_key(c) in known})


def merge_two_rows(top: Sequence[str], bottom: Sequence[str], known: frozenset[str]) -> list[str]:
    """One header row from a header merged over two rows.

    A merged group cell ("Rating" over two columns) holds its text in its first
    column only: it stands over every column to its right with a sub-header,
    until the next top cell. Each column takes "<group> <sub-header>" if that is
    a known header, else the sub-header, else the top cell.
    """
    width = max(len(top), len(bottom))
    out, group = [], ""
    for j in range(width):
        t = top[j].strip() if j < len(top) else ""
        b = bottom[j].strip() if j < len(bottom) else ""
        if t:
            group = t
        parent = t or (group if b else "")
        if not b:
            out.append(t)
            continue
        candidates = [f"{parent} {b}".strip(), b, parent]
        chosen = next((c for c in candidates if c and header_key(c) in known), candidates[0])
        out.append(chosen)
    return out


def find_header(rows: Sequence[Sequence[str]], known: frozenset[str]) -> tuple[int, int, list[str]] | None:
    """(index of the header row, 1 or 2 rows, the headers) among the first rows, or None.

    The header is the row with the most known headers (the first such row on a
    tie); a pair of rows is taken for one header when merging them recognises
    more headers than either row alone.
    """
    best: tuple[int, int, int, list[str]] | None = None  # (hits, index, n_rows, headers)
    for i, row in enumerate(rows):
        one = _hits(row, known)
        candidates = [(one, 1, [c.strip() for c in row])]
        if i + 1 < len(rows):
            merged = merge_two_rows(row, rows[i + 1], known)
            two = _hits(merged, known)
            if two > one and two > _hits(rows[i + 1], known):
                candidates.append((two, 2, merged))
        for hits, n_rows, headers in candidates:
            if best is None or hits > best[0]:
                best = (hits, i, n_rows, headers)
    if best is None or best[0] < MIN_HEADER_HITS:
        return None
    hits, index, n_rows, headers = best
    while headers and not headers[-1]:
        headers.pop()
    return index, n_rows, headers


def _masked(cell: str) -> str:
    """A cell of a file's first rows for a message: long digit runs (NIPs) hidden, short."""
    text = re.sub(r"\d{6,}", "…", cell.strip())
    return text if len(text) <= 30 else text[:29] + "…"


def no_header_problem(
    rows: Sequence[Sequence[str]], known: frozenset[str], wanted: Sequence[str] = ()
) -> ImportProblem:
    """No row looks like a header: say what was looked for and what the first rows hold."""
    seen = []
    for i, row in enumerate(rows):
        cells = [_masked(c) for c in row if c and c.strip()]
        if cells:
            seen.append(f"baris {i + 1}: " + " | ".join(cells[:8]))
        if len(seen) == 3:
            break
    looked = (
        ", ".join(wanted)
        if wanted
        else "NIP / NIP BARU, NAMA, JABATAN NAMA, UNOR NAMA, TMT JABATAN, tahun, bulanMulaiPenilaian, hasilKinerjaNilai, namaKursus, jumlahJam"
    )
    return ImportProblem("no_header", looked_for=looked, seen="; ".join(seen) or "-")


def _tempfile(workdir, suffix: str) -> Path:
    fd, name = tempfile.mkstemp(prefix="asn-import-", suffix=suffix, dir=workdir)
    os.close(fd)
    return Path(name)


def _transcode(path: Path, encoding: str, workdir) -> Path:
    """Re-encode to UTF-8 in chunks (no BOM)."""
    out = _tempfile(workdir, ".csv")
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        with path.open("rb") as src, out.open("w", encoding="utf-8", newline="") as dst:
            first = True
            while chunk := src.read(CHUNK):
                text = decoder.decode(chunk)
                if first:
                    text = text.lstrip("\ufeff")
                    first = False
                dst.write(text)
            dst.write(decoder.decode(b"", final=True))
    except UnicodeDecodeError as exc:
        out.unlink(missing_ok=True)
        raise ImportProblem("bad_encoding", encoding=encoding) from exc
    return out


def mixed_newlines(path: Path) -> bool:
    """Does the file end some lines with CR LF and others with LF alone?"""
    crlf = lf = 0
    tail = b""
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            block = tail + chunk
            crlf += block.count(b"\r\n") - tail.count(b"\r\n")
            lf += block.count(b"\n") - tail.count(b"\n")
            tail = block[-1:]
            if crlf and lf > crlf:
                return True
    return bool(crlf) and lf > crlf


def with_plain_newlines(source: Source, workdir=None) -> Source:
    """A copy of ``source`` with every CR LF written as LF (DuckDB's reader wants one kind)."""
    out = _tempfile(workdir, ".csv")
    with source.path.open("rb") as src, out.open("wb") as dst:
        carry = b""
        while chunk := src.read(CHUNK):
            block = carry + chunk
            carry = b"\r" if block.endswith(b"\r") else b""
            dst.write(block[: len(block) - len(carry)].replace(b"\r\n", b"\n"))
        dst.write(carry)
    source.cleanup()
    return dataclasses.replace(source, path=out, temporary=True)


# ---------------------------------------------------------------- XLSX
def _cell_text(value) -> str:
    """An XLSX cell as the text a CSV export would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)  # 1.98507e+17 stays recognisable as a lost NIP
    return str(value)


def _xlsx(path: Path, sheet: str | None, workdir, known: frozenset[str]) -> Source:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
    except Exception as exc:
        raise ImportProblem("bad_xlsx") from exc
    names = list(book.sheet_names)
    if not names:
        raise ImportProblem("empty_file")
    chosen = sheet or names[0]
    if chosen not in names:
        raise ImportProblem("no_sheet", sheet=chosen, sheets=", ".join(names))
    rows = book.get_sheet_by_name(chosen).iter_rows()
    head: list[list[str]] = []
    for row in rows:
        head.append([_cell_text(v) for v in row])
        if len(head) >= HEADER_SEARCH_ROWS:
            break
    if not any(any(c.strip() for c in r) for r in head):
        raise ImportProblem("empty_file")
    found = find_header(head, known)
    if found is None:
        raise no_header_problem(head, known)
    index, n_rows, headers = found
    width = len(headers)
    out = _tempfile(workdir, ".csv")
    # empty rows and rows that look like totals wait until a data row follows: then they are
    # written in their place (row numbers stay the sheet's); at the end of the sheet, formatted
    # empty rows are dropped and totals rows ("JUMLAH ...") are skipped and reported
    pending: list[tuple[int, list[str] | None]] = []
    first_data = index + n_rows  # 0-based index of the first data row in the sheet

    def data_rows():
        yield from enumerate(head[first_data:], start=first_data)
        yield from enumerate(([_cell_text(v) for v in row] for row in rows), start=len(head))

    with out.open("w", encoding="utf-8", newline="") as dst:
        writer = csv.writer(dst)
        writer.writerow(headers)
        for i, cells in data_rows():
            cells = cells[:width] + [""] * (width - len(cells))
            if not any(c.strip() for c in cells):
                pending.append((i, None))
                continue
            if any(TOTALS.match(c) for c in cells if c):
                pending.append((i, cells))
                continue
            for _, waiting in pending:
                writer.writerow(waiting if waiting is not None else [""] * width)
            pending = []
            writer.writerow(cells)
    skipped = [(i + 1, "totals") for i, cells in pending if cells is not None]
    return Source(
        out,
        ",",
        headers,
        "xlsx",
        "xlsx",
        sheet=chosen,
        sheets=names,
        temporary=True,
        header_row=index + n_rows,
        header_rows=n_rows,
        skipped=skipped,
    )


def write_upload(data: bytes, suffix: str = "", workdir=None) -> Path:
    """Write uploaded bytes to a temporary file (DuckDB reads files, not buffers)."""
    out = _tempfile(workdir, suffix)
    with out.open("wb") as f:
        f.write(data)
    return out
