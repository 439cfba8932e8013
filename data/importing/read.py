"""Stage 1 of an import: bytes on disk -> a UTF-8 CSV DuckDB can stream.

:func:`open_source` detects the format (XLSX or delimited text), the text
encoding (UTF-8 with or without BOM, UTF-16, Windows-1252) and the delimiter
(comma, semicolon, tab, pipe), and returns a :class:`Source`: the path of a
UTF-8 CSV file, its delimiter and its header row. A UTF-8 CSV is used in place;
anything else is converted into a temporary file in chunks, so memory stays
flat for files of hundreds of megabytes.

Strict about text: the whole file is read once before anything else
(:func:`scan_text`): it is one encoding or it is refused with the row where
decoding fails (a UTF-8 row next to a Windows-1252 one is refused, not
decoded as either); a line longer than :data:`MAX_LINE_BYTES` or a header
wider than :data:`MAX_COLUMNS` is refused at once; control characters (NUL and
the other C0 characters but tab, CR and LF) are noted, and the cells holding
them refused with row and column (:mod:`~data.importing.validate`). An XLSX is
measured before it is opened (:func:`xlsx_guard`): more than
:data:`XLSX_MAX_ROWS` rows or :data:`XLSX_MAX_XML_BYTES` of unpacked sheet is
refused within seconds, so a zip bomb never reaches the reader.

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
import html
import io
import os
import re
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from data.importing.errors import ImportProblem
from data.importing.tables import header_key

DELIMITERS = [",", ";", "\t", "|"]
SNIFF_BYTES = 64 * 1024
CHUNK = 4 * 1024 * 1024
MAX_COLUMNS = 1000  # a header wider than this is refused before anything is read
MAX_LINE_BYTES = 1 << 20  # one line (1 MiB); DuckDB is given room for quoted line breaks
XLSX_MAX_ROWS = 500_000  # python-calamine holds a sheet in memory: beyond this, use CSV
XLSX_MAX_XML_BYTES = 512 << 20  # unpacked sheet + shared strings, counted as they unpack
TEMP_PREFIX = "asn-import-"  # + the pid: data.importing.temp sweeps those of dead processes
# C0 control characters other than tab, LF and CR: never text (a NUL in a name is corruption)
CONTROL_BYTES = tuple(bytes([b]) for b in range(32) if b not in (9, 10, 13))
_CONTROL_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
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
    controls: bool = False  # some cell holds a control character (validate says which)

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
    text_head = head.decode(encoding, errors="replace")
    delimiter = detect_delimiter(text_head)
    _refuse_wide(text_head, delimiter, path, encoding)  # at once: a 200,000-column header is not read on
    src_path, temporary, encoding, controls = scan_text(path, encoding, workdir)
    try:
        first_rows = _first_rows(src_path, delimiter)
        found = find_header(first_rows, known)
        if found is None:
            raise no_header_problem(first_rows, known)
    except ImportProblem:
        if temporary:
            src_path.unlink(missing_ok=True)
        raise
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
        controls=controls,
    )


def detect_encoding(head: bytes) -> str:
    """utf-8-sig, utf-16 (BOM or zero bytes), utf-8, else cp1252, from the first bytes;
    binary garbage is refused. :func:`scan_text` then holds the whole file to it."""
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
    if _control_share(sample) > 0.05:
        raise ImportProblem("binary")  # a stray NUL in text is refused later, with its row and column
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


def _refuse_wide(text_head: str, delimiter: str, path: Path | None = None, encoding: str = "utf-8") -> None:
    """A header row (among the first lines) wider than MAX_COLUMNS, seen in the first 64 KiB.
    A line that goes on past them is counted on to its end (delimiters, up to 16 MiB)."""
    lines = text_head.split("\n")[:HEADER_SEARCH_ROWS]
    for i, line in enumerate(lines, start=1):
        if line.count(delimiter) < MAX_COLUMNS:
            continue
        try:
            width = len(next(csv.reader([line.rstrip("\r")], delimiter=delimiter), []))
        except csv.Error:
            width = line.count(delimiter) + 1
        if width <= MAX_COLUMNS:
            continue
        count = _n(width)
        if i == len(lines) and path is not None and not encoding.startswith("utf-16"):
            rest = _rest_of_line(path, delimiter.encode())
            count = _n(width + rest) if rest >= 0 else f"{_n(width)}+"
        raise ImportProblem("too_many_columns", row=i, count=count, max=MAX_COLUMNS)


def _rest_of_line(path: Path, delimiter: bytes, limit: int = 16 << 20) -> int:
    """Delimiters between the first 64 KiB and the end of the line they end in (-1: past ``limit``)."""
    count = 0
    with path.open("rb") as f:
        f.seek(SNIFF_BYTES)
        read = 0
        while read < limit and (chunk := f.read(CHUNK)):
            end = chunk.find(b"\n")
            count += chunk.count(delimiter, 0, end if end >= 0 else len(chunk))
            if end >= 0:
                return count
            read += len(chunk)
    return count if read < limit else -1


def peek_headers(
    path: str | Path, *, sheet: str | None = None, known: Iterable[str] | None = None
) -> tuple[list[str], list[str]]:
    """(headers, sheets) of a file from its first bytes only: what the page needs to say
    what a file is before it is checked (the check reads all of it, :func:`open_source`).
    A CSV is judged by its first 64 KiB; an XLSX is measured (:func:`xlsx_guard`) and opened."""
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
        source = _xlsx(path, sheet, None, known)
        source.cleanup()
        return source.headers, source.sheets
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportProblem("xls_format")
    encoding = detect_encoding(head)
    text = head.decode(encoding, errors="replace").lstrip("\ufeff")
    delimiter = detect_delimiter(text)
    _refuse_wide(text, delimiter, path, encoding)
    lines = text.splitlines()
    if len(head) == SNIFF_BYTES and lines:
        lines = lines[:-1]  # the last line may go on past the first 64 KiB
    rows = []
    for line in lines[:HEADER_SEARCH_ROWS]:
        try:
            cells = next(csv.reader([line], delimiter=delimiter), [])
        except csv.Error:
            cells = [line]
        rows.append([c.strip() for c in cells])
    found = find_header(rows, known)
    if found is None:
        raise no_header_problem(rows, known)
    index, n_rows, headers = found
    if n_rows == 2:
        headers = [c.strip() for c in rows[index + 1]]
    return headers, []


# ---------------------------------------------------------------- the whole text
class _LineTooLong(Exception):
    def __init__(self, offset: int, length: int) -> None:
        super().__init__(offset, length)
        self.offset, self.length = offset, length


class _Lines:
    """The UTF-8 bytes of a text, chunk by chunk: is a control character in it, is a line
    longer than MAX_LINE_BYTES (raises _LineTooLong with the offset of that line)?
    Byte searches only (memchr): about 0.1 s for 365 MB."""

    def __init__(self) -> None:
        self.offset = 0  # bytes fed before the current chunk
        self.run = 0  # bytes of the line not yet ended
        self.controls = False

    def feed(self, chunk: bytes) -> None:
        if not self.controls and any(c in chunk for c in CONTROL_BYTES):
            self.controls = True
        self._lengths(chunk)
        self.offset += len(chunk)

    def _lengths(self, chunk: bytes) -> None:
        limit = MAX_LINE_BYTES
        first = chunk.find(b"\n")
        if first < 0:
            self.run += len(chunk)
            if self.run > limit:
                raise _LineTooLong(self.offset + len(chunk) - self.run, self.run)
            return
        if self.run + first > limit:
            raise _LineTooLong(self.offset - self.run, self.run + first)
        last = chunk.rfind(b"\n")
        if last - first > limit:
            # a line longer than the limit holds a whole window of half its size without a line break
            half = limit // 2
            for i in range(first, last, half):
                if chunk.find(b"\n", i, min(i + half, last)) >= 0:
                    continue
                start = chunk.rfind(b"\n", first, i) + 1
                end = chunk.find(b"\n", i + half)
                if end - start > limit:
                    raise _LineTooLong(self.offset + start, end - start)
        self.run = len(chunk) - last - 1


def scan_text(path: Path, encoding: str, workdir=None) -> tuple[Path, bool, str, bool]:
    """Read the whole file once: one encoding or refused; no over-long line.

    Returns (UTF-8 file to read, whether it is a temporary copy, the encoding, whether
    a control character is in it). A UTF-8 file is read in place; anything else is
    written as UTF-8 to a temporary file. A file whose first non-ASCII text is UTF-8
    must be UTF-8 to its end; a file whose first is not, is Windows-1252 and must hold
    no UTF-8 character (either way: refused with the row, "mixed_encoding").
    """
    if encoding in ("utf-8", "cp1252"):  # the first 64 KiB decide nothing: the first non-ASCII text does
        lines = _Lines()
        try:
            fallback = _check_utf8(path, lines)
        except _LineTooLong as long:
            raise _too_long(path, long, "utf-8") from None
        if not fallback:
            return path, False, "utf-8", lines.controls
        encoding = "cp1252"  # nothing before the first bad byte was UTF-8: a Windows-1252 file
    out, controls = _transcode(path, encoding, workdir)
    return out, True, encoding, controls


def _check_utf8(path: Path, lines: _Lines) -> bool:
    """True when the file is not UTF-8 and nothing before its first bad byte was either
    (then it is read as Windows-1252); raises ImportProblem for a file that is UTF-8 first
    and then not."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    multibyte = False  # a UTF-8 character beyond ASCII seen
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            pending = decoder.getstate()[0]
            if not pending and chunk.isascii():
                lines.feed(chunk)
                continue
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                bad = lines.offset - len(pending) + exc.start
                before = (pending + chunk)[: exc.start]
                if not multibyte and before.isascii():
                    return True
                raise ImportProblem(
                    "mixed_encoding",
                    row=_row_at(path, bad, "utf-8"),
                    byte=f"{(pending + chunk)[exc.start]:02X}",
                    first="UTF-8",
                    then="Windows-1252",
                ) from None
            multibyte = True
            lines.feed(chunk)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            if not multibyte:
                return True
            raise ImportProblem(
                "mixed_encoding", row=_row_at(path, lines.offset, "utf-8"), byte="-", first="UTF-8", then="-"
            ) from None
    return False


