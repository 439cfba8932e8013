"""A ratings-only database, as SIASN exports make them: ratings and predikat, no 0-100
score anywhere; Salatiga rates monthly, Jambi quarterly (with an annual SKP), Sawahlunto
only annually. Every number the tests assert is worked out below.

Ratings (hasil kerja, perilaku): 1 Di Atas, 2 Sesuai, 3 Di Bawah; predikat by the
PermenPANRB 6/2022 matrix: SB Sangat Baik (1,1), B Baik ((1,2) (2,1) (2,2)), BP Butuh
Perbaikan (3,1) (3,2), K Kurang/Misconduct (x,3), SK Sangat Kurang (3,3).

Posts: P1 (U1 Bappeda, SLT) Perencana Ahli Muda; P2 (U2 Kecamatan, SLT) Pelaksana; P6
(U1) Kepala Subbagian, struktural, vacant; P3 (U3 Diskominfo, JMB) Kepala Seksi,
struktural (Pengawas, BUP 58); P4 (U4 Dinas Sosial, SWL) Pelaksana.

SLT, monthly January-March 2024 (+ an annual SKP 2024 for A1-A3):

| emp | post          | Jan         | Feb       | Mar        | annual 2024 | potensi | 9-box |
|-----|---------------|-------------|-----------|------------|-------------|---------|-------|
| A1  | P1            | (2,2) B     | (2,2) B   | (1,1) SB * | (1,2) B     | 85      | 9 (di atas, tinggi) |
| A2  | P2 -> P1 Feb  | (3,2) BP    | (1,2) B   | (1,1) SB   | (2,2) B     | 70      | 5 (sesuai, menengah) |
| A3  | P2            | (2,3) K, k4 | (2,2) B, k1 | (2,1) B  | (3,2) BP    | 50      | 1 (di bawah, rendah) |
| A4  | P2            | (1,1) SB    | (2,2) B   | (1,1) SB   | -           | -       | - |

(* A1's first substantive training, 24 JP, ended 2024-03-10: March is "trained". k =
SIASN kuadran as exported: A3's January kuadran 4 agrees with its predikat, February's
kuadran 1 does not, its predikat is 2.) A2 moved (rotasi, executed) P2 -> P1 on
2024-02-01; its evaluations name the post held.

Q1 2024: 12 evaluations, 4 employees a month; SB 4 (A1 Mar, A2 Mar, A4 Jan, A4 Mar),
B 6, BP 1, K 1 -> Baik or better 10/12, Sangat Baik 4/12, hasil kerja Di Atas 5/12
(A1 Mar, A2 Feb, A2 Mar, A4 Jan, A4 Mar). January: B, BP, K, SB -> Baik or better 2/4.

JMB, quarterly (triwulan) with an annual SKP that the trends do not count twice:

| emp | 2023 Q1..Q4       | 2024 Q1..Q4                | annual           | potensi | 9-box |
|-----|-------------------|----------------------------|------------------|---------|-------|
| B1  | B, B, BP, B       | SB (k1), B, -, -           | 2023 B, 2024 (1,2) B | 75  | 7 (di atas, menengah) |
| B2  | -                 | B, K, B, SB                | 2024 (2,2) B     | 90      | 8 (sesuai, tinggi) |

2023: 4 evaluations in 4 quarters (employees 1), Baik or better 3/4. 2024: 6 in 4
quarters (employees 1.5), Baik or better 5/6, Sangat Baik 2/6.

SWL, only annual (tahunan):

| emp | 2022    | 2023          | 2024       | potensi | 9-box |
|-----|---------|---------------|------------|---------|-------|
| C1  | (2,2) B | (2,2) B       | (1,1) SB   | 62      | 7 (di atas, menengah) |
| C2  | -       | (1,2) B       | (2,2) B    | 55      | 2 (sesuai, rendah) |

Hasil kerja Di Atas (y) by year t: C1 0, 0, 1; C2 1, 0. Within employees the slope is
(1 - 0.5) / (2 + 0.5) = 0.2 a year (C1: Sxy 1, Sxx 2; C2: Sxy -0.5, Sxx 0.5); pooled
over the five evaluations 0.6 / 2.8 = 0.214 a year.

Units ranked by the ratings (no scores): U1 5 evaluations all Baik or better, 2 SB
(rank 1); U4 5, all Baik or better, 1 SB (2); U3 10, 8 Baik or better (3); U2 7
(A2 Jan, A3, A4), 5 Baik or better (4).

Predikat cap (Sangat Baik at most max_share of the unit's staff rated; default
organisation rating 2 Baik: 15 %): U4 2024 C1 SB, C2 B -> 1 of 2, allowed floor(0.3)
= 0: over by 1. U2 2024 has organisation rating 5 (Sangat Kurang, 0 %): A3's annual
BP and A4's latest periodic (March) SB -> 1 of 2, allowed 0: over by 1. U1 2024
(organisation rating 3, 10 %): A1 B, A2 B (their annual predikat) -> 0: not over.

Competency (2024; Salatiga only): P1 needs M1 3 and M3 3, P2 M1 1. A1 M1 4, M3 2 ->
JPM as capped coverage (3 + 2) / 6 = 83.3 (Cukup Optimal), as plain ratio 6 / 6 = 100;
A2 3, 3 -> 100 (Optimal); A3 and A4 M1 1 -> 100 (Optimal): Optimal 3 of 4.

Succession (as-of 2024-12-31, the last year with evaluations, though none is scored):
SLT pool 1 (A1) for P6 vacant -> 1.0 a post; JMB pool 2 (B1, B2) for P3, whose first
holder B1 (born 1967-05-01, BUP 58) retires on 2025-05-01 -> 2.0; SWL pool 1, no
structural post.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
from handdb import execute_hand_sql

from analytics.db import create_schema, refresh_derived

NIP = {
    "A1": "198001012005011001",
    "A2": "198502022010012002",
    "A3": "199003032015031003",
    "A4": "199104042016042004",
    "B1": "196705012000041005",
    "B2": "198806062012061006",
    "C1": "197707072003071007",
    "C2": "199208082019082008",
}

HAND_DATA = """
insert into units values
    ('U1', 'SLT', 'Bappeda Salatiga', 'badan'),
    ('U2', 'SLT', 'Kecamatan Sidorejo', 'kecamatan'),
    ('U3', 'JMB', 'Diskominfo Jambi', 'dinas'),
    ('U4', 'SWL', 'Dinas Sosial Sawahlunto', 'dinas');
