"""Regulation and code tables, kept as data.

Every table here is loaded into DuckDB by :func:`load_reference` and tested
cell by cell against ``shared/DOMAIN.md`` in ``tests/test_reference.py``.
Values marked (L) in DOMAIN.md are conventions, not regulation: they live in
``SETTINGS`` or are documented as such in the data dictionary.
"""

from __future__ import annotations

import duckdb

# Regions are data, not reference: the demo builder makes its own (data/demo/params.py),
# imports make the others (a regions file, or INSTANSI KERJA NAMA of a Data PNS export).

# PermenPANRB 6/2022. Ratings: 1 Di Atas, 2 Sesuai, 3 Di Bawah Ekspektasi.
RATING_LABELS = {
    1: ("Di Atas Ekspektasi", "Above expectations"),
    2: ("Sesuai Ekspektasi", "Meets expectations"),
    3: ("Di Bawah Ekspektasi", "Below expectations"),
}

PREDIKAT_LABELS = {
    1: ("Sangat Baik", "Outstanding"),
    2: ("Baik", "Good"),
    3: ("Butuh Perbaikan", "Needs improvement"),
    4: ("Kurang/Misconduct", "Poor/Misconduct"),
    5: ("Sangat Kurang", "Very poor"),
}

# rows hasil kerja, columns perilaku (both 1 Di Atas, 2 Sesuai, 3 Di Bawah)
PREDIKAT_MATRIX = {
    (1, 1): 1, (1, 2): 2, (1, 3): 4,
    (2, 1): 2, (2, 2): 2, (2, 3): 4,
    (3, 1): 3, (3, 2): 3, (3, 3): 5,
}  # fmt: skip

# level, jenis_jabatan, default required competency level, BUP, rank
JABATAN_LEVELS = [
    ("JPT Madya", 1, 5, 60, 1),
    ("JPT Pratama", 1, 4, 60, 2),
    ("Administrator", 1, 3, 58, 3),
    ("Pengawas", 1, 2, 58, 4),
    ("Ahli Utama", 2, 4, 65, 2),
    ("Ahli Madya", 2, 3, 60, 3),
    ("Ahli Muda", 2, 2, 58, 4),
    ("Ahli Pertama", 2, 2, 58, 5),
    ("Terampil", 2, 1, 58, 6),
    ("Pelaksana", 4, 1, 58, 6),
]

JENIS_JABATAN = {
    1: ("Struktural", "Structural"),
    2: ("Fungsional Tertentu", "Functional"),
    4: ("Pelaksana", "Executor (general functional)"),
}

EDUCATION_LEVELS = [
    (5, "SD"), (10, "SLTP"), (15, "SLTA"), (20, "D-I"), (25, "D-II"),
    (30, "D-III"), (35, "D-IV"), (40, "S-1"), (45, "S-2"), (50, "S-3"),
]  # fmt: skip

EDUCATION_FIELDS = [
    ("perencanaan", "Perencanaan Wilayah", "Regional planning"),
    ("kedokteran", "Kedokteran", "Medicine"),
    ("keperawatan", "Keperawatan/Kesehatan", "Nursing/Health"),
    ("teknik_sipil", "Teknik Sipil", "Civil engineering"),
    ("lingkungan", "Teknik/Ilmu Lingkungan", "Environmental science"),
    ("tik", "Teknik Informatika", "Information technology"),
    ("akuntansi", "Akuntansi/Ekonomi", "Accounting/Economics"),
    ("hukum", "Hukum", "Law"),
    ("administrasi", "Administrasi Publik", "Public administration"),
    ("pendidikan", "Pendidikan", "Education"),
    ("sosial", "Ilmu Sosial", "Social sciences"),
    ("umum", "Umum (SLTA)", "General (secondary)"),
]

GOLONGAN = [
    (f"{roman}/{letter}", "PNS", 10 * i + j)
    for i, roman in enumerate(["I", "II", "III", "IV"], start=1)
    for j, letter in enumerate("abcde" if roman == "IV" else "abcd", start=1)
] + [
    (r, "PPPK", None)
    for r in [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
        "IX",
        "X",
        "XI",
        "XII",
        "XIII",
        "XIV",
        "XV",
        "XVI",
        "XVII",
    ]
]