def _row_at(path: Path, offset: int, encoding: str) -> int:
    """The line (1 = the first) that byte ``offset`` of the file is on."""
    newlines = 0
    decoder = (
        codecs.getincrementaldecoder(encoding)(errors="replace") if encoding.startswith("utf-16") else None
    )
    with path.open("rb") as f:
        left = offset
        while left > 0 and (chunk := f.read(min(CHUNK, left))):
            left -= len(chunk)
            newlines += decoder.decode(chunk).count("\n") if decoder else chunk.count(b"\n")
    return newlines + 1


def _too_long(path: Path, long: _LineTooLong, encoding: str) -> ImportProblem:
    return ImportProblem(
        "line_too_long",
        row=_row_at(path, long.offset, encoding),
        length=f"{long.length:,}".replace(",", "."),
        max=f"{MAX_LINE_BYTES:,}".replace(",", "."),
    )


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
            if len(cells) > MAX_COLUMNS:
                raise ImportProblem(
                    "too_many_columns",
                    row=len(rows) + 1,
                    count=f"{len(cells):,}".replace(",", "."),
                    max=MAX_COLUMNS,
                )
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
    fd, name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=suffix, dir=workdir)
    os.close(fd)
    return Path(name)


def _transcode(path: Path, encoding: str, workdir) -> tuple[Path, bool]:
    """Re-encode to UTF-8 in chunks (no BOM), strictly: a byte the encoding does not have,
    or (Windows-1252) a UTF-8 character among its text, refuses the file with its row.
    Returns the copy and whether a control character is in it."""
    out = _tempfile(workdir, ".csv")
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    lines = _Lines()
    offset = 0  # bytes of the source read before the current chunk
    try:
        with path.open("rb") as src, out.open("wb") as dst:
            first = True
            while chunk := src.read(CHUNK):
                if encoding == "cp1252" and not chunk.isascii() and (m := _UTF8_MULTIBYTE.search(chunk)):
                    raise ImportProblem(
                        "mixed_encoding",
                        row=_row_at(path, offset + m.start(), encoding),
                        byte=m.group().hex(" ").upper(),
                        first="Windows-1252",
                        then="UTF-8",
                    )
                pending = decoder.getstate()[0]
                try:
                    text = decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    bad = offset + exc.start - len(pending)
                    raise ImportProblem(
                        "bad_byte",
                        row=_row_at(path, max(bad, 0), encoding),
                        byte=f"{exc.object[exc.start]:02X}",
                        encoding=_ENCODING_NAMES.get(encoding, encoding),
                    ) from None
                if first:
                    text = text.lstrip("\ufeff")
                    first = False
                data = text.encode("utf-8")
                dst.write(data)
                lines.feed(data)  # after the write: a problem's row is counted in the copy
                offset += len(chunk)
            try:
                tail = decoder.decode(b"", final=True).encode("utf-8")
            except UnicodeDecodeError:
                raise ImportProblem(
                    "bad_byte", row=_row_at(path, offset, encoding), byte="-",
                    encoding=_ENCODING_NAMES.get(encoding, encoding),
                ) from None  # fmt: skip
            dst.write(tail)
            lines.feed(tail)
    except _LineTooLong as long:
        problem = _too_long(out, long, "utf-8")  # the copy is closed (written) here
        out.unlink(missing_ok=True)
        raise problem from None
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return out, lines.controls