insert into positions values
    ('P1', 'U1', 'Perencana Ahli Muda', 2, 'Ahli Muda', null, null, 2),
    ('P2', 'U2', 'Pengadministrasi Umum', 4, 'Pelaksana', null, null, 3),
    ('P6', 'U1', 'Kepala Subbagian Umum', 1, 'Pengawas', 41, null, 1),
    ('P3', 'U3', 'Kepala Seksi Aplikasi', 1, 'Pengawas', 41, null, 2),
    ('P4', 'U4', 'Pengadministrasi Umum', 4, 'Pelaksana', null, null, 2);
insert into employees values
    ('{A1}', 'Satu', 'L', '1980-01-01', 'PNS', 'III/c', 40, null, 'P1', '2015-01-01', '2005-01-01'),
    ('{A2}', 'Dua', 'P', '1985-02-02', 'PNS', 'III/b', 40, null, 'P1', '2024-02-01', '2010-01-01'),
    ('{A3}', 'Tiga', 'L', '1990-03-03', 'PNS', 'II/c', 15, null, 'P2', '2015-03-01', '2015-03-01'),
    ('{A4}', 'Empat', 'P', '1991-04-04', 'PNS', 'II/c', 15, null, 'P2', '2016-04-01', '2016-04-01'),
    ('{B1}', 'Lima', 'L', '1967-05-01', 'PNS', 'III/d', 40, null, 'P3', '2010-01-01', '2000-04-01'),
    ('{B2}', 'Enam', 'P', '1988-06-06', 'PNS', 'III/c', 40, null, 'P3', '2020-01-01', '2012-06-01'),
    ('{C1}', 'Tujuh', 'L', '1977-07-07', 'PNS', 'II/d', 15, null, 'P4', '2010-01-01', '2003-07-01'),
    ('{C2}', 'Delapan', 'P', '1992-08-08', 'PNS', 'II/a', 15, null, 'P4', '2019-08-01', '2019-08-01');
insert into competency_standards values
    ('P1', 'M1', 3), ('P1', 'M3', 3), ('P2', 'M1', 1);
insert into competency_assessments values
    ('{A1}', 'M1', '2024-06-01', 4), ('{A1}', 'M3', '2024-06-01', 2),
    ('{A2}', 'M1', '2024-06-01', 3), ('{A2}', 'M3', '2024-06-01', 3),
    ('{A3}', 'M1', '2024-06-01', 1), ('{A4}', 'M1', '2024-06-01', 1);
insert into potential_assessments values
    ('{A1}', '2024-05-01', 85), ('{A2}', '2024-05-01', 70), ('{A3}', '2024-05-01', 50),
    ('{B1}', '2024-05-01', 75), ('{B2}', '2024-05-01', 90),
    ('{C1}', '2024-05-01', 62), ('{C2}', '2024-05-01', 55);
insert into trainings values
    ('{A1}', 'Pelatihan Perencanaan Pembangunan', 3, 'technical', '2024-03-06', '2024-03-10', 24, 'T-REN');
insert into placements values
    ('{A2}', '2024-02-01', 'P2', 'P1', 'rotasi', 'executed', 'Penataan jabatan');