# PermenPANRB 38/2017: 8 manajerial + 1 sosial kultural; teknis per post.
COMPETENCIES = [
    ("M1", "manajerial", "Integritas", "Integrity"),
    ("M2", "manajerial", "Kerja Sama", "Teamwork"),
    ("M3", "manajerial", "Komunikasi", "Communication"),
    ("M4", "manajerial", "Orientasi pada Hasil", "Results orientation"),
    ("M5", "manajerial", "Pelayanan Publik", "Public service"),
    ("M6", "manajerial", "Pengembangan Diri dan Orang Lain", "Developing self and others"),
    ("M7", "manajerial", "Mengelola Perubahan", "Managing change"),
    ("M8", "manajerial", "Pengambilan Keputusan", "Decision making"),
    ("SK1", "sosial_kultural", "Perekat Bangsa", "National unity"),
    ("T-TIK", "teknis", "Pengelolaan TIK dan e-Government", "ICT and e-government"),
    ("T-REN", "teknis", "Perencanaan Pembangunan", "Development planning"),
    ("T-KEU", "teknis", "Pengelolaan Keuangan Daerah", "Regional finance"),
    ("T-PRO", "teknis", "Manajemen Proyek", "Project management"),
    ("T-LH", "teknis", "Pengelolaan Lingkungan dan Sampah", "Environment and waste"),
    ("T-KES", "teknis", "Pelayanan Kesehatan", "Health services"),
    ("T-YAN", "teknis", "Pelayanan Administrasi", "Administrative services"),
]

# SIASN jenisDiklat codes (DOMAIN.md; 13, 19-21, 24 and 25 as SIASN's reference list
# names them, e.g. the public SDK black-coffee04/ws-siasn-php, Referensi/jenisDiklat)
JENIS_DIKLAT = [
    (1, "Struktural"), (2, "Fungsional"), (3, "Teknis"), (4, "Workshop"),
    (5, "Pelatihan Manajerial"), (6, "Sosial Kultural"), (7, "Sosialisasi"),
    (8, "Bimtek"), (9, "Seminar"), (10, "Magang"), (11, "Kursus"),
    (12, "Penataran"), (13, "Pelatihan Klasikal Lainnya"), (14, "Coaching"), (15, "Mentoring"),
    (16, "E-Learning"), (17, "Pelatihan Jarak Jauh"), (18, "Detasering"), (19, "Outbond"),
    (20, "Benchmarking"), (21, "Pertukaran Pegawai"), (22, "Belajar Mandiri"),
    (23, "Community of Practice"), (24, "Bimbingan di Tempat Kerja"),
    (25, "Pelatihan Nonklasikal Lainnya"),
]  # fmt: skip

# SIASN's own spellings of the same codes (its reference list and web exports)
JENIS_DIKLAT_SIASN_NAMES = {
    1: "Diklat Struktural", 2: "Diklat Fungsional", 3: "Diklat Teknis", 6: "Pelatihan Sosial Kultural",
    8: "Bimbingan Teknis", 13: "Pengembangan Kompetensi Dalam Bentuk Pelatihan Klasikal Lainnya",
    18: "Detasering (Secondment)", 19: "Pembelajaran Alam Terbuka (Outbond)",
    20: "Patok Banding (Benchmarking)",
    21: "Pertukaran Antara PNS Dengan Pegawai Swasta/Badan Usaha Milik Negara/Badan Usaha Milik Daerah",
    22: "Belajar Mandiri (Self Development)", 23: "Komunitas Belajar (Community Of Practices)",
    25: "Pengembangan Kompetensi Dalam Bentuk Pelatihan Nonklasikal Lainnya",
}  # fmt: skip

# SIASN latihanStrukturalId (riwayat diklat struktural): old and new leadership trainings
LATIHAN_STRUKTURAL = {
    1: "SEPADA", 2: "SEPALA/ADUM/DIKLAT PIM TK.IV", 3: "SEPADYA/SPAMA/DIKLAT PIM TK. III",
    4: "SPAMEN/SESPA/SESPANAS/DIKLAT PIM TK. II", 5: "SEPATI/DIKLAT PIM TK. I", 6: "SESPIM",
    7: "SESPATI", 8: "Diklat Struktural Lainnya",
}  # fmt: skip

TRAINING_CATEGORIES = [
    ("leadership", "Kepemimpinan", "Leadership"),
    ("ict", "Teknologi Informasi", "Information technology"),
    ("technical", "Teknis Substantif", "Technical"),
    ("project_management", "Manajemen Proyek", "Project management"),
    ("soft_skills", "Komunikasi & Soft Skill", "Communication & soft skills"),
    ("functional", "Fungsional", "Functional"),
    ("orientation", "Sosialisasi/Orientasi", "Orientation"),
]

