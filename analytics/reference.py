"""Regulation and code tables, kept as data.

Every table here is loaded into DuckDB by :func:`load_reference` and tested
cell by cell against ``shared/DOMAIN.md`` in ``tests/test_reference.py``.
Values marked (L) in DOMAIN.md are conventions, not regulation: they live in
``SETTINGS`` or are documented as such in the data dictionary.
"""

from __future__ import annotations

import duckdb

REGIONS = [
    # region_id, name, province
    ("SLT", "Kota Salatiga", "Jawa Tengah"),
    ("JMB", "Kota Jambi", "Jambi"),
    ("SWL", "Kota Sawahlunto", "Sumatera Barat"),
    ("DKI", "Pemprov DKI Jakarta", "DKI Jakarta"),
]

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

# SIASN jenisDiklat codes
JENIS_DIKLAT = [
    (1, "Struktural"), (2, "Fungsional"), (3, "Teknis"), (4, "Workshop"),
    (5, "Pelatihan Manajerial"), (6, "Sosial Kultural"), (7, "Sosialisasi"),
    (8, "Bimtek"), (9, "Seminar"), (10, "Magang"), (11, "Kursus"),
    (12, "Penataran"), (14, "Coaching"), (15, "Mentoring"), (16, "E-Learning"),
    (17, "Pelatihan Jarak Jauh"), (18, "Detasering"), (22, "Belajar Mandiri"),
    (23, "Community of Practice"),
]  # fmt: skip

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
    ("talent_cut_low", 60.0, "9-box: score <= this is rendah / di bawah (convention, L)"),
    ("talent_cut_high", 80.0, "9-box: score > this is tinggi / di atas (convention, L)"),
    ("effective_hours", 1250.0, "PermenPANRB 1/2020: effective working hours per year"),
]

# PP 46/2011 score bands (older regional exports)
PP46_BANDS = [
    (91, 100, "Sangat Baik"),
    (76, 90, "Baik"),
    (61, 75, "Cukup"),
    (51, 60, "Kurang"),
    (0, 50, "Buruk"),
]


def predikat(hasil_kerja: int, perilaku: int) -> int:
    """Predikat code (1..5) for two SIASN ratings (1 di atas .. 3 di bawah)."""
    return PREDIKAT_MATRIX[(hasil_kerja, perilaku)]


def load_reference(con: duckdb.DuckDBPyConnection) -> None:
    """Replace the contents of every reference table (schema must exist)."""
    tables = {
        "regions": REGIONS,
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
    }
    for table, rows in tables.items():
        con.execute(f"delete from {table}")
        width = len(rows[0])
        marks = ", ".join("?" * width)
        con.executemany(f"insert into {table} values ({marks})", rows)