insert into performance_evaluations values
    ('{A1}', 'bulanan', '2024-01-01', '2024-01-31', 'P1', 2, 2, 2, null, null, null, null),
    ('{A1}', 'bulanan', '2024-02-01', '2024-02-29', 'P1', 2, 2, 2, null, null, null, null),
    ('{A1}', 'bulanan', '2024-03-01', '2024-03-31', 'P1', 1, 1, 1, null, null, null, null),
    ('{A1}', 'tahunan', '2024-01-01', '2024-12-31', 'P1', 1, 2, 2, null, null, null, null),
    ('{A2}', 'bulanan', '2024-01-01', '2024-01-31', 'P2', 3, 2, 3, null, null, null, null),
    ('{A2}', 'bulanan', '2024-02-01', '2024-02-29', 'P1', 1, 2, 2, null, null, null, null),
    ('{A2}', 'bulanan', '2024-03-01', '2024-03-31', 'P1', 1, 1, 1, null, null, null, null),
    ('{A2}', 'tahunan', '2024-01-01', '2024-12-31', null, 2, 2, 2, null, null, null, null),
    ('{A3}', 'bulanan', '2024-03-01', '2024-03-31', 'P2', 2, 1, 2, null, null, null, null),
    ('{A3}', 'tahunan', '2024-01-01', '2024-12-31', null, 3, 2, 3, null, null, null, null),
    ('{A4}', 'bulanan', '2024-01-01', '2024-01-31', null, 1, 1, 1, null, null, null, null),
    ('{A4}', 'bulanan', '2024-02-01', '2024-02-29', null, 2, 2, 2, null, null, null, null),
    ('{A4}', 'bulanan', '2024-03-01', '2024-03-31', null, 1, 1, 1, null, null, null, null),
    ('{B1}', 'triwulan', '2023-01-01', '2023-03-31', null, 2, 2, 2, null, null, null, null),
    ('{B1}', 'triwulan', '2023-04-01', '2023-06-30', null, 2, 2, 2, null, null, null, null),
    ('{B1}', 'triwulan', '2023-07-01', '2023-09-30', null, 3, 2, 3, null, null, null, null),
    ('{B1}', 'triwulan', '2023-10-01', '2023-12-31', null, 2, 2, 2, null, null, null, null),
    ('{B1}', 'triwulan', '2024-04-01', '2024-06-30', null, 1, 2, 2, null, null, null, null),
    ('{B1}', 'tahunan', '2023-01-01', '2023-12-31', null, 2, 2, 2, null, null, null, null),
    ('{B1}', 'tahunan', '2024-01-01', '2024-12-31', null, 1, 2, 2, null, null, null, null),
    ('{B2}', 'triwulan', '2024-01-01', '2024-03-31', null, 2, 2, 2, null, null, null, null),
    ('{B2}', 'triwulan', '2024-04-01', '2024-06-30', null, 2, 3, 4, null, null, null, null),
    ('{B2}', 'triwulan', '2024-07-01', '2024-09-30', null, 2, 2, 2, null, null, null, null),
    ('{B2}', 'triwulan', '2024-10-01', '2024-12-31', null, 1, 1, 1, null, null, null, null),
    ('{B2}', 'tahunan', '2024-01-01', '2024-12-31', null, 2, 2, 2, null, null, null, null),
    ('{C1}', 'tahunan', '2022-01-01', '2022-12-31', null, 2, 2, 2, null, null, null, null),
    ('{C1}', 'tahunan', '2023-01-01', '2023-12-31', null, 2, 2, 2, null, null, null, null),
    ('{C1}', 'tahunan', '2024-01-01', '2024-12-31', null, 1, 1, 1, null, null, null, null),
    ('{C2}', 'tahunan', '2023-01-01', '2023-12-31', null, 1, 2, 2, null, null, null, null),
    ('{C2}', 'tahunan', '2024-01-01', '2024-12-31', null, 2, 2, 2, null, null, null, null);
"""

# rows with SIASN's kuadranKinerjaNilai (the positional inserts above leave it out)
WITH_KUADRAN = """
insert into performance_evaluations
    (nip, period_type, period_start, period_end, position_id, hasil_kerja, perilaku, predikat, kuadran) values
    ('{A3}', 'bulanan', '2024-01-01', '2024-01-31', 'P2', 2, 3, 4, 4),
    ('{A3}', 'bulanan', '2024-02-01', '2024-02-29', 'P2', 2, 2, 2, 1),
    ('{B1}', 'triwulan', '2024-01-01', '2024-03-31', null, 1, 1, 1, 1);
insert into organisation_ratings values ('U1', 2024, 3), ('U2', 2024, 5);
"""


def build_ratings_db(path: Path) -> Path:
    """Write the database to ``path`` (a new file; derived tables built); return the path."""
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    try:
        create_schema(con)
        execute_hand_sql(con, HAND_DATA.format(**NIP))
        con.execute(WITH_KUADRAN.format(**NIP))
        refresh_derived(con)
        con.execute("checkpoint")
    finally:
        con.close()
    return path