# scheme, band, min (inclusive), max (exclusive), labels
JPM_BANDS = [
    ("seleksi", "MS", 80.0, None, "Memenuhi Syarat", "Meets requirements"),
    ("seleksi", "MMS", 68.0, 80.0, "Masih Memenuhi Syarat", "Still meets requirements"),
    ("seleksi", "KMS", 0.0, 68.0, "Kurang Memenuhi Syarat", "Below requirements"),
    ("pemetaan", "Optimal", 90.0, None, "Optimal", "Optimal"),
    ("pemetaan", "Cukup Optimal", 78.0, 90.0, "Cukup Optimal", "Fairly optimal"),
    ("pemetaan", "Kurang Optimal", 0.0, 78.0, "Kurang Optimal", "Below optimal"),
]

SETTINGS = [
    ("jp_entitlement", 20.0, "PP 11/2017 art. 203(4): at least 20 JP per PNS per year"),
    ("jp_entitlement_pppk", 24.0, "PP 49/2018 art. 39: at most 24 JP per PPPK per contract year"),
    ("talent_cut_low", 60.0, "9-box: score <= this is rendah / di bawah (convention, L)"),
    ("talent_cut_high", 80.0, "9-box: score > this is tinggi / di atas (convention, L)"),
    ("effective_hours", 1250.0, "PermenPANRB 1/2020: effective working hours per year"),
    (
        "outcome_fit_step",
        0.05,
        "outcomes: a unit's reform step is the first quarter its qualification fit rose by at "
        "least this share of its staff (convention, L)",
    ),
    (
        "outcome_lag_quarters",
        2.0,
        "outcomes: quarters after the step before its effect is read (convention, L)",
    ),
    (
        "org_rating_default",
        2.0,
        "predikat cap check: a unit-year without an organisation_ratings row is rated "
        "this (2 Baik; convention, L)",
    ),
    # Ringkasan's targets, in percent: conventions for reading the overview, not regulation
    # (PP 11/2017 entitles every PNS to 20 JP; no rule sets a share a region must reach)
    (
        "target_share_baik",
        90.0,
        "Ringkasan target: % of evaluations rated Baik or better (convention, L; not regulation)",
    ),
    (
        "target_share_optimal",
        75.0,
        "Ringkasan target: % of employees in the JPM mapping band Optimal, JPM >= 90 (convention, L; "
        "not regulation)",
    ),
    (
        "target_share_jp_met",
        80.0,
        "Ringkasan target: % of PNS with their 20 JP in the year (convention, L; PP 11/2017 sets the "
        "20 JP, not this share)",
    ),
    (
        "target_near_margin",
        5.0,
        "Ringkasan: a value less than this many percentage points below its target reads 'near' "
        "(convention, L)",
    ),
]

# the Ringkasan's targets: indicator (a share of overview_kpis) -> its setting (percent)
TARGETS = {
    "share_baik": "target_share_baik",
    "share_optimal": "target_share_optimal",
    "share_jp_met": "target_share_jp_met",
}
TARGET_MARGIN = "target_near_margin"

# ---------------------------------------------------------------- public service outcomes
# Survei Kepuasan Masyarakat, PermenPANRB 14/2017 (DOMAIN.md, M-H): nine unsur, each
# scored 1-4 by respondents; IKM = the mean of the nine unsur means (equal weights; the
# regulation writes the weight 1/9 as 0,111) x 25, so 25-100.
SKM_UNSUR = [
    ("u1", "Persyaratan", "Requirements"),
    ("u2", "Sistem, mekanisme dan prosedur", "System, mechanism and procedure"),
    ("u3", "Waktu penyelesaian", "Time to complete"),
    ("u4", "Biaya/tarif", "Cost/fee"),
    ("u5", "Produk spesifikasi jenis pelayanan", "Service product specification"),
    ("u6", "Kompetensi pelaksana", "Staff competence"),
    ("u7", "Perilaku pelaksana", "Staff behaviour"),
    ("u8", "Penanganan pengaduan, saran dan masukan", "Handling of complaints and suggestions"),
    ("u9", "Sarana dan prasarana", "Facilities"),
]
IKM_FACTOR = 25.0
# mutu pelayanan, the lowest IKM (two decimals, as published) of the band, labels; an IKM
# is read at two decimals (76,605 is 76,61: B), as the regulation's intervals are written
IKM_MUTU = [
    ("A", 88.31, "Sangat Baik", "Very good"),
    ("B", 76.61, "Baik", "Good"),
    ("C", 65.00, "Kurang Baik", "Poor"),
    ("D", 25.00, "Tidak Baik", "Bad"),
]
# community feedback channels (SP4N-LAPOR! is the national complaint channel)
FEEDBACK_CHANNELS = [
    ("lapor", "SP4N-LAPOR!", "SP4N-LAPOR!"),
    ("forum", "Forum warga", "Community forum"),
    ("langsung", "Pengaduan langsung", "In person"),
    ("media_sosial", "Media sosial", "Social media"),
    ("lainnya", "Saluran lain", "Other channels"),
]


