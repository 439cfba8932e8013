"""What an analyst can load: the tables, their columns, codes and keys.

One :class:`Table` per loadable table. Each :class:`Col` says what the column
means (Indonesian and English, for the template's data dictionary), its type,
whether it is required, its allowed values or reference, an example, and the
header spellings accepted for it: the template's headers, SIASN "Data PNS"
headers, the field names of SIASN's web service and its web exports
(``nipBaru``, ``JUMLAH JAM``, ``hasilKinerjaNilai`` ...) and English names.
Headers are compared after :func:`header_key` (case, spaces, underscores,
dots and dashes ignored). What the SIASN exports need beyond a renamed column
(a period from ``tahun`` + months, a post found by its name) is in
:mod:`data.importing.kinds`.
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
# SIASN writes the ratings as DIATAS / SESUAI / DIBAWAH EKSPEKTASI, in its reference
# list even as "ESPEKTASI" (Referensi/perilakuDanKinerja); any case and spacing
_RATING_WORDS = {
    1: ["Di Atas Ekspektasi", "Diatas Ekspektasi", "Diatas Espektasi", "Di Atas", "Diatas", "above"],
    2: ["Sesuai Ekspektasi", "Sesuai Espektasi", "Sesuai", "meets"],
    3: ["Di Bawah Ekspektasi", "Dibawah Ekspektasi", "Dibawah Espektasi", "Di Bawah", "Dibawah", "below"],
}

CODE_SETS: dict[str, dict[str, object]] = {
    "unit_kind": _codes(
        [
            (k, k)
            for k in (
                "sekretariat",
                "dinas",
                "badan",
                "kecamatan",
                "kelurahan",
                "rsud",
                "puskesmas",
                "sekolah",
                "inspektorat",
                "satpol",
                "upt",
                "lainnya",
            )
        ]
        + [("satpol pp", "satpol"), (["other", "lain"], "lainnya")]
    ),
    "jenis_jabatan": _codes(
        [
            (["1", "struktural", "structural", "jabatan struktural"], 1),
            # SIASN 3: rangkap (struktural dan fungsional): the post carries an eselon
            (["3", "jabatan rangkap", "rangkap", "jabatan rangkap (struktural dan fungsional)"], 1),
            (
                [
                    "2",
                    "fungsional tertentu",
                    "fungsional",
                    "jabatan fungsional",
                    "jabatan fungsional tertentu",
                    "functional",
                ],
                2,
            ),
            (
                [
                    "4",
                    "pelaksana",
                    "fungsional umum",
                    "jabatan pelaksana",
                    "jabatan fungsional umum",
                    "executor",
                ],
                4,
            ),
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
            (["PNS", "CPNS", "PNS Daerah", "PNS Pusat"], "PNS"),
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
    "rating": _codes([([str(code), *words], code) for code, words in _RATING_WORDS.items()]),
    "predikat": _codes(
        [([str(code), name_id, name_en], code) for code, (name_id, name_en) in ref.PREDIKAT_LABELS.items()]
        + [(["Kurang", "Misconduct"], 4)]
    ),
    "jenis_diklat": _codes(
        [([str(code), name], code) for code, name in ref.JENIS_DIKLAT]
        + [(name, code) for code, name in ref.JENIS_DIKLAT_SIASN_NAMES.items()]
    ),
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
    "mutu": _codes(
        [([m, f"{m} {name_id}", name_id, name_en], m) for m, _low, name_id, name_en in ref.IKM_MUTU]
    ),
    "feedback_channel": _codes(
        [([code, name_id, name_en], code) for code, name_id, name_en in ref.FEEDBACK_CHANNELS]
        + [(["lapor", "lapor!", "sp4n", "sp4n lapor"], "lapor"), (["medsos", "sosmed"], "media_sosial")]
    ),
    "direction": _codes(
        [
            (["higher", "naik", "lebih tinggi lebih baik", "tinggi lebih baik", "positif", "+"], "higher"),
            (["lower", "turun", "lebih rendah lebih baik", "rendah lebih baik", "negatif", "-"], "lower"),
        ]
    ),
}

# Spellings read by their beginning (after code_key): SIASN's JENIS PEGAWAI has 19 long
# names ("PNS Daerah Kab./Kota yang bekerja pada Kab./Kota", "PNS Pusat DPK pada ...").
CODE_PREFIXES: dict[str, dict[str, object]] = {
    "employee_type": {"pns": "PNS", "cpns": "PNS", "pppk": "PPPK", "p3k": "PPPK"},
}

# The values shown in the template's data dictionary (the stored codes).
CODE_HELP: dict[str, str] = {
    "unit_kind": "sekretariat, dinas, badan, kecamatan, kelurahan, rsud, puskesmas, sekolah, inspektorat, "
    "satpol, upt, lainnya",
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
    "mutu": ", ".join(f"{m} ({name})" for m, _low, name, _en in ref.IKM_MUTU),
    "feedback_channel": ", ".join(f"{code} ({name})" for code, name, _en in ref.FEEDBACK_CHANNELS),
    "direction": "higher (lebih tinggi lebih baik), lower (lebih rendah lebih baik)",
}


def header_key(header: str) -> str:
    """How headers are compared: case, spaces, underscores, dots and dashes ignored."""
    return re.sub(r"[\s_.\-]", "", str(header).strip().lstrip("\ufeff")).lower()


# ---------------------------------------------------------------- columns and tables
@dataclass(frozen=True)
class Col:
    name: str
    kind: str  # text | nip | int | number | date | code | bool
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
    blanks: tuple[str, ...] = ()  # spellings that mean "empty" (SIASN's eselon "NON")
    internal: bool = False  # not in files or templates: filled by ``Table.derived`` (or an export's rows)

    def headers(self) -> set[str]:
        if self.internal:
            return set()
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
        if self.kind == "bool":
            return "boolean"
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
    # derived columns that follow other columns: a file with all columns of one of the groups but
    # without this one rewrites it on update too (predikat must stay the matrix of the ratings);
    # other derived columns keep the stored value on update (service_start: the NIP only gives the month)
    follows: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # at least one of these groups of columns must be in the file (ratings or a PP 46/2011 score)
    required_any: tuple[tuple[str, ...], ...] = ()

    def col(self, name: str) -> Col:
        return next(c for c in self.columns if c.name == name)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def file_columns(self) -> list[Col]:
        """The columns a file or template can have (not the internal ones)."""
        return [c for c in self.columns if not c.internal]


_NIP_HEADERS = ("NIP BARU", "NIP Baru", "nip_baru", "nipBaru", "NIP PNS", "NIP ASN", "NIP/NRP")


def _nip(meaning=("NIP pegawai (18 digit)", "Employee NIP (18 digits)")) -> Col:
    return Col(
        "nip",
        "nip",
        meaning,
        "198507122010011000",
        label="NIP",
        aliases=_NIP_HEADERS,
        refers=("employees", "nip"),
    )


def _flag(name: str, meaning: tuple[str, str]) -> Col:
    return Col(name, "bool", meaning, "", required=False, internal=True)


TABLES: dict[str, Table] = {}


def _add(t: Table) -> None:
    TABLES[t.name] = t


# A region's place in the display order (and its colour): after every region there is.
_NEXT_SORT_ORDER = "(select coalesce(max(sort_order), 0) from regions) + row_number() over ()"

_add(
    Table(
        "regions",
        "regions",
        ("Wilayah (pemerintah daerah)", "Regions (regional governments)"),
        (
            Col(
                "region_id",
                "text",
                ("Kode wilayah (singkat, tetap)", "Region code (short, stable)"),
                "KOTA-CONTOH",
                label="Kode Wilayah",
                aliases=("region id", "kode pemda", "kode instansi"),
            ),
            Col(
                "name",
                "text",
                ("Nama pemerintah daerah", "Name of the regional government"),
                "Pemerintah Kota Contoh",
                label="Nama Wilayah",
                aliases=("nama pemda", "INSTANSI KERJA NAMA", "nama instansi"),
            ),
            Col(
                "province",
                "text",
                ("Provinsi (boleh kosong)", "Province (optional)"),
                "Jawa Tengah",
                required=False,
                label="Provinsi",
                aliases=("propinsi",),
            ),
            Col(
                "sort_order",
                "int",
                ("Urutan tampil", "Display order"),
                "",
                required=False,
                internal=True,
            ),
        ),
        key=("region_id",),
        order=0,
        referenced_by=(("units", "region_id", "region_id"),),
        derived={"sort_order": _NEXT_SORT_ORDER},
    )
)
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
                "KOTA-CONTOH-DINKES",
                label="Kode Unit",
                aliases=("UNOR ID", "id unor", "kode unor", "unorId"),
            ),
            Col(
                "region_id",
                "text",
                ("Pemerintah daerah (kode atau nama wilayah)", "Regional government (code or name)"),
                "KOTA-CONTOH",
                label="Wilayah",
                aliases=("region", "instansi", "pemda", "kode wilayah"),
                refers=("regions", "region_id"),
            ),
            Col(
                "name",
                "text",
                ("Nama unit kerja", "Unit name"),
                "Dinas Kesehatan",
                label="Nama Unit",
                aliases=("UNOR NAMA", "nama unor", "unorNama"),
            ),
            Col(
                "kind",
                "code",
                ("Jenis perangkat daerah", "Kind of unit"),
                "dinas",
                label="Jenis Unit",
                codes="unit_kind",
            ),
            _flag("auto_created", ("Dibuat dari nama di ekspor", "Made from a name in an export")),
        ),
        key=("unit_id",),
        order=1,
        referenced_by=(("positions", "unit_id", "unit_id"), ("employees", "unit_id", "unit_id")),
        derived={"auto_created": "false"},
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
                "KOTA-CONTOH-DINKES-P001",
                label="ID Jabatan",
                aliases=("JABATAN ID", "kode jabatan"),
            ),
            Col(
                "unit_id",
                "text",
                ("Kode unit kerja", "Unit code"),
                "KOTA-CONTOH-DINKES",
                label="Kode Unit",
                aliases=("UNOR ID", "kode unor", "unorId"),
                refers=("units", "unit_id"),
            ),
            Col(
                "name",
                "text",
                ("Nama jabatan", "Post name"),
                "Analis Kebijakan Ahli Muda",
                label="Nama Jabatan",
                aliases=("JABATAN NAMA", "jabatanNama"),
            ),
            Col(
                "jenis_jabatan",
                "code",
                ("Jenis jabatan", "Kind of post"),
                "2",
                label="Jenis Jabatan",
                codes="jenis_jabatan",
                aliases=("JENIS JABATAN NAMA", "JENIS JABATAN ID", "jenisJabatan"),
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
                aliases=("ESELON NAMA", "ESELON ID", "eselonId"),
                blanks=("non", "non eselon", "noneselon", "-", "0", "00", "99"),
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
            _flag(
                "auto_created",
                ("Dibuat dari nama di ekspor (belum ada ABK)", "Made from a name in an export (no ABK yet)"),
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
        # a post loaded from a positions file (with its ABK need) is no longer one an export made
        derived={"auto_created": "false"},
        follows={"auto_created": (("staffing_need",),)},
    )
)
_add(
    Table(
        "education_mapping",
        "education_mapping",
        ("Pemetaan program studi ke bidang pendidikan", "Study programmes to education fields"),
        (
            Col(
                "program",
                "text",
                ("Program studi seperti di ekspor (PENDIDIKAN NAMA)", "Study programme as exported"),
                "S-1 Kesehatan Masyarakat",
                label="Program Studi",
                aliases=("PENDIDIKAN NAMA", "pendidikan", "jurusan", "programme"),
            ),
            Col(
                "field_id",
                "code",
                ("Bidang pendidikan", "Education field"),
                "keperawatan",
                label="Bidang Pendidikan",
                codes="education_field",
                aliases=("bidang", "field"),
            ),
        ),
        key=("program",),
        order=3,
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
                aliases=("status pegawai", "kedudukan pegawai"),
            ),
            Col(
                "golongan",
                "code",
                ("Golongan/ruang terakhir", "Current grade"),
                "III/c",
                label="Golongan",
                codes="golongan",
                aliases=("GOL AKHIR NAMA", "gol", "gol ruang", "golongan ruang", "GOL AKHIR ID"),
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
                (
                    "Bidang pendidikan (kosong = dari program studi)",
                    "Field of education (empty = from programme)",
                ),
                "keperawatan",
                required=False,
                label="Bidang Pendidikan",
                codes="education_field",
            ),
            Col(
                "position_id",
                "text",
                (
                    "Kode jabatan yang diduduki (kosong: dicari dari JABATAN NAMA + UNOR NAMA)",
                    "Post held (code; empty: found from post and unit names)",
                ),
                "KOTA-CONTOH-DINKES-P001",
                required=False,
                label="ID Jabatan",
                aliases=("JABATAN ID",),
                refers=("positions", "position_id"),
            ),
            Col(
                "position_start",
                "date",
                ("TMT jabatan (wajib bila ada jabatan)", "Start in post (required with a post)"),
                "2021-03-01",
                required=False,
                label="TMT Jabatan",
                aliases=("tmtJabatan",),
                date_range=("1960-01-01", "+1y"),
            ),
            Col(
                "service_start",
                "date",
                ("TMT CPNS/PPPK (kosong = dari NIP)", "Start of service (empty = from NIP)"),
                "2010-01-01",
                required=False,
                label="TMT CPNS",
                aliases=("TMT PPPK", "tmt pns", "tmtCpns"),
                date_range=("1960-01-01", "+1y"),
            ),
            Col(
                "education_program",
                "text",
                (
                    "Program studi (SIASN PENDIDIKAN NAMA; dipetakan ke bidang pendidikan)",
                    "Study programme (mapped to an education field)",
                ),
                "S-1 Kesehatan Masyarakat",
                required=False,
                label="Program Studi",
                aliases=("PENDIDIKAN NAMA", "jurusan", "program studi"),
            ),
            Col(
                "unit_id",
                "text",
                (
                    "Kode unit, hanya untuk pegawai tanpa jabatan",
                    "Unit code, only for an employee without a post",
                ),
                "KOTA-CONTOH-DINKES",
                required=False,
                label="Kode Unit",
                aliases=("UNOR ID", "unorId"),
                refers=("units", "unit_id"),
            ),
            Col(
                "pns_id",
                "text",
                (
                    "PNS ID SIASN (riwayat menyebut pegawai dengan ini)",
                    "SIASN PNS ID (histories name people by it)",
                ),
                "A5EB03E23C0EF6A0E040640A040252AD",
                required=False,
                label="PNS ID",
                aliases=("pnsId", "id pns", "pnsOrangId"),
            ),
        ),
        key=("nip",),
        order=4,
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
                "KOTA-CONTOH-DINKES-P001",
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
        order=5,
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
        order=6,
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
        order=7,
    )
)

# Predikat: the PermenPANRB 6/2022 matrix of the two ratings; for a PP 46/2011 row with a
# score and no ratings, the band of its score (reference.PP46_BANDS)
_PP46 = " ".join(f"when score >= {lo} then {code}" for lo, _hi, _name, code in ref.PP46_BANDS[:-1])
_PREDIKAT = (
    "case when hasil_kerja = 1 and perilaku = 1 then 1 when perilaku = 3 and hasil_kerja = 3 then 5 "
    "when perilaku = 3 then 4 when hasil_kerja = 3 then 3 when hasil_kerja is not null "
    f"and perilaku is not null then 2 when hasil_kerja is null and perilaku is null and score is not null "
    f"then (case {_PP46} else {ref.PP46_BANDS[-1][3]} end) end"
)
_RATING_ALIASES = {
    "hasil_kerja": (
        "hasilKinerjaNilai", "hasil kinerja", "HASIL KINERJA NILAI", "rating hasil kinerja", "hasil kerja",
        "nilai hasil kinerja",
    ),
    "perilaku": (
        "perilakuKerjaNilai", "rating perilaku kerja", "perilaku kerja", "PERILAKU KERJA NILAI",
        "nilai perilaku kerja",
    ),
}  # fmt: skip
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
                aliases=("jenis periode", "periodik"),
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
                "KOTA-CONTOH-DINKES-P001",
                required=False,
                label="ID Jabatan",
                refers=("positions", "position_id"),
            ),
            Col(
                "hasil_kerja",
                "code",
                (
                    "Rating hasil kerja (1 di atas, 2 sesuai, 3 di bawah ekspektasi; kata juga boleh)",
                    "Work-result rating (1 above, 2 meets, 3 below; words too)",
                ),
                "2",
                required=False,
                label="Rating Hasil Kerja",
                codes="rating",
                aliases=_RATING_ALIASES["hasil_kerja"],
            ),
            Col(
                "perilaku",
                "code",
                ("Rating perilaku kerja (1-3; kata juga boleh)", "Behaviour rating (1-3; words too)"),
                "1",
                required=False,
                label="Rating Perilaku",
                codes="rating",
                aliases=_RATING_ALIASES["perilaku"],
            ),
            Col(
                "predikat",
                "code",
                (
                    "Predikat kinerja (kosong = dari matriks, atau dari nilai PP 46/2011)",
                    "Rating (empty = from the matrix, or from a PP 46/2011 score)",
                ),
                "2",
                required=False,
                label="Predikat",
                codes="predikat",
                aliases=("predikat kinerja", "nilai predikat", "predikat skp"),
            ),
            Col(
                "score",
                "number",
                (
                    "Nilai kinerja 0-100 (boleh kosong; tanpa rating: nilai PP 46/2011)",
                    "Score 0-100 (optional; without ratings: a PP 46/2011 score)",
                ),
                "87,5",
                required=False,
                label="Nilai",
                lo=0,
                hi=100,
                aliases=(
                    "nilai kinerja",
                    "nilai skp",
                    "nilai prestasi kerja",
                    "nilai akhir",
                    "nilaiPrestasiKerja",
                ),
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
            Col(
                "kuadran",
                "code",
                (
                    "Kuadran kinerja SIASN (1-5, seperti diekspor)",
                    "SIASN kinerja quadrant (1-5, as exported)",
                ),
                "2",
                required=False,
                label="Kuadran Kinerja",
                codes="predikat",
                aliases=("kuadranKinerjaNilai", "kuadran kinerja nilai", "kuadran"),
            ),
            Col(
                "predikat_basis",
                "text",
                ("Dasar predikat", "What the predikat is based on"),
                "",
                required=False,
                internal=True,
            ),
        ),
        key=("nip", "period_type", "period_start"),
        order=8,
        derived={
            "predikat": _PREDIKAT,
            "predikat_basis": "case when hasil_kerja is null and perilaku is null then 'pp46_score' else 'rating' end",
        },
        follows={
            "predikat": (("hasil_kerja", "perilaku"), ("score",)),
            "predikat_basis": (("hasil_kerja", "perilaku"), ("score",)),
        },
        required_any=(("hasil_kerja", "perilaku"), ("score",)),
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
                aliases=("nama diklat", "namaKursus", "nama kursus", "NAMA KURSUS/DIKLAT"),
            ),
            Col(
                "jenis_diklat",
                "code",
                ("Jenis diklat (kode SIASN atau namanya)", "Training type (SIASN code or name)"),
                "5",
                label="Jenis Diklat",
                codes="jenis_diklat",
                aliases=(
                    "jenisDiklat",
                    "jenis diklat id",
                    "jenisDiklatId",
                    "JENIS DIKLAT NAMA",
                    "jenis kursus",
                ),
            ),
            Col(
                "category",
                "code",
                (
                    "Kategori pelatihan (kosong = dari jenis diklat dan judul)",
                    "Training category (empty = from type and title)",
                ),
                "leadership",
                required=False,
                label="Kategori",
                codes="training_category",
            ),
            Col(
                "start_date",
                "date",
                ("Tanggal mulai", "Start date"),
                "2024-03-04",
                label="Tanggal Mulai",
                aliases=("tanggal kursus", "tgl mulai", "tanggalKursus", "TANGGAL MULAI KURSUS"),
                date_range=("1970-01-01", "+1y"),
            ),
            Col(
                "end_date",
                "date",
                ("Tanggal selesai (kosong = tanggal mulai)", "End date (empty = start date)"),
                "2024-03-08",
                required=False,
                label="Tanggal Selesai",
                aliases=("tgl selesai", "tanggalSelesaiKursus", "tanggal selesai kursus", "tanggalSelesai"),
                date_range=("1970-01-01", "+2y"),
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
                aliases=("jumlahJam", "jumlah jam", "jam pelajaran", "jumlah jp"),
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
            Col(
                "provider",
                "text",
                ("Penyelenggara (boleh kosong)", "Provider (optional)"),
                "BPSDM Provinsi",
                required=False,
                label="Penyelenggara",
                aliases=("institusiPenyelenggara", "institusi penyelenggara", "penyelenggara diklat"),
            ),
        ),
        key=("nip", "title", "start_date"),
        order=9,
        derived={"end_date": "start_date"},
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
                date_range=("1960-01-01", "+1y"),
            ),
            Col(
                "from_position_id",
                "text",
                ("Jabatan asal (kosong untuk pengangkatan)", "Post moved from (empty for appointment)"),
                "KOTA-CONTOH-DINKES-P001",
                required=False,
                label="ID Jabatan Asal",
                refers=("positions", "position_id"),
            ),
            Col(
                "to_position_id",
                "text",
                ("Jabatan tujuan", "Post moved to"),
                "KOTA-CONTOH-BAPPEDA-P004",
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
            _flag("inferred", ("Disimpulkan dari riwayat jabatan", "Inferred from a post history")),
        ),
        key=("nip", "effective_date", "to_position_id"),
        order=10,
        derived={"inferred": "false"},
    )
)


# ---------------------------------------------------------------- public service outcomes
def _unit(meaning=("Kode unit kerja (lihat sheet Kode)", "Unit code (see sheet Kode)")) -> Col:
    return Col(
        "unit_id",
        "text",
        meaning,
        "KOTA-CONTOH-DINKES",
        label="Kode Unit",
        aliases=("UNOR ID", "kode unor", "unorId", "kode unit kerja", "kode OPD"),
        refers=("units", "unit_id"),
    )


def _period(start: bool) -> Col:
    if start:
        return Col(
            "period_start",
            "date",
            ("Awal periode survei/laporan", "Start of the survey or report period"),
            "2024-01-01",
            label="Awal Periode",
            aliases=("periode awal", "tanggal mulai", "mulai"),
            date_range=("2000-01-01", "+1y"),
        )
    return Col(
        "period_end",
        "date",
        ("Akhir periode survei/laporan", "End of the survey or report period"),
        "2024-06-30",
        label="Akhir Periode",
        aliases=("periode akhir", "tanggal selesai", "selesai"),
        date_range=("2000-01-01", "+1y"),
    )


_UNSUR = tuple(code for code, *_ in ref.SKM_UNSUR)
# the regulation: the mean of the nine unsur means x 25
IKM_FROM_UNSUR = f"({' + '.join(_UNSUR)}) / {len(_UNSUR)} * {ref.IKM_FACTOR}"


def mutu_sql(ikm: str) -> str:
    """SQL: the mutu pelayanan of an IKM expression, read at two decimals."""
    value = f"round({ikm} + 1e-9, 2)"
    bands = " ".join(f"when {value} >= {low} then '{m}'" for m, low, *_ in ref.IKM_MUTU[:-1])
    return f"case {bands} else '{ref.IKM_MUTU[-1][0]}' end"


_add(
    Table(
        "service_surveys",
        "service_surveys",
        ("Survei Kepuasan Masyarakat (SKM/IKM)", "Public satisfaction surveys (SKM/IKM)"),
        (
            _unit(),
            _period(True),
            _period(False),
            Col(
                "respondents",
                "int",
                ("Jumlah responden", "Respondents"),
                "384",
                required=False,
                label="Jumlah Responden",
                aliases=("responden", "jml responden", "sampel"),
                lo=0,
                hi=10_000_000,
            ),
            *(
                Col(
                    code,
                    "number",
                    (
                        f"Nilai rata-rata unsur {i}: {name_id} (1-4)",
                        f"Mean score of unsur {i}: {name_en} (1-4)",
                    ),
                    "3,21",
                    required=False,
                    label=f"U{i} {name_id}",
                    aliases=(f"U{i}", f"unsur {i}", f"NRR U{i}", f"nrr unsur {i}", name_id),
                    lo=1,
                    hi=4,
                )
                for i, (code, name_id, name_en) in enumerate(ref.SKM_UNSUR, start=1)
            ),
            Col(
                "ikm",
                "number",
                (
                    "Indeks Kepuasan Masyarakat 25-100 (kosong: dihitung dari kesembilan unsur)",
                    "Public satisfaction index 25-100 (empty: computed from the nine unsur)",
                ),
                "",
                required=False,
                label="IKM",
                aliases=("nilai IKM", "indeks kepuasan masyarakat", "nilai SKM", "IKM unit pelayanan"),
                lo=25,
                hi=100,
            ),
            Col(
                "mutu",
                "code",
                ("Mutu pelayanan A-D (kosong: dari IKM)", "Service quality A-D (empty: from the IKM)"),
                "",
                required=False,
                label="Mutu Pelayanan",
                aliases=("mutu", "kinerja unit pelayanan", "kategori"),
                codes="mutu",
            ),
            Col("ikm_basis", "text", ("Dasar IKM", "Basis of the IKM"), "", required=False, internal=True),
        ),
        key=("unit_id", "period_start"),
        order=11,
        derived={
            # computed from the unsur where the file gives no IKM; a published IKM is kept
            "ikm": IKM_FROM_UNSUR,
            "mutu": mutu_sql(f"coalesce(ikm, {IKM_FROM_UNSUR})"),
            "ikm_basis": "case when u1 is null then 'published' else 'unsur' end",
        },
        follows={"ikm": (_UNSUR,), "mutu": (("ikm",), _UNSUR), "ikm_basis": (_UNSUR, ("ikm",))},
        required_any=(_UNSUR, ("ikm",)),
    )
)
_add(
    Table(
        "staff_surveys",
        "staff_surveys",
        ("Survei kepuasan kerja pegawai (agregat)", "Staff job-satisfaction surveys (aggregated)"),
        (
            _unit(),
            _period(True),
            _period(False),
            Col(
                "respondents",
                "int",
                ("Jumlah pegawai yang menjawab", "Staff who answered"),
                "42",
                label="Jumlah Responden",
                aliases=("responden", "jml responden"),
                lo=0,
                hi=10_000_000,
            ),
            Col(
                "satisfaction",
                "number",
                (
                    "Indeks kepuasan kerja 0-100 (agregat unit, bukan jawaban pribadi)",
                    "Job-satisfaction index 0-100 (the unit's aggregate, no personal answers)",
                ),
                "74,5",
                label="Indeks Kepuasan Kerja",
                aliases=("indeks kepuasan", "kepuasan kerja", "nilai kepuasan"),
                lo=0,
                hi=100,
            ),
        ),
        key=("unit_id", "period_start"),
        order=12,
    )
)
_add(
    Table(
        "feedback",
        "feedback",
        ("Masukan dan pengaduan masyarakat (agregat)", "Community feedback and complaints (aggregated)"),
        (
            _unit(),
            _period(True),
            _period(False),
            Col(
                "channel",
                "code",
                ("Saluran", "Channel"),
                "lapor",
                label="Saluran",
                aliases=("kanal", "sumber", "media pengaduan"),
                codes="feedback_channel",
            ),
            Col(
                "topic",
                "text",
                ("Topik (tanpa data pribadi)", "Topic (no personal data)"),
                "Waktu pelayanan",
                label="Topik",
                aliases=("kategori", "kategori pengaduan", "substansi"),
            ),
            Col(
                "received",
                "int",
                ("Jumlah masukan/pengaduan diterima", "Feedback received"),
                "35",
                label="Diterima",
                aliases=("jumlah pengaduan", "masuk", "jumlah laporan"),
                lo=0,
                hi=10_000_000,
            ),
            Col(
                "resolved",
                "int",
                ("Jumlah yang selesai ditindaklanjuti", "Resolved"),
                "31",
                label="Selesai",
                aliases=("ditindaklanjuti", "tuntas", "jumlah selesai"),
                lo=0,
                hi=10_000_000,
            ),
            Col(
                "mean_days_to_resolve",
                "number",
                ("Rata-rata hari sampai selesai", "Mean days to resolve"),
                "6,5",
                required=False,
                label="Rata-rata Hari Penyelesaian",
                aliases=("rata rata hari", "waktu penyelesaian (hari)", "lama penyelesaian"),
                lo=0,
                hi=3650,
            ),
        ),
        key=("unit_id", "period_start", "channel", "topic"),
        order=13,
    )
)
_add(
    Table(
        "outcome_indicators",
        "outcome_indicators",
        ("Indikator hasil unit", "Unit outcome indicators"),
        (
            _unit(),
            Col(
                "indicator",
                "text",
                ("Nama indikator", "Indicator name"),
                "Indeks Kebersihan Kota",
                label="Indikator",
                aliases=("nama indikator", "indikator kinerja", "IKU"),
            ),
            Col(
                "unit_of_measure",
                "text",
                ("Satuan", "Unit of measure"),
                "indeks 0-100",
                label="Satuan",
                aliases=("satuan ukur",),
            ),
            Col(
                "direction",
                "code",
                ("Arah yang lebih baik", "Which way is better"),
                "higher",
                label="Arah",
                aliases=("polaritas", "arah indikator"),
                codes="direction",
            ),
            _period(True),
            _period(False),
            Col(
                "value",
                "number",
                ("Nilai", "Value"),
                "71,4",
                label="Nilai",
                aliases=("capaian", "realisasi"),
                lo=-1e12,
                hi=1e12,
            ),
        ),
        key=("unit_id", "indicator", "period_start"),
        order=14,
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
