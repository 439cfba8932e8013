"""Stage 1 of an import: bytes on disk -> a UTF-8 CSV DuckDB can stream.

:func:`open_source` detects the format (XLSX or delimited text), the text
encoding (UTF-8 with or without BOM, UTF-16, Windows-1252) and the delimiter
(comma, semicolon, tab, pipe), and returns a :class:`Source`: the path of a
UTF-8 CSV file, its delimiter and its header row. A UTF-8 CSV is used in place;
anything else is converted into a temporary file in chunks, so memory stays
flat for files of hundreds of megabytes.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from data.importing.errors import ImportProblem

DELIMITERS = [",", ";", "\t", "|"]
SNIFF_BYTES = 64 * 1024
CHUNK = 4 * 1024 * 1024


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

    def cleanup(self) -> None:
        if self.temporary:
            self.path.unlink(missing_ok=True)


def open_source(path: str | Path, *, sheet: str | None = None, workdir: str | Path | None = None) -> Source:
    """Detect format, encoding and delimiter of the file at ``path``."""
    path = Path(path)
    with path.open("rb") as f:
        head = f.read(SNIFF_BYTES)
    if not head.strip(b"\r\n\t \xef\xbb\xbf\xff\xfe\x00"):
        raise ImportProblem("empty_file")
    if head.startswith(b"PK\x03\x04"):
        return _xlsx(path, sheet, workdir)
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
    headers = _header_row(src_path, delimiter)
    return Source(src_path, delimiter, headers, encoding, "csv", temporary=temporary)


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


def _header_row(path: Path, delimiter: str) -> list[str]:
    with path.open("r", encoding="utf-8", newline="", errors="replace") as f:
        for row in csv.reader(f, delimiter=delimiter):
            if any(cell.strip() for cell in row):
                return [cell.strip().lstrip("\ufeff") for cell in row]
    raise ImportProblem("empty_file")


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
    return Source(
        out, source.delimiter, source.headers, source.encoding, source.kind, source.sheet, source.sheets, True
    )


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


def _xlsx(path: Path, sheet: str | None, workdir) -> Source:
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
    out = _tempfile(workdir, ".csv")
    headers: list[str] | None = None
    empty_rows = 0  # written only when a row with data follows: formatted empty rows at the end are dropped
    with out.open("w", encoding="utf-8", newline="") as dst:
        writer = csv.writer(dst)
        for row in book.get_sheet_by_name(chosen).iter_rows():
            cells = [_cell_text(v) for v in row]
            if headers is None:
                if not any(c.strip() for c in cells):
                    continue
                while cells and not cells[-1].strip():
                    cells.pop()
                headers = [c.strip() for c in cells]
            elif not any(c.strip() for c in cells[: len(headers)]):
                empty_rows += 1
                continue
            for _ in range(empty_rows):
                writer.writerow([""] * len(headers))
            empty_rows = 0
            writer.writerow(cells[: len(headers)] + [""] * (len(headers) - len(cells)))
    if headers is None:
        out.unlink(missing_ok=True)
        raise ImportProblem("empty_file")
    return Source(out, ",", headers, "xlsx", "xlsx", sheet=chosen, sheets=names, temporary=True)


def write_upload(data: bytes, suffix: str = "", workdir=None) -> Path:
    """Write uploaded bytes to a temporary file (DuckDB reads files, not buffers)."""
    out = _tempfile(workdir, suffix)
    with out.open("wb") as f:
        f.write(data)
    return out
