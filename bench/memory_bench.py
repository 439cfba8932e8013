"""Import memory: peak RSS and time of ``python -m data.load`` on inputs nobody here wrote.

Issue #12 measured the CLI past 6 GB on a 1.7 MB CSV with a 200,000-column
header, 4.3 GB on a 230 MB employees export and 1.3 GB / 73 s on a 2.3 MB
XLSX zip bomb. Each case here is run as its own ``python -m data.load --dry-run``
process, its peak RSS read from the kernel (``bench/peak.py``) and its time measured:

- **wide header**: a CSV whose header has 200,000 columns (refused at once);
- **employees export**: a SIASN "Data PNS" CSV of about 230 MB (``--employees-mb``),
  posts and units by name, twelve columns nobody maps (checked in full);
- **XLSX zip bomb**: one sheet of 1,000,000 identical rows, a few MB zipped (refused);
- **over-long line**: a 3 MB line in a small CSV (refused with its row).

Targets: peak RSS ≤ 1.5 GB for the employees export, every refusal within a
few seconds. Run on its own (``python bench/memory_bench.py``) or from
``bench/benchmark.py --memory``.

``--demo SCALE`` instead measures the demo build, ``python -m data.demo --scale SCALE``
(issue #13: peak RSS ≤ 4 GB up to scale 10, ≤ 8 GB at scale 60): time, peak RSS, file
size and the load average it ran under (the build keeps the file only with ``--keep``).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402
from peak import run_peak  # noqa: E402

PEAK_TARGET_MB = 1536  # the employees export
REFUSE_TARGET_S = 5.0  # a file refused as a whole

DATA_PNS = [
    "NO", "PNS ID", "NIP BARU", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TANGGAL LAHIR", "JENIS KELAMIN",
    "JENIS PEGAWAI", "GOL AKHIR NAMA", "TMT CPNS", "JENIS JABATAN NAMA", "JABATAN NAMA", "TMT JABATAN",
    "ESELON NAMA", "TINGKAT PENDIDIKAN NAMA", "PENDIDIKAN NAMA", "UNOR NAMA", "INSTANSI KERJA NAMA",
]  # fmt: skip
EXTRA = [  # columns an export carries and nothing maps: they are read past, never kept
    "ALAMAT", "NOMOR HP", "EMAIL", "NIK", "NPWP", "AGAMA NAMA", "STATUS PERKAWINAN", "KPKN NAMA",
    "LOKASI KERJA NAMA", "MASA KERJA", "CATATAN", "SATUAN KERJA INDUK NAMA",
]  # fmt: skip


def write_employees(path: Path, target_mb: float) -> int:
    """A Data PNS export of about ``target_mb`` MB (comma-separated, quoted where needed)."""
    row_bytes = 520  # measured for the row below
    rows = max(1000, int(target_mb * 1e6 / row_bytes))
    con = duckdb.connect()
    select = f"""
        select i + 1 as "NO", 'P' || lpad(i::varchar, 9, '0') as "PNS ID",
            strftime(date '1970-01-01' + (i % 9000)::int, '%Y%m%d') || '2001' || lpad((1 + i % 12)::varchar, 2, '0')
                || (1 + i % 2)::varchar || lpad((i // 9000 % 1000)::varchar, 3, '0') as "NIP BARU",
            'Pegawai Uji Nomor ' || i as "NAMA", '' as "GELAR DEPAN", 'S.Kom.' as "GELAR BELAKANG",
            strftime(date '1970-01-01' + (i % 9000)::int, '%d-%m-%Y') as "TANGGAL LAHIR",
            case i % 2 when 0 then 'Laki-laki' else 'Perempuan' end as "JENIS KELAMIN",
            'PNS' as "JENIS PEGAWAI", 'III/a' as "GOL AKHIR NAMA", '' as "TMT CPNS",
            'Pelaksana' as "JENIS JABATAN NAMA", 'Pengadministrasi Umum ' || (i % 400) as "JABATAN NAMA",
            '01-03-2021' as "TMT JABATAN", '' as "ESELON NAMA", 'S-1' as "TINGKAT PENDIDIKAN NAMA",
            'S-1 Administrasi Publik' as "PENDIDIKAN NAMA", 'Dinas Uji ' || (i % 40) as "UNOR NAMA",
            'Pemerintah Kota Uji Memori' as "INSTANSI KERJA NAMA",
            'Jalan Pahlawan Nomor ' || i || ', RT 01 RW 02, Kelurahan Uji, Kecamatan Uji' as "ALAMAT",
            '0812' || lpad(i::varchar, 8, '0') as "NOMOR HP", 'pegawai' || i || '@example.go.id' as "EMAIL",
            lpad(i::varchar, 16, '3') as "NIK", lpad(i::varchar, 15, '9') as "NPWP", 'Islam' as "AGAMA NAMA",
            'Kawin' as "STATUS PERKAWINAN", 'KPPN Uji' as "KPKN NAMA", 'Kota Uji Memori' as "LOKASI KERJA NAMA",
            (i % 30)::varchar || ' tahun' as "MASA KERJA", 'Catatan pegawai uji untuk mengukur memori impor' as "CATATAN",
            'Sekretariat Daerah Kota Uji Memori' as "SATUAN KERJA INDUK NAMA"
        from range({rows}) t(i)
    """  # fmt: skip
    con.execute(f"copy ({select}) to '{path}' (header, delimiter ',')")
    con.close()
    return rows


def write_wide(path: Path, columns: int = 200_000) -> None:
    known = [
        "NIP",
        "Periode",
        "Awal Periode",
        "Akhir Periode",
        "Rating Hasil Kerja",
        "Rating Perilaku",
        "Nilai",
    ]
    header = ",".join(known + [f"kolom{i}" for i in range(columns)])
    row = ",".join(
        ["199001012015031000", "bulanan", "2023-01-01", "2023-01-31", "1", "1", "80"] + [""] * columns
    )
    path.write_text(header + "\n" + row + "\n", encoding="utf-8")


def write_long_line(path: Path, length: int = 3_000_000) -> None:
    header = "NIP,Periode,Awal Periode,Akhir Periode,Rating Hasil Kerja,Rating Perilaku,Nilai\n"
    ok = "199001012015031000,bulanan,2023-01-01,2023-01-31,1,1,80\n"
    path.write_text(
        header + ok * 10 + "199001012015031000,bulanan," + "x" * length + ",,,,\n", encoding="utf-8"
    )


def write_zip_bomb(path: Path, rows: int = 1_000_000) -> None:
    """An XLSX whose one sheet repeats the same row ``rows`` times: without cell references
    the rows are identical bytes, and the sheet zips to about 2 MB."""
    headers = [
        "NIP",
        "Periode",
        "Awal Periode",
        "Akhir Periode",
        "Rating Hasil Kerja",
        "Rating Perilaku",
        "Nilai",
    ]
    values = ["199001012015031000", "bulanan", "2023-01-01", "2023-01-31", "1", "1", "80"]
    strings = headers + values
    shared = "".join(f"<si><t>{v}</t></si>" for v in strings)

    def row_xml(first: int) -> bytes:
        cells = "".join(f'<c t="s"><v>{first + j}</v></c>' for j in range(len(headers)))
        return f"<row>{cells}</row>".encode()

    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr(
            "[Content_Types].xml",
            (
                '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
                f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/>'
                f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/></Types>'
            ),
        )
        z.writestr(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}">'
            '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        )
        z.writestr(
            "xl/sharedStrings.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><sst {ns} count="{len(strings)}" '
            f'uniqueCount="{len(strings)}">{shared}</sst>',
        )
        with z.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>'.encode())
            sheet.write(row_xml(0))
            block = row_xml(len(headers)) * 10_000
            for _ in range(rows // 10_000):
                sheet.write(block)
            sheet.write(b"</sheetData></worksheet>")


def measure(args: list[str], *, timeout: float = 600) -> tuple[float, float, int, str]:
    """(seconds, peak RSS in MB, exit code, last line of output) of ``python -m data.load ARGS``."""
    code, out, seconds, peak = run_peak([sys.executable, "-m", "data.load", *args], cwd=ROOT, timeout=timeout)
    lines = [line for line in out.splitlines() if line.strip()]
    return seconds, peak, code, (lines[-1] if lines else "")


def new_db(path: Path) -> None:
    subprocess.run([sys.executable, "-m", "data.load", "--new-db", "--db", str(path)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip


def run(employees_mb: float = 230, workdir: Path | None = None) -> list[list[str]]:
    """Rows of a printable table: case, input size, seconds, peak RSS, exit code, verdict."""
    out = []
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        tmp = Path(tmp)
        db = tmp / "memory.duckdb"
        new_db(db)
        cases = []
        wide = tmp / "wide_header.csv"
        write_wide(wide)
        cases.append(("wide header (200,000 columns)", wide, True))
        long_line = tmp / "long_line.csv"
        write_long_line(long_line)
        cases.append(("over-long line (3 MB)", long_line, True))
        bomb = tmp / "zip_bomb.xlsx"
        write_zip_bomb(bomb)
        cases.append(("XLSX zip bomb (1,000,000 rows)", bomb, True))
        employees = tmp / "data_pns.csv"
        write_employees(employees, employees_mb)
        cases.append(("employees export (Data PNS)", employees, False))
        for what, path, refused in cases:
            seconds, peak, code, last = measure([str(path), "--db", str(db), "--dry-run"])
            if refused:
                verdict = (
                    "ok" if code != 0 and seconds <= REFUSE_TARGET_S else "SLOW" if code else "NOT REFUSED"
                )
            else:
                verdict = "ok" if code == 0 and peak <= PEAK_TARGET_MB else "OVER" if code == 0 else "FAILED"
            size = path.stat().st_size / 1e6
            out.append([what, f"{size:.1f}", f"{seconds:.1f}", f"{peak:.0f}", str(code), verdict, last[:90]])
    return out


def demo_target_mb(scale: float) -> int:
    """Issue #13's bound on the demo build's peak RSS: 4 GB up to scale 10, 8 GB at 60."""
    return 4096 if scale <= 10 else 8192


def demo(
    scale: float, *, keep: Path | None = None, workdir: Path | None = None, timeout: float = 4 * 3600
) -> dict:
    """Time, peak RSS (MB), file size (MB) and load average of ``python -m data.demo --scale``."""
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        db = keep or Path(tmp) / "demo.duckdb"
        load_before = os.getloadavg()[0]
        code, out, seconds, peak = run_peak(
            [sys.executable, "-m", "data.demo", "--scale", str(scale), "--db", str(db)],
            cwd=ROOT,
            timeout=timeout,
        )
        size = db.stat().st_size / 1e6 if db.exists() else float("nan")
    target = demo_target_mb(scale)
    return {
        "scale": scale,
        "exit": code,
        "seconds": round(seconds, 1),
        "peak_mb": round(peak),
        "size_mb": round(size, 1),
        "load": (round(load_before, 1), round(os.getloadavg()[0], 1)),
        "target_mb": target,
        "verdict": "ok" if code == 0 and peak <= target else "OVER" if code == 0 else "FAILED",
        "last": [line for line in out.splitlines() if line.strip()][-1:] if code else [],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--employees-mb", type=float, default=230)
    ap.add_argument(
        "--demo", type=float, default=None, metavar="SCALE", help="measure the demo build instead"
    )
    ap.add_argument("--keep", type=Path, default=None, help="with --demo: where to keep the built file")
    args = ap.parse_args(argv)
    if args.demo is not None:
        print(demo(args.demo, keep=args.keep))
        return 0
    rows = run(args.employees_mb)
    head = ["case", "MB", "s", "peak MB", "exit", "verdict", "last line"]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    for r in [head, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