def ikm_from_unsur(means) -> float:
    """IKM (25-100) of the nine unsur means (each 1-4), PermenPANRB 14/2017."""
    values = [float(v) for v in means]
    if len(values) != len(SKM_UNSUR):
        raise ValueError(f"an IKM needs the {len(SKM_UNSUR)} unsur, got {len(values)}")
    return sum(values) / len(values) * IKM_FACTOR


def ikm_mutu(ikm: float) -> str:
    """The mutu pelayanan (A-D) of an IKM, read at two decimals."""
    value = round(float(ikm) + 1e-9, 2)
    return next(m for m, low, *_ in IKM_MUTU if value >= low)


# BUP set by the kind of post whatever its jenjang: a post whose folded name (lower case,
# punctuation ignored) is `name_prefix` or starts with it and a space. Teachers (guru)
# retire at 60 (UU 14/2005 art. 40(4) and its implementing PP; DOMAIN.md, M).
# family, name prefix, BUP, basis
BUP_BY_POST = [
    ("guru", "guru", 60, "UU 14/2005 art. 40(4) dan PP pelaksananya: guru pensiun pada usia 60 tahun"),
]

# PermenPANRB 6/2022: the organisation's own rating (predikat kinerja organisasi) limits how
# its staff's predikat may be spread. The regulation gives the principle; the exact caps
# are not in DOMAIN.md (L): these are configurable conventions, not regulation values.
ORGANISATION_RATINGS = {
    1: ("Istimewa", "Outstanding"),
    2: ("Baik", "Good"),
    3: ("Butuh Perbaikan", "Needs improvement"),
    4: ("Kurang", "Poor"),
    5: ("Sangat Kurang", "Very poor"),
}
# organisation rating, predikat, max share of the unit's staff rated this predikat or better
PREDIKAT_CAPS = [
    (1, 1, 0.20),
    (2, 1, 0.15),
    (3, 1, 0.10),
    (4, 1, 0.05),
    (5, 1, 0.00),
]

# PP 46/2011 score bands (older regional exports), and the PermenPANRB 6/2022 predikat
# a score-only row is given (a convention, L: Cukup is read as Butuh Perbaikan, Kurang
# as Kurang/Misconduct, Buruk as Sangat Kurang). A score below a band's lower bound
# falls in the next band down, so 90.5 is Baik.
PP46_BANDS = [
    (91, 100, "Sangat Baik", 1),
    (76, 90, "Baik", 2),
    (61, 75, "Cukup", 3),
    (51, 60, "Kurang", 4),
    (0, 50, "Buruk", 5),
]

