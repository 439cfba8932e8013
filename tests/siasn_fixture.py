"""A region that is not in the demo, built only from SIASN-style exports.

Pemerintah Kota Bukittinggi (the people are invented): eleven ASN in six units,
as its BKPSDM would download them from SIASN:

* ``data_pns.xlsx``: Data PNS with the report's title rows above the header, a
  post name with a line break inside its cell, one employee without a post, a
  NIP whose birth date and one whose sex digit disagree with the stated ones,
  one study programme no keyword maps, and a totals row at the end;
* ``riwayat_kinerja.csv``: monthly SKP ratings (web-service field names, ratings
  as SIASN's words and codes, a kuadran, no score) for 2024 and January-June 2025;
* ``riwayat_kursus.csv``: courses (web-export headers, Indonesian dates and
  decimal comma, jenis diklat as names) and ``riwayat_diklat.csv``: a structural
  diklat by ``latihanStrukturalId``;
* ``riwayat_jabatan.csv``: post histories, which become placements.

Numbers worked out by hand from these rows (asserted in tests/test_siasn_region.py):

* 11 employees: 8 PNS, 3 PPPK; one (Tono) without a post.
* Evaluations 2025 (Jan-Jun, 11 people = 66): all Baik but Joko's March 2025,
  Sangat Kurang (Di Bawah / Di Bawah) -> share Baik or better 65/66.
  2024 (12 months x 11 = 132): Hendra Sangat Baik all year (12), Rizal Butuh
  Perbaikan Jan-Jun (6), the rest Baik -> Baik or better 126/132, Sangat Baik 12/132.
* 20 JP in 2025 among the 8 PNS: Hendra 24, Ani 12 + 10, Sri 40, Maya 20 reach it;
  Rizal 8, Doni 19,5, Joko and Tono 0 do not -> 4/8.
* Moves (not appointments) in 2024-2025: Doni mutasi 2024-07-01 (Diskominfo ->
  Badan Keuangan Daerah), Rizal rotasi 2025-01-02 (within Kecamatan Guguk
  Panjang); earlier: Hendra promosi 2015 and 2020, Joko promosi 2016 and rotasi
  2022, Rizal mutasi 2019, Maya promosi 2020, Ani promosi 2021.
  Appointments: one per history (6).
* Retirement (BUP): Hendra (JPT Pratama, 60) on 2028-03-15, Sri (pelaksana, 58)
  on 2027-11-20; everyone else after 2033.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

AGENCY = "Pemerintah Kota Bukittinggi"
REGION_ID = "KOTA-BUKITTINGGI"  # the stable id made from AGENCY
DINKES = "Dinas Kesehatan"
KECAMATAN = "Kecamatan Guguk Panjang"
BKD = "Badan Keuangan Daerah"
BKPSDM = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
KOMINFO = "Dinas Komunikasi dan Informatika"
SDN = "SD Negeri 01 Bukittinggi"


@dataclass(frozen=True)
class Person:
    nip: str
    name: str
    born: str  # as the export writes it (dd-mm-yyyy); may disagree with the NIP on purpose
    sex: str  # as exported: M / F / Laki-laki / Perempuan
    type: str  # JENIS PEGAWAI
    gol: str
    jenis: str  # JENIS JABATAN NAMA
    post: str  # JABATAN NAMA ("" = no post)
    unit: str
    eselon: str
    level: str  # TINGKAT PENDIDIKAN NAMA
    programme: str  # PENDIDIKAN NAMA
    tmt_post: str
    tmt_cpns: str
    pns_id: str

    @property
    def pns(self) -> bool:
        return self.type.startswith("PNS")


PNS_KAB = "PNS Daerah Kab./Kota yang bekerja pada Kab./Kota"
STRUKTURAL, FUNGSIONAL, PELAKSANA = (
    "Jabatan Struktural",
    "Jabatan Fungsional Tertentu",
    "Jabatan Fungsional Umum",
)

PEOPLE = [
    Person("196803152000031001", "Hendra Saputra", "15-03-1968", "M", PNS_KAB, "IV/c", STRUKTURAL,
           "Kepala Dinas Kesehatan", DINKES, "II.b", "S-2", "S-2 Kesehatan Masyarakat", "02-01-2020",
           "01-03-2000", "A5EB03E2-0001"),
    Person("198502022010012002", "Ani Rahmawati", "02-02-1985", "F", PNS_KAB, "III/c", FUNGSIONAL,
           "Perawat Ahli Muda", DINKES, "NON", "S-1", "S-1 Keperawatan", "01-03-2021", "01-01-2010",
           "A5EB03E2-0002"),
    Person("199003032015031003", "Rizal Fahmi", "03-03-1990", "Laki-laki", PNS_KAB, "II/c", PELAKSANA,
           "Pengelola Layanan Kependudukan", KECAMATAN, "", "SLTA/SMA Sederajat", "SMA IPS", "02-01-2025",
           "01-03-2015", "A5EB03E2-0003"),
    Person("196911202000032004", "Sri Wahyuni", "20-11-1969", "P", PNS_KAB, "III/d", PELAKSANA,
           "Pengelola Keuangan", BKD, "", "D-III", "D-III Akuntansi", "01-01-2018", "01-03-2000",
           "A5EB03E2-0004"),
    Person("197506152003121005", "Joko Prasetyo", "15-06-1975", "M", PNS_KAB, "III/d", STRUKTURAL,
           "Camat Guguk Panjang", KECAMATAN, "III.a", "S-1", "S-1 Ilmu Pemerintahan", "01-07-2022",
           "01-12-2003", "A5EB03E2-0005"),
    # the NIP says born 1988-11-11; the export says 1989 (a warning, not a refusal)
    Person("198811112014022006", "Maya Sari", "11-11-1989", "F", PNS_KAB, "III/a", FUNGSIONAL,
           "Analis Sumber Daya Manusia\nAparatur  Ahli Pertama", BKPSDM, "", "S-1", "S-1 Psikologi",
           "01-02-2020", "01-02-2014", "A5EB03E2-0006"),
    Person("199205052019031007", "Doni Kurniawan", "05-05-1992", "M", PNS_KAB, "III/a", FUNGSIONAL,
           "Pranata Komputer Ahli Pertama", BKD, "", "S-1", "S-1 Teknik Informatika", "01-07-2024",
           "01-03-2019", "A5EB03E2-0007"),
    # no post (JABATAN NAMA empty): an employee without a post, in a unit; a programme no keyword maps
    Person("199808082020121011", "Tono Hidayat", "08-08-1998", "M", PNS_KAB, "II/a", PELAKSANA, "", BKD, "",
           "S-1", "S-1 Ilmu Kelautan", "", "01-12-2020", "A5EB03E2-0011"),
    Person("199507072022212008", "Lina Marlina", "07-07-1995", "F", "PPPK", "IX", FUNGSIONAL,
           "Guru Ahli Pertama", SDN, "", "S-1", "S-1 Pendidikan Guru Sekolah Dasar", "01-02-2022",
           "01-02-2022", "A5EB03E2-0008"),
    Person("199112122023212009", "Rina Oktaviani", "12-12-1991", "F", "PPPK", "IX", FUNGSIONAL,
           "Perawat Ahli Pertama", DINKES, "", "S-1", "S-1 Keperawatan", "01-12-2023", "01-12-2023",
           "A5EB03E2-0009"),
    # the NIP's sex digit is 1 (male); the export says Perempuan (a warning)
    Person("199404042023211010", "Bayu Pratama", "04-04-1994", "Perempuan", "PPPK", "V", PELAKSANA,
           "Pengadministrasi Umum", KOMINFO, "", "SLTA/SMA Sederajat", "SMK Teknik Komputer dan Jaringan",
           "01-12-2023", "01-12-2023", "A5EB03E2-0010"),
]  # fmt: skip
BY_NAME = {p.name.split()[0]: p for p in PEOPLE}

DATA_PNS_HEADERS = [
    "NO", "PNS ID", "NIP BARU", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TANGGAL LAHIR", "JENIS KELAMIN",
    "JENIS PEGAWAI", "GOL AKHIR NAMA", "TMT CPNS", "JENIS JABATAN NAMA", "JABATAN NAMA", "TMT JABATAN",
    "ESELON NAMA", "TINGKAT PENDIDIKAN NAMA", "PENDIDIKAN NAMA", "UNOR NAMA", "INSTANSI KERJA NAMA",
    "SATUAN KERJA KERJA NAMA",
]  # fmt: skip


def data_pns_xlsx() -> bytes:
    """The Data PNS as a BKPSDM saves it: title rows, the header, the rows, a totals row."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Data PNS"
    sheet.append(["DAFTAR NOMINATIF APARATUR SIPIL NEGARA"])
    sheet.append([AGENCY.upper()])
    sheet.append(["Keadaan per 30-06-2025"])
    sheet.append([])
    sheet.append(DATA_PNS_HEADERS)
    for i, p in enumerate(PEOPLE, start=1):
        sheet.append(
            [i, p.pns_id, "'" + p.nip, p.name, "", "", p.born, p.sex, p.type, p.gol, p.tmt_cpns, p.jenis, p.post,
             p.tmt_post, p.eselon, p.level, p.programme, p.unit, AGENCY, "Sekretariat Daerah"]
        )  # fmt: skip
    sheet.append(["JUMLAH", f"{len(PEOPLE)} orang"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- kinerja
WORDS = {1: "DIATAS ESPEKTASI", 2: "Sesuai Ekspektasi", 3: "DIBAWAH EKSPEKTASI"}


def _ratings(first: str, year: int, month: int) -> tuple[int, int]:
    if first == "Hendra" and year == 2024:
        return 1, 1  # Sangat Baik
    if first == "Rizal" and year == 2024 and month <= 6:
        return 3, 2  # Butuh Perbaikan
    if first == "Joko" and (year, month) == (2025, 3):
        return 3, 3  # Sangat Kurang
    return 2, 2  # Baik


def riwayat_kinerja_csv() -> bytes:
    """Monthly SKP ratings as SIASN's web service names them; ratings as words for some
    people and codes for others; the kuadran (predikat) as SIASN computes it; no score."""
    from analytics.reference import predikat

    lines = ["nipBaru,tahun,bulanMulaiPenilaian,bulanSelesaiPenilaian,hasilKinerjaNilai,perilakuKerjaNilai,"
             "kuadranKinerjaNilai,penilaiNipNrp"]  # fmt: skip
    for i, p in enumerate(PEOPLE):
        first = p.name.split()[0]
        for year, months in ((2024, range(1, 13)), (2025, range(1, 7))):
            for m in months:
                hk, pk = _ratings(first, year, m)
                rate = (WORDS[hk], WORDS[pk]) if i % 2 == 0 else (str(hk), str(pk))
                lines.append(
                    f"{p.nip},{year},{m},{m},{rate[0]},{rate[1]},{predikat(hk, pk)},196803152000031001"
                )
    return ("\n".join(lines) + "\n").encode()


# ---------------------------------------------------------------- training
COURSES = [
    # NIP BARU; NAMA KURSUS; JENIS DIKLAT; TANGGAL KURSUS; TANGGAL SELESAI KURSUS; JUMLAH JAM; INSTITUSI
    ("Hendra", "Bimbingan Teknis Penyusunan Renstra", "Bimbingan Teknis", "10-02-2025", "13-02-2025", "24", "BPSDM Sumbar"),
    ("Ani", "Pelatihan Pelayanan Prima", "Diklat Teknis", "03-03-2025", "04-03-2025", "12", "BKPSDM"),
    ("Ani", "Seminar Keselamatan Pasien", "Seminar", "20-05-2025", "20-05-2025", "10", "RSUD"),
    ("Rizal", "Sosialisasi Aplikasi SIAK", "Sosialisasi", "07-04-2025", "07-04-2025", "8", "Disdukcapil"),
    ("Sri", "Pelatihan Pengelolaan Keuangan Daerah", "Diklat Teknis", "12-05-2025", "16-05-2025", "40", "BPKP"),
    ("Maya", "Bimbingan Teknis Analisis Jabatan", "8", "02-06-2025", "04-06-2025", "20", "BKN"),
    ("Doni", "Pelatihan Keamanan Informasi", "E-Learning", "14-04-2025", "30-04-2025", "19,5", "BSSN"),
    ("Hendra", "Seminar Kesehatan Masyarakat", "Seminar", "15-08-2024", "15-08-2024", "6", "Dinkes Provinsi"),
    ("Lina", "Pelatihan Kurikulum Merdeka", "Diklat Fungsional", "01-07-2025", "05-07-2025", "32", "LPMP"),
]  # fmt: skip


def riwayat_kursus_csv() -> bytes:
    """Courses with the web export's upper-case headers, ; and Indonesian dates and numbers."""
    lines = ["NIP BARU;NAMA KURSUS;JENIS DIKLAT;TANGGAL KURSUS;TANGGAL SELESAI KURSUS;JUMLAH JAM;"
             "INSTITUSI PENYELENGGARA"]  # fmt: skip
    for first, title, jenis, start, end, jp, provider in COURSES:
        lines.append(";".join([BY_NAME[first].nip, title, jenis, start, end, jp, provider]))
    return ("\n".join(lines) + "\n").encode("cp1252")


def riwayat_diklat_csv() -> bytes:
    """A structural diklat (Diklatpim III = latihanStrukturalId 3) by the web service's names."""
    return (
        "nipBaru,latihanStrukturalId,tahun,tanggal,tanggalSelesai,jumlahJam,nomor\n"
        f"{BY_NAME['Joko'].nip},3,2016,04-04-2016,29-07-2016,360,DIKLATPIM/III/2016/014\n"
    ).encode()


# ---------------------------------------------------------------- post histories
HISTORY = [
    # first name, tmtJabatan, jenisJabatan, unorNama, jabatanNama, eselonId
    ("Hendra", "01-03-2000", "4", "Puskesmas Mandiangin", "Pengelola Data", ""),
    ("Hendra", "01-01-2015", "1", DINKES, "Kepala Bidang Pelayanan Kesehatan", "31"),
    ("Hendra", "02-01-2020", "1", DINKES, "Kepala Dinas Kesehatan", "22"),
    ("Ani", "01-01-2010", "2", DINKES, "Perawat Ahli Pertama", ""),
    ("Ani", "01-03-2021", "2", DINKES, "Perawat Ahli Muda", ""),
    ("Rizal", "01-03-2015", "4", DINKES, "Pengadministrasi Umum", ""),
    ("Rizal", "01-04-2019", "4", KECAMATAN, "Pengadministrasi Umum", ""),
    ("Rizal", "02-01-2025", "4", KECAMATAN, "Pengelola Layanan Kependudukan", ""),
    ("Joko", "01-12-2003", "4", KECAMATAN, "Pengadministrasi Umum", ""),
    ("Joko", "01-01-2016", "1", KECAMATAN, "Sekretaris Camat", "32"),
    ("Joko", "01-07-2022", "1", KECAMATAN, "Camat Guguk Panjang", "31"),
    ("Maya", "01-02-2014", "4", BKPSDM, "Pengelola Kepegawaian", ""),
    ("Maya", "01-02-2020", "2", BKPSDM, "Analis Sumber Daya Manusia Aparatur Ahli Pertama", ""),
    ("Doni", "01-03-2019", "2", KOMINFO, "Pranata Komputer Ahli Pertama", ""),
    ("Doni", "01-07-2024", "2", BKD, "Pranata Komputer Ahli Pertama", ""),
]
MOVES_2024_2025 = {("Doni", "mutasi"), ("Rizal", "rotasi")}


def riwayat_jabatan_csv() -> bytes:
    lines = ["nipBaru,tmtJabatan,jenisJabatan,unorNama,jabatanNama,eselonId,nomorSk"]
    for first, tmt, jenis, unit, post, eselon in HISTORY:
        lines.append(f"{BY_NAME[first].nip},{tmt},{jenis},{unit},{post},{eselon},800/{first}/{tmt[-4:]}")
    return ("\n".join(lines) + "\n").encode()


EXPORTS = {
    "data_pns.xlsx": data_pns_xlsx,
    "riwayat_kinerja.csv": riwayat_kinerja_csv,
    "riwayat_kursus.csv": riwayat_kursus_csv,
    "riwayat_diklat.csv": riwayat_diklat_csv,
    "riwayat_jabatan.csv": riwayat_jabatan_csv,
}
KINDS = {
    "data_pns.xlsx": "data_pns",
    "riwayat_kinerja.csv": "riwayat_kinerja",
    "riwayat_kursus.csv": "riwayat_kursus",
    "riwayat_diklat.csv": "riwayat_diklat",
    "riwayat_jabatan.csv": "riwayat_jabatan",
}


def write_exports(folder: Path) -> dict[str, Path]:
    """Write the five exports into ``folder``; return {file name: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, make in EXPORTS.items():
        path = folder / name
        path.write_bytes(make())
        out[name] = path
    return out


def retirements_within(as_of: dt.date, years: int) -> int:
    """Employees of the fixture reaching BUP after ``as_of`` and up to ``as_of`` + ``years`` years."""
    bup = {"Hendra": dt.date(2028, 3, 15), "Sri": dt.date(2027, 11, 20)}
    end = as_of.replace(year=as_of.year + years)
    return sum(1 for day in bup.values() if as_of < day <= end)
