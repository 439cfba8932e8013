"""What an analyst can load: the tables, their columns, codes and keys.

One :class:`Table` per loadable table. Each :class:`Col` says what the column
means (Indonesian and English, for the template's data dictionary), its type,
whether it is required, its allowed values or reference, an example, and the
header spellings accepted for it (template headers, SIASN "Data PNS" headers,
English names). Headers are compared after :func:`header_key` (case, spaces,
underscores, dots and dashes ignored).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analytics import reference as ref

# ---------------------------------------------------------------- code sets
# Each code set maps a normalised spelling (see code_key) to the stored code.


def code_key(value: str) -> str:
    """How a code is compared: lower case, no spaces, underscores, dots or dashes."""
    return re.sub(r"[\s_.\-]", "", str(value)).lower()


def _codes(pairs) -> dict[str, object]:
    out: dict[str, object] = {}
    for spellings, code in pairs:
        for s in spellings if isinstance(spellings, (list, tuple)) else [spellings]:
            out[code_key(s)] = code
    return out


_ROMAN = ["I", "II", "III", "IV"]
_ESELON = {f"{_ROMAN[i - 1]}.{letter}": 10 * i + j for i in range(1, 5) for j, letter in enumerate("ab", 1)}
_RATING_NAMES = {1: "Di Atas Ekspektasi", 2: "Sesuai Ekspektasi", 3: "Di Bawah Ekspektasi"}

CODE_SETS: dict[str, dict[str, object]] = {
    "unit_kind": _codes(
        [(k, k) for k in ("sekretariat", "dinas", "badan", "kecamatan", "rsud", "inspektorat", "satpol")]
        + [("satpol pp", "satpol")]
    ),
    "jenis_jabatan": _codes(
        [
            (["1", "struktural", "structural", "jabatan struktural"], 1),
            (["2", "fungsional tertentu", "fungsional", "jabatan fungsional", "functional"], 2),
            (["4", "pelaksana", "fungsional umum", "jabatan pelaksana", "executor"], 4),
        ]
    ),
    "level": _codes([(lvl, lvl) for lvl, *_ in ref.JABATAN_LEVELS]),
    "eselon": _codes([([str(code), name, name.replace(".", "")], code) for name, code in _ESELON.items()]),
    "education_level": _codes(
        [
            ([str(code), f"{code:02d}", name, name.replace("-", "")], code)
            for code, name in ref.EDUCATION_LEVELS
        ]
        # SIASN / BKN spellings of TINGKAT PENDIDIKAN NAMA and common variants
        + [
            (["SD Sederajat", "Sekolah Dasar"], 5),
            (["SMP", "SLTP/SMP Sederajat", "SLTP Sederajat", "SMP Sederajat"], 10),
            (
                [
                    "SMA",
                    "SMK",
                    "SLTA/SMA Sederajat",
                    "SLTA Sederajat",
                    "SMA Sederajat",
                    "SLTA/SMK",
                    "SMK Sederajat",
                ],
                15,
            ),
            (["D1", "Diploma I", "D-I/Diploma I"], 20),
            (["D2", "Diploma II", "D-II/Diploma II"], 25),
            (["D3", "Diploma III", "D-III/Diploma III", "D-III/Sarjana Muda", "Sarjana Muda"], 30),
            (["D4", "Diploma IV", "D-IV/Diploma IV", "Sarjana Terapan"], 35),
            (["S1", "Sarjana", "S-1/Sarjana", "S1/Sarjana", "Strata 1", "Strata I"], 40),
            (["S2", "Magister", "S-2/Magister", "S2/Magister", "Strata 2", "Strata II"], 45),
            (["S3", "Doktor", "S-3/Doktor", "S3/Doktor", "Strata 3", "Strata III"], 50),
        ]
    ),
    "education_field": _codes(
        [([fid, name_id, name_en], fid) for fid, name_id, name_en in ref.EDUCATION_FIELDS]
    ),
    "sex": _codes(
        [
            (["L", "laki-laki", "laki laki", "pria", "M", "male", "1"], "L"),
            (["P", "perempuan", "wanita", "F", "female", "2"], "P"),
        ]
    ),
    "employee_type": _codes(
        [
            (
                [
                    "PNS",
                    "CPNS",
                    "PNS Daerah",
                    "PNS Pusat",
                    "PNS Daerah Kab/Kota",
                    "PNS Daerah Provinsi",
                    "PNS Pusat DPK",
                    "PNS Pusat DPB",
                    "PNS Daerah Kab/Kota DPK",
                ],
                "PNS",
            ),
            (["PPPK", "P3K", "PPPK Daerah", "PPPK Pusat"], "PPPK"),
        ]
    ),
    "golongan": _codes([([g, str(sid)] if sid else [g, f"PPPK {g}"], g) for g, _t, sid in ref.GOLONGAN]),
    "competency": _codes([(cid, cid) for cid, *_ in ref.COMPETENCIES]),
    "period_type": _codes(
        [
            (["bulanan", "monthly", "bulan"], "bulanan"),
            (["triwulan", "quarterly", "triwulanan"], "triwulan"),
            (["tahunan", "annual", "yearly", "tahun"], "tahunan"),
        ]
    ),
    "rating": _codes([([str(code), name], code) for code, name in _RATING_NAMES.items()]),
    "predikat": _codes(
        [([str(code), name_id, name_en], code) for code, (name_id, name_en) in ref.PREDIKAT_LABELS.items()]
        + [(["Kurang", "Misconduct"], 4)]
    ),
    "jenis_diklat": _codes([([str(code), name], code) for code, name in ref.JENIS_DIKLAT]),
    "training_category": _codes(
        [([cat, name_id, name_en], cat) for cat, name_id, name_en in ref.TRAINING_CATEGORIES]
    ),
    "move_type": _codes(
        [
            (["mutasi", "transfer"], "mutasi"),
            (["rotasi", "rotation"], "rotasi"),
            (["promosi", "promotion"], "promosi"),
            (["demosi", "demotion"], "demosi"),
            (["pengangkatan", "appointment"], "pengangkatan"),
        ]
    ),
    "move_status": _codes(
        [
            (["executed", "dilaksanakan", "terlaksana", "selesai"], "executed"),
            (["declined", "ditolak", "menolak", "batal"], "declined"),
        ]
    ),
}

# The values shown in the template's data dictionary (the stored codes).
CODE_HELP: dict[str, str] = {
    "unit_kind": "sekretariat, dinas, badan, kecamatan, rsud, inspektorat, satpol",
    "jenis_jabatan": "1 Struktural, 2 Fungsional Tertentu, 4 Pelaksana",
    "level": ", ".join(lvl for lvl, *_ in ref.JABATAN_LEVELS),
    "eselon": ", ".join(f"{c} ({n})" for n, c in _ESELON.items()),
    "education_level": ", ".join(f"{c:02d} {n}" for c, n in ref.EDUCATION_LEVELS),
    "education_field": ", ".join(fid for fid, *_ in ref.EDUCATION_FIELDS),
    "sex": "L, P",
    "employee_type": "PNS, PPPK",
    "golongan": "I/a .. IV/e (PNS), I .. XVII (PPPK)",
    "competency": ", ".join(cid for cid, *_ in ref.COMPETENCIES),
    "period_type": "bulanan, triwulan, tahunan",
    "rating": "1 Di Atas, 2 Sesuai, 3 Di Bawah Ekspektasi",
    "predikat": "1 Sangat Baik, 2 Baik, 3 Butuh Perbaikan, 4 Kurang/Misconduct, 5 Sangat Kurang",
    "jenis_diklat": ", ".join(f"{c} {n}" for c, n in ref.JENIS_DIKLAT),
    "training_category": ", ".join(cat for cat, *_ in ref.TRAINING_CATEGORIES),
    "move_type": "mutasi, rotasi, promosi, demosi, pengangkatan",
    "move_status": "executed (dilaksanakan), declined (ditolak)",
}


def header_key(header: str) -> str:
    """How headers are compared: case, spaces, underscores, dots and dashes ignored."""
    return re.sub(r"[\s_.\-]", "", str(header).strip().lstrip("\ufeff")).lower()


# ---------------------------------------------------------------- columns and tables
@dataclass(frozen=True)
class Col:
    name: str
    kind: str  # text | nip | int | number | date | code
    meaning: tuple[str, str]  # (id, en)
    example: str
    required: bool = True
    label: str = ""  # the template's Indonesian header
    aliases: tuple[str, ...] = ()
    codes: str | None = None  # key of CODE_SETS
    lo: float | None = None  # inclusive range (numbers, ints)
    hi: float | None = None
    lo_exclusive: bool = False
    refers: tuple[str, str] | None = None  # (table, column) it must exist in
    date_range: tuple[str, str] = ("1940-01-01", "+2y")  # plausible dates: ISO or +Ny from today

    def headers(self) -> set[str]:
        return {header_key(h) for h in (self.name, self.label, *self.aliases) if h}

    def sql_type(self) -> str:
        if self.kind in ("text", "nip"):
            return "varchar"
        if self.kind == "date":
            return "date"
        if self.kind == "number":
            return "double"
        if self.kind == "int":
            return "integer"
        sample = next(iter(CODE_SETS[self.codes].values()))
        return "integer" if isinstance(sample, int) else "varchar"


@dataclass(frozen=True)
class Table:
    name: str  # CLI name
    table: str  # DuckDB table
    title: tuple[str, str]
    columns: tuple[Col, ...]
    key: tuple[str, ...]
    order: int  # load order inside one batch (references first)
    referenced_by: tuple[tuple[str, str, str], ...] = ()  # (table, column, our column)
    derived: dict[str, str] = field(default_factory=dict)  # column -> SQL filling it when the file lacks it
    # derived columns that follow other columns: a file with those but without this one rewrites it
    # on update too (predikat must stay the matrix of the ratings); other derived columns keep the
    # stored value on update (service_start: the NIP only gives the month)
    follows: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def col(self, name: str) -> Col:
        return next(c for c in self.columns if c.name == name)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _nip(meaning=("NIP pegawai (18 digit)", "Employee NIP (18 digits)")) -> Col:
    return Col(
        "nip",
        "nip",
        meaning,
        "198507122010011005",
        label="NIP",
        aliases=("NIP BARU", "NIP Baru", "nip_baru"),
        refers=("employees", "nip"),
    )


_TODAY = "+0y"
TABLES: dict[str, Table] = {}


def _add(t: Table) -> None:
    TABLES[t.name] = t


_add(
    Table(
        "units",
        "units",
        ("Unit kerja (OPD)", "Units (OPD)"),
        (
            Col(
                "unit_id",
                "text",
                ("Kode unit kerja", "Unit code"),
                "SLT-DINKES",
                label="Kode Unit",
                aliases=("UNOR ID", "id unor", "kode unor"),
            ),
            Col(
                "region_id",
                "text",
                ("Pemerintah daerah (kode atau nama wilayah)", "Regional government (code or name)"),
                "SLT",
                label="Wilayah",
                aliases=("region", "instansi", "pemda"),
                refers=("regions", "region_id"),
            ),
            Col(
                "name",
                "text",
                ("Nama unit kerja", "Unit name"),
                "Dinas Kesehatan",
                label="Nama Unit",
                aliases=("UNOR NAMA", "nama unor"),
            ),
            Col(
                "kind",
                "code",
                ("Jenis perangkat daerah", "Kind of unit"),
                "dinas",
                label="Jenis Unit",
                codes="unit_kind",
            ),
        ),
        key=("unit_id",),
        order=1,
        referenced_by=(("positions", "unit_id", "unit_id"),),
    )
)
_add(
    Table(
        "positions",
        "positions",
        ("Jabatan", "Posts"),
        (
            Col(
                "position_id",
                "text",
                ("Kode jabatan", "Post code"),
                "SLT-DINKES-P001",
                label="ID Jabatan",
                aliases=("JABATAN ID", "kode jabatan"),
            ),
            Col(
                "unit_id",
                "text",
                ("Kode unit kerja", "Unit code"),
                "SLT-DINKES",
                label="Kode Unit",
                aliases=("UNOR ID", "kode unor"),
                refers=("units", "unit_id"),
            ),
            Col(
                "name",
                "text",
                ("Nama jabatan", "Post name"),
                "Analis Kebijakan Ahli Muda",
                label="Nama Jabatan",
                aliases=("JABATAN NAMA",),
            ),
            Col(
                "jenis_jabatan",
                "code",
                ("Jenis jabatan", "Kind of post"),
                "2",
                label="Jenis Jabatan",
                codes="jenis_jabatan",
                aliases=("JENIS JABATAN NAMA", "JENIS JABATAN ID"),
            ),
            Col(
                "level",
                "code",
                ("Jenjang jabatan", "Level"),
                "Ahli Muda",
                label="Jenjang",
                codes="level",
                aliases=("jenjang jabatan",),
            ),
            Col(
                "eselon",
                "code",
                ("Eselon (hanya jabatan struktural)", "Echelon (structural posts only)"),
                "32",
                required=False,
                label="Eselon",
                codes="eselon",
                aliases=("ESELON NAMA", "ESELON ID"),
            ),
            Col(
                "required_field",
                "code",
                (
                    "Bidang pendidikan yang disyaratkan (kosong = bebas)",
                    "Required education field (empty = any)",
                ),
                "keperawatan",
                required=False,
                label="Bidang Pendidikan Syarat",
                codes="education_field",
            ),
            Col(
                "staffing_need",
                "int",
                ("Kebutuhan pegawai menurut ABK", "Staff needed (workload analysis)"),
                "3",
                label="Kebutuhan ABK",
                lo=0,
                hi=10_000,
                aliases=("kebutuhan", "abk"),
            ),
        ),
        key=("position_id",),
        order=2,
        referenced_by=(
            ("employees", "position_id", "position_id"),
            ("competency_standards", "position_id", "position_id"),
            ("performance_evaluations", "position_id", "position_id"),
            ("placements", "from_position_id", "position_id"),
            ("placements", "to_position_id", "position_id"),
        ),
    )
)
_add(
    Table(
        "employees",
        "employees",
        ("Pegawai (ASN)", "Employees (ASN)"),
        (
            _nip(),
            Col("name", "text", ("Nama (tanpa gelar)", "Name (without titles)"), "Siti Rahayu", label="Nama"),
            Col("sex", "code", ("Jenis kelamin", "Sex"), "P", label="Jenis Kelamin", codes="sex"),
            Col(
                "birth_date",
                "date",
                ("Tanggal lahir", "Date of birth"),
                "1985-07-12",
                label="Tanggal Lahir",
                aliases=("tgl lahir",),
                date_range=("1940-01-01", "-15y"),
            ),
            Col(
                "employee_type",
                "code",
                ("Jenis pegawai", "Employee type"),
                "PNS",
                label="Jenis Pegawai",
                codes="employee_type",
            ),
            Col(
                "golongan",
                "code",
                ("Golongan/ruang terakhir", "Current grade"),
                "III/c",
                label="Golongan",
                codes="golongan",
                aliases=("GOL AKHIR NAMA", "gol", "gol ruang"),
            ),
            Col(
                "education_level",
                "code",
                ("Tingkat pendidikan terakhir", "Highest education level"),
                "40",
                label="Tingkat Pendidikan",
                codes="education_level",
                aliases=("TINGKAT PENDIDIKAN NAMA", "TINGKAT PENDIDIKAN ID", "pendidikan terakhir"),
            ),
            Col(
                "education_field",
                "code",
                ("Bidang pendidikan", "Field of education"),
                "keperawatan",
                required=False,
                label="Bidang Pendidikan",
                codes="education_field",
            ),
            Col(
                "position_id",
                "text",
                ("Kode jabatan yang diduduki", "Post held (code)"),
                "SLT-DINKES-P001",
                label="ID Jabatan",
                aliases=("JABATAN ID",),
                refers=("positions", "position_id"),
            ),
            Col(
                "position_start",
                "date",
                ("TMT jabatan", "Start in post"),
                "2021-03-01",
                label="TMT Jabatan",
                date_range=("1960-01-01", "+1y"),
            ),
            Col(
                "service_start",
                "date",
                ("TMT CPNS/PPPK (kosong = dari NIP)", "Start of service (empty = from NIP)"),
                "2010-01-01",
                required=False,
                label="TMT CPNS",
                aliases=("TMT PPPK", "tmt pns"),
                date_range=("1960-01-01", "+1y"),
            ),
        ),
        key=("nip",),
        order=3,
        referenced_by=(
            ("competency_assessments", "nip", "nip"),
            ("potential_assessments", "nip", "nip"),
            ("performance_evaluations", "nip", "nip"),
            ("trainings", "nip", "nip"),
            ("placements", "nip", "nip"),
        ),
        # NIP digits 9-14 are the TMT CPNS (YYYYMM), DOMAIN.md
        derived={"service_start": "try_strptime(substr(nip, 9, 6) || '01', '%Y%m%d')::date"},
    )
)
_add(
    Table(
        "competency_standards",
        "competency_standards",
        ("Standar kompetensi jabatan", "Competency standards"),
        (
            Col(
                "position_id",
                "text",
                ("Kode jabatan", "Post code"),
                "SLT-DINKES-P001",
                label="ID Jabatan",
                refers=("positions", "position_id"),
            ),
            Col(
                "competency_id",
                "code",
                ("Kode kompetensi", "Competency code"),
                "M1",
                label="Kode Kompetensi",
                codes="competency",
            ),
            Col(
                "required_level",
                "int",
                ("Level yang disyaratkan (1-5)", "Required level (1-5)"),
                "3",
                label="Level Standar",
                lo=1,
                hi=5,
            ),
        ),
        key=("position_id", "competency_id"),
        order=4,
    )
)
_add(
    Table(
        "assessments",
        "competency_assessments",
        ("Hasil asesmen kompetensi", "Competency assessments"),
        (
            _nip(),
            Col(
                "competency_id",
                "code",
                ("Kode kompetensi", "Competency code"),
                "M1",
                label="Kode Kompetensi",
                codes="competency",
            ),
            Col(
                "assessed_on",
                "date",
                ("Tanggal asesmen", "Assessment date"),
                "2023-05-20",
                label="Tanggal Asesmen",
                date_range=("1990-01-01", "+0y"),
            ),
            Col(
                "level",
                "int",
                ("Level hasil asesmen (1-5)", "Assessed level (1-5)"),
                "3",
                label="Level",
                lo=1,
                hi=5,
            ),
        ),
        key=("nip", "competency_id", "assessed_on"),
        order=5,
    )
)
_add(
    Table(
        "potential",
        "potential_assessments",
        ("Hasil asesmen potensi", "Potential assessments"),
        (
            _nip(),
            Col(
                "assessed_on",
                "date",
                ("Tanggal asesmen", "Assessment date"),
                "2023-05-20",
                label="Tanggal Asesmen",
                date_range=("1990-01-01", "+0y"),
            ),
            Col(
                "potential_score",
                "number",
                ("Skor potensi (0-100)", "Potential score (0-100)"),
                "72,5",
                label="Skor Potensi",
                lo=0,
                hi=100,
            ),
        ),
        key=("nip", "assessed_on"),
        order=6,
    )
)
_add(
    Table(
        "evaluations",
        "performance_evaluations",
        ("Evaluasi kinerja (SKP)", "Performance evaluations (SKP)"),
        (
            _nip(),
            Col(
                "period_type",
                "code",
                ("Periode penilaian", "Evaluation period"),
                "bulanan",
                label="Periode",
                codes="period_type",
                aliases=("jenis periode",),
            ),
            Col(
                "period_start",
                "date",
                ("Awal periode", "Period start"),
                "2024-01-01",
                label="Awal Periode",
                date_range=("2000-01-01", "+1y"),
            ),
            Col(
                "period_end",
                "date",
                ("Akhir periode", "Period end"),
                "2024-01-31",
                label="Akhir Periode",
                date_range=("2000-01-01", "+2y"),
            ),
            Col(
                "position_id",
                "text",
                (
                    "Jabatan saat dinilai (kosong = jabatan sekarang)",
                    "Post held when rated (empty = current post)",
                ),
                "SLT-DINKES-P001",
                required=False,
                label="ID Jabatan",
                refers=("positions", "position_id"),
            ),
            Col(
                "hasil_kerja",
                "code",
                (
                    "Rating hasil kerja (1 di atas, 2 sesuai, 3 di bawah ekspektasi)",
                    "Work-result rating (1 above, 2 meets, 3 below)",
                ),
                "2",
                label="Rating Hasil Kerja",
                codes="rating",
            ),
            Col(
                "perilaku",
                "code",
                ("Rating perilaku kerja (1-3)", "Behaviour rating (1-3)"),
                "1",
                label="Rating Perilaku",
                codes="rating",
                aliases=("rating perilaku kerja",),
            ),
            Col(
                "predikat",
                "code",
                ("Predikat kinerja (kosong = dari matriks)", "Rating (empty = from the matrix)"),
                "2",
                required=False,
                label="Predikat",
                codes="predikat",
                aliases=("predikat kinerja",),
            ),
            Col(
                "score",
                "number",
                ("Nilai kinerja (0-100)", "Score (0-100)"),
                "87,5",
                required=False,
                label="Nilai",
                lo=0,
                hi=100,
                aliases=("nilai kinerja", "nilai skp"),
            ),
            Col(
                "score_hasil_kerja",
                "number",
                ("Nilai hasil kerja (0-100)", "Work-result score"),
                "85",
                required=False,
                label="Nilai Hasil Kerja",
                lo=0,
                hi=100,
            ),
            Col(
                "score_sikap",
                "number",
                ("Nilai sikap (0-100)", "Attitude score"),
                "90",
                required=False,
                label="Nilai Sikap",
                lo=0,
                hi=100,
            ),
            Col(
                "score_disiplin",
                "number",
                ("Nilai disiplin (0-100)", "Discipline score"),
                "95",
                required=False,
                label="Nilai Disiplin",
                lo=0,
                hi=100,
            ),
        ),
        key=("nip", "period_type", "period_start"),
        order=7,
        derived={
            "predikat": (
                "case when hasil_kerja = 1 and perilaku = 1 then 1 when perilaku = 3 and hasil_kerja = 3 then 5 "
                "when perilaku = 3 then 4 when hasil_kerja = 3 then 3 when hasil_kerja is not null "
                "and perilaku is not null then 2 end"
            )
        },
        follows={"predikat": ("hasil_kerja", "perilaku")},
    )
)
_add(
    Table(
        "trainings",
        "trainings",
        ("Riwayat pelatihan/diklat", "Training records"),
        (
            _nip(),
            Col(
                "title",
                "text",
                ("Nama pelatihan", "Course title"),
                "Pelatihan Kepemimpinan Pengawas",
                label="Nama Pelatihan",
                aliases=("nama diklat", "namaKursus", "nama kursus"),
            ),
            Col(
                "jenis_diklat",
                "code",
                ("Jenis diklat (kode SIASN)", "Training type (SIASN code)"),
                "5",
                label="Jenis Diklat",
                codes="jenis_diklat",
                aliases=("jenisDiklat", "jenis diklat id"),
            ),
            Col(
                "category",
                "code",
                ("Kategori pelatihan", "Training category"),
                "leadership",
                label="Kategori",
                codes="training_category",
            ),
            Col(
                "start_date",
                "date",
                ("Tanggal mulai", "Start date"),
                "2024-03-04",
                label="Tanggal Mulai",
                aliases=("tanggal kursus", "tgl mulai"),
                date_range=("1990-01-01", "+1y"),
            ),
            Col(
                "end_date",
                "date",
                ("Tanggal selesai", "End date"),
                "2024-03-08",
                label="Tanggal Selesai",
                aliases=("tgl selesai",),
                date_range=("1990-01-01", "+2y"),
            ),
            Col(
                "jp",
                "number",
                ("Jumlah jam pelajaran (JP), lebih dari 0", "Lesson hours (JP), more than 0"),
                "40",
                label="JP",
                lo=0,
                hi=2000,
                lo_exclusive=True,
                aliases=("jumlahJam", "jumlah jam", "jam pelajaran"),
            ),
            Col(
                "competency_id",
                "code",
                ("Kompetensi yang dilatih (boleh kosong)", "Competency trained (optional)"),
                "M7",
                required=False,
                label="Kode Kompetensi",
                codes="competency",
            ),
        ),
        key=("nip", "title", "start_date"),
        order=8,
    )
)
_add(
    Table(
        "placements",
        "placements",
        ("Mutasi, rotasi dan promosi", "Placements (moves)"),
        (
            _nip(),
            Col(
                "effective_date",
                "date",
                ("TMT mutasi", "Effective date"),
                "2024-07-01",
                label="TMT",
                aliases=("tmt mutasi", "tanggal efektif"),
                date_range=("1990-01-01", "+1y"),
            ),
            Col(
                "from_position_id",
                "text",
                ("Jabatan asal (kosong untuk pengangkatan)", "Post moved from (empty for appointment)"),
                "SLT-DINKES-P001",
                required=False,
                label="ID Jabatan Asal",
                refers=("positions", "position_id"),
            ),
            Col(
                "to_position_id",
                "text",
                ("Jabatan tujuan", "Post moved to"),
                "SLT-BAPPEDA-P004",
                label="ID Jabatan Tujuan",
                refers=("positions", "position_id"),
            ),
            Col(
                "move_type",
                "code",
                ("Jenis perpindahan", "Kind of move"),
                "rotasi",
                label="Jenis Mutasi",
                codes="move_type",
            ),
            Col(
                "status",
                "code",
                ("Status (dilaksanakan / ditolak)", "Status (executed / declined)"),
                "executed",
                label="Status",
                codes="move_status",
            ),
            Col(
                "reason",
                "text",
                ("Alasan (boleh kosong, tanpa data pribadi)", "Reason (optional, no personal data)"),
                "Penyesuaian kompetensi",
                required=False,
                label="Alasan",
            ),
        ),
        key=("nip", "effective_date", "to_position_id"),
        order=9,
    )
)

BY_DB_TABLE = {t.table: t for t in TABLES.values()}


def table(name: str) -> Table:
    """A loadable table by CLI name (``evaluations``) or DuckDB name (``performance_evaluations``)."""
    if name in TABLES:
        return TABLES[name]
    if name in BY_DB_TABLE:
        return BY_DB_TABLE[name]
    raise KeyError(name)