# Study programme -> education field, for SIASN's PENDIDIKAN NAMA ("S-1 Kesehatan
# Masyarakat"). A keyword matches whole words of the programme name folded to lower
# case letters and digits; the lowest priority wins, then the longest keyword; a tie
# between two fields maps nothing (the programme is listed for the analyst, who
# assigns it with an education_mapping file). A convention (L), documented in
# docs/import.md.
EDUCATION_KEYWORDS = [
    # specific phrases first (priority 1)
    ("pendidikan dokter", "kedokteran", 1), ("profesi dokter", "kedokteran", 1),
    ("kedokteran gigi", "kedokteran", 1), ("kesehatan lingkungan", "keperawatan", 1),
    ("kesehatan masyarakat", "keperawatan", 1), ("teknik lingkungan", "lingkungan", 1),
    ("ilmu lingkungan", "lingkungan", 1), ("teknik sipil", "teknik_sipil", 1),
    ("teknik informatika", "tik", 1), ("manajemen informatika", "tik", 1), ("ilmu komputer", "tik", 1),
    ("sistem informasi", "tik", 1), ("teknologi informasi", "tik", 1),
    ("rekayasa perangkat lunak", "tik", 1), ("perencanaan wilayah", "perencanaan", 1),
    ("perencanaan kota", "perencanaan", 1), ("pembangunan wilayah", "perencanaan", 1),
    ("administrasi negara", "administrasi", 1), ("administrasi publik", "administrasi", 1),
    ("ilmu pemerintahan", "administrasi", 1), ("kebijakan publik", "administrasi", 1),
    ("ilmu hukum", "hukum", 1), ("ekonomi pembangunan", "akuntansi", 1),
    ("kesejahteraan sosial", "sosial", 1), ("ilmu komunikasi", "sosial", 1),
    ("hubungan internasional", "sosial", 1), ("ilmu politik", "sosial", 1),
    ("pendidikan guru", "pendidikan", 1),
    # teacher training: a "pendidikan <subject>" programme is pendidikan (priority 2)
    ("pendidikan", "pendidikan", 2), ("keguruan", "pendidikan", 2), ("pgsd", "pendidikan", 2),
    ("tarbiyah", "pendidikan", 2),
    # single subject words (priority 3)
    ("kedokteran", "kedokteran", 3), ("keperawatan", "keperawatan", 3), ("ners", "keperawatan", 3),
    ("kebidanan", "keperawatan", 3), ("kesehatan", "keperawatan", 3), ("farmasi", "keperawatan", 3),
    ("gizi", "keperawatan", 3), ("sipil", "teknik_sipil", 3), ("arsitektur", "teknik_sipil", 3),
    ("lingkungan", "lingkungan", 3), ("informatika", "tik", 3), ("komputer", "tik", 3),
    ("planologi", "perencanaan", 3), ("akuntansi", "akuntansi", 3), ("ekonomi", "akuntansi", 3),
    ("manajemen", "akuntansi", 3), ("keuangan", "akuntansi", 3), ("perbankan", "akuntansi", 3),
    ("hukum", "hukum", 3), ("syariah", "hukum", 3), ("administrasi", "administrasi", 3),
    ("pemerintahan", "administrasi", 3), ("sosiologi", "sosial", 3), ("psikologi", "sosial", 3),
    ("antropologi", "sosial", 3), ("sosial", "sosial", 3), ("komunikasi", "sosial", 3),
    # secondary school and below (priority 4)
    ("sma", "umum", 4), ("smu", "umum", 4), ("slta", "umum", 4), ("smk", "umum", 4), ("stm", "umum", 4),
    ("smea", "umum", 4), ("sltp", "umum", 4), ("smp", "umum", 4), ("sd", "umum", 4),
    ("sekolah dasar", "umum", 4), ("paket c", "umum", 4), ("ipa", "umum", 4), ("ips", "umum", 4),
]  # fmt: skip


def predikat(hasil_kerja: int, perilaku: int) -> int:
    """Predikat code (1..5) for two SIASN ratings (1 di atas .. 3 di bawah)."""
    return PREDIKAT_MATRIX[(hasil_kerja, perilaku)]


def _reference_rows() -> dict[str, list[tuple]]:
    return {
        "jabatan_levels": JABATAN_LEVELS,
        "education_levels": EDUCATION_LEVELS,
        "education_fields": EDUCATION_FIELDS,
        "golongan": GOLONGAN,
        "competencies": COMPETENCIES,
        "predikat_matrix": [(h, p, v) for (h, p), v in PREDIKAT_MATRIX.items()],
        "predikat_labels": [(k, *v) for k, v in PREDIKAT_LABELS.items()],
        "jenis_diklat": JENIS_DIKLAT,
        "training_categories": TRAINING_CATEGORIES,
        "jpm_bands": JPM_BANDS,
        "settings": SETTINGS,
        "education_keywords": EDUCATION_KEYWORDS,
        "bup_by_post": BUP_BY_POST,
        "organisation_rating_labels": [(k, *v) for k, v in ORGANISATION_RATINGS.items()],
        "predikat_caps": PREDIKAT_CAPS,
        "ikm_mutu": IKM_MUTU,
        "skm_unsur": SKM_UNSUR,
        "feedback_channels": FEEDBACK_CHANNELS,
    }


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple], verb: str = "insert") -> None:
    """All ``rows`` in one statement (executemany costs about a millisecond a row: 0.3 s of
    every load ran the check below row by row)."""
    row = "(" + ", ".join("?" * len(rows[0])) + ")"
    con.execute(f"{verb} into {table} values {', '.join([row] * len(rows))}", [v for r in rows for v in r])


def load_reference(con: duckdb.DuckDBPyConnection) -> None:
    """Replace the contents of every reference table (schema must exist)."""
    for table, rows in _reference_rows().items():
        con.execute(f"delete from {table}")
        _insert(con, table, rows)


def add_missing_reference(con: duckdb.DuckDBPyConnection) -> None:
    """Add the reference rows a database made by older code lacks (new tables, new settings),
    keyed by each table's primary key; rows it has stay as they are (posts refer to them)."""
    for table, rows in _reference_rows().items():
        _insert(con, table, rows, "insert or ignore")