_ENCODING_NAMES = {"cp1252": "Windows-1252", "utf-16": "UTF-16", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16",
                   "utf-8-sig": "UTF-8", "utf-8": "UTF-8"}  # fmt: skip


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


_XML_SMALL = 8 << 20  # workbook.xml and its relationships: bigger is not a workbook
_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')
_REL_TAG = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_FAR_CELL = re.compile(rb'<(?:\w+:)?c r="([A-Z]{3,})([0-9]*)"')  # column AAA (703) or beyond
_HUGE_ROW = re.compile(rb' r="[A-Z]{0,3}[0-9]{7,}"')  # a row number of 1,000,000 or more
_ROW_OPEN = (b"<row ", b"<row>", b":row ")  # a row element (also with a namespace prefix)


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _small_part(z: zipfile.ZipFile, name: str) -> bytes:
    with z.open(name) as f:
        data = f.read(_XML_SMALL + 1)
    if len(data) > _XML_SMALL:
        raise ImportProblem("bad_xlsx")
    return data


def _sheet_parts(z: zipfile.ZipFile) -> dict[str, str]:
    """{sheet name: its part in the zip} from workbook.xml and its relationships ({} if unreadable)."""
    names = set(z.namelist())
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return {}
    targets = {}
    for tag in _REL_TAG.findall(_small_part(z, "xl/_rels/workbook.xml.rels")):
        attrs = dict(_ATTR.findall(tag))
        target = attrs.get(b"Target", b"").decode("utf-8", "replace")
        targets[attrs.get(b"Id", b"")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    parts = {}
    for tag in _SHEET_TAG.findall(_small_part(z, "xl/workbook.xml")):
        attrs = dict(_ATTR.findall(tag))
        rid = next((v for k, v in attrs.items() if k.endswith(b":id")), b"")
        name = html.unescape(attrs.get(b"name", b"").decode("utf-8", "replace"))
        if rid in targets:
            parts[name] = targets[rid]
    return parts


def _unpacked(z: zipfile.ZipFile, name: str, budget: int, sheet: str = "") -> tuple[int, int]:
    """(bytes, rows) of a part as it unpacks; refused as soon as it passes ``budget`` bytes,
    XLSX_MAX_ROWS rows or MAX_COLUMNS columns (a zip bomb stops here within seconds)."""
    size = rows = 0
    tail = b""
    with z.open(name) as f:
        while chunk := f.read(1 << 20):
            size += len(chunk)
            if size > budget:
                raise ImportProblem("xlsx_too_big", sheet=sheet or name, rows=_n(XLSX_MAX_ROWS),
                                    mb=XLSX_MAX_XML_BYTES >> 20)  # fmt: skip
            if not sheet:
                continue
            block = tail + chunk
            rows += sum(block.count(t) - tail.count(t) for t in _ROW_OPEN)
            if rows > XLSX_MAX_ROWS or _HUGE_ROW.search(block):
                raise ImportProblem(
                    "xlsx_too_big", sheet=sheet, rows=_n(XLSX_MAX_ROWS), mb=XLSX_MAX_XML_BYTES >> 20
                )
            for m in _FAR_CELL.finditer(block):
                if _column_number(m.group(1)) > MAX_COLUMNS:
                    raise ImportProblem(
                        "too_many_columns", row=int(m.group(2) or 0) or "?",
                        count=f"{_column_number(m.group(1)):,}".replace(",", "."), max=MAX_COLUMNS,
                    )  # fmt: skip
            tail = block[-32:]
    return size, rows


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def xlsx_guard(path: Path, sheet: str | None) -> None:
    """Measure an XLSX before python-calamine opens it (it holds the shared strings and
    the whole sheet in memory): the shared strings and the sheet to read (every sheet
    when the workbook does not say which part is which) are unpacked as a stream and
    counted, never kept."""
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportProblem("bad_xlsx") from exc
    try:
        with z:
            names = set(z.namelist())
            budget = XLSX_MAX_XML_BYTES
            if "xl/sharedStrings.xml" in names:
                budget -= _unpacked(z, "xl/sharedStrings.xml", budget)[0]
            parts = _sheet_parts(z)
            chosen = sheet if sheet is not None else next(iter(parts), None)
            if chosen in parts and parts[chosen] in names:
                _unpacked(z, parts[chosen], budget, sheet=chosen)
                return
            for name in sorted(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")):
                _unpacked(z, name, budget, sheet=chosen or name)
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, NotImplementedError) as exc:
        raise ImportProblem("bad_xlsx") from exc


def _xlsx(path: Path, sheet: str | None, workdir, known: frozenset[str]) -> Source:
    from python_calamine import CalamineWorkbook

    xlsx_guard(path, sheet)
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
    for i, r in enumerate(head, start=1):
        while r and not r[-1]:
            r.pop()  # a formatted empty cell far right is no column
        if len(r) > MAX_COLUMNS:
            raise ImportProblem("too_many_columns", row=i, count=_n(len(r)), max=MAX_COLUMNS)
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

    controls = False
    try:
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
                controls = controls or bool(_CONTROL_TEXT.search("".join(cells)))
    except BaseException:
        out.unlink(missing_ok=True)
        raise
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
        controls=controls,
    )


def write_upload(data: bytes, suffix: str = "", workdir=None) -> Path:
    """Write uploaded bytes to a temporary file (DuckDB reads files, not buffers)."""
    out = _tempfile(workdir, suffix)
    with out.open("wb") as f:
        f.write(data)
    return out
