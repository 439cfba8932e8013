"""Parameters of the demo generator: one place to read what the demo plants.

The planted effects and the numbers of the generative model below are set here;
the generator modules (:mod:`data.demo.organisation` ... :mod:`data.demo.build`)
read them. Only small realism details stay as literals beside the code that uses
them (how often a standard's level is shifted, how a regular move picks its target
post, name and age details). :func:`planted_effects` is the summary stored in
``dataset_info.planted_effects``.

Generative model (also stored as JSON in ``dataset_info.planted_effects``)
-------------------------------------------------------------------------
Period: monthly evaluations 2021-01 .. 2025-12 (month index t = 0..59),
reference date 2025-12-31. Employees are everyone in service at the
reference date; each has a latent person_effect ~ N(0, 5).

Headcount (x scale, at least 40 per region): DKI 62,000; JMB 10,100
(about 4,200 PNS + 5,900 PPPK, PPPK appointed mostly 2022-2024);
SLT 3,500; SWL 2,300.

How each region rates (``EVALUATION_REGIME``, as their systems export, seeds
002-004): Jakarta and Salatiga rate monthly with 0-100 scores (e-Kinerja);
Sawahlunto exports SIASN's ratings only, monthly, with no score of any kind;
Jambi rates quarterly (triwulan), ratings only. Every region has an annual
SKP per employee-year (with a score where the region scores).

Latent monthly performance (the score's expectation)::

    mu = 79.5 + person_effect + region_trend * t / 12 + fit_penalty + training_effect

and the score (scoring regions) ``mu + N(0, 3)``, clipped to [0, 100], 1 decimal.
Here

* region_trend (points per year): DKI +0.8, SLT +1.5, JMB +0.4, SWL -0.3;
* fit_penalty = -4.0 in every month the employee holds a post whose
  required_field is set and differs from the employee's education_field
  (after an executed move the post of the move month onwards counts);
* training_effect = +3.0 from month m + 3 on, where m is the end month of the
  employee's first substantive training (jp >= 20) in the data; later
  trainings add nothing.

Two ratings, from two latent values (PermenPANRB 6/2022 rates work results and
behaviour apart, so they are not one score cut twice): hasil kerja from
``mu + N(0, 3)`` (score_hasil_kerja), Di Atas at 86.5 or more, Di Bawah below
70.5; perilaku from a behaviour value ``79.5 + 0.5 * person_effect +
behaviour_trait N(0, 4) + N(0, 3)`` through score_sikap (+ N(0, 1.5)) and
score_disiplin (+ disiplin_offset + N(0, 1.5); DKI +1.0 for e-absensi, seed
004; SLT 0; JMB -1.5; SWL -2.5), Di Atas when their mean is 85.5 or more, Di
Bawah below 69.5; predikat by the matrix. Monthly shares (scale 0.1): hasil
kerja Di Atas about 24 %, Di Bawah 4 %; Sangat Baik 7 %, Baik 86 %, Butuh
Perbaikan 3 %, Kurang/Misconduct 3 %, Sangat Kurang 0.5 %. A quarterly or annual
row rates the period's mean latent values plus fresh noise (N(0, 3) a quarter,
N(0, 2) a year); an annual score is the mean of the year's monthly scores.

The planted effects on the ratings are computed by the builder from the same
draws (each row rated with and without the effect, noise kept) and stored in
``dataset_info.planted_effects.rating_effects``: the training effect and the
effect of moving a good performer into a fitting post on the shares "hasil
kerja Di Atas", "Sangat Baik" and "Baik or better" over months +3..+8, and one
year of each region's trend; at scale 0.1 training raises hasil kerja Di Atas
by about 16 points, the fit move by about 35, SLT's trend 7.6 a year, SWL's
-0.8.

Planted placement effect (seed 000, "good performers in the wrong post"): in
2023, employees in service before 2023 with person_effect above the median
who hold an ill-fitting non-structural post are proposed a rotasi/mutasi to a
post in the same region whose required_field equals their education_field:
proposal probability 0.667 in SLT (about 60 % executed), 0.2/(1 - decline
rate) elsewhere. Executed moves remove the -4 fit penalty from the move month
on. Declined shares of rotasi/mutasi proposals by region (resistance to
change): DKI 6 %, SLT 10 %, SWL 15 %, JMB 15 %. Besides, about 3-5 % of
employees a year get a regular proposal (rotasi, mutasi, promosi, rare
demosi); fungsional staff move within their family (promosi = next jenjang),
else to a post with the same required field; promotions into structural
posts (promotions and structural rotations) fill vacant ones only; PPPK get
no structural post. Appointments in
2021-2025 appear as 'pengangkatan'. At most one executed move per employee
besides the appointment.

Planted competency effect: round 1 of competency assessments in 2022
(everyone in service), round 2 in 2025 (60 % of those in service). Round-1
level = clip(round(required_level + 0.6 * ability + N(0, 0.7)), 1, 5) with
ability = 0.7 * person_effect / 5 + 0.71 * N(0, 1); the round-2 level of a
competency assessed in round 1 is its round-1 level + 1 (capped at 5) with
probability 0.6 if a training targeting it ended between the two dates, else
probability 0.1. Potensi (2024) = clip(62 + 11 * (0.6 * ability +
0.8 * N(0, 1)), 0, 100).

Training: per employee-year 0-4 short trainings (< 20 JP) and, with a
region- and year-specific probability (DKI highest, rising), one
substantive training (>= 20 JP): ICT training for public-service and
Diskominfo staff (strongest in SLT and DKI), project management for
infrastructure staff in DKI, leadership courses for structural staff.
Staffing: ABK needs are about 20 % above headcount for specialist
fungsional posts and 20 % below it for pelaksana posts (lognormal noise).
"""

from __future__ import annotations

import numpy as np

from analytics.reference import GOLONGAN

GENERATOR = "data.demo v1"  # dataset_info.generator: which generator wrote the file
DEFAULT_SEED = 20261122  # the seed when none is given (CLI and build_demo)
# Trainings, evaluations and assessments are drawn and inserted for this many employees
# at a time (issue #13: bounded memory at national scale). Scale 1 (77,900 employees)
# is one block, drawn exactly as before the builder worked in blocks.
BLOCK_EMPLOYEES = 100_000
# DuckDB's memory_limit while building (it spills to <file>.tmp beyond it); Python's
# blocks come on top of it
BUILD_MEMORY_LIMIT = "2GB"

# ---------------------------------------------------------------- parameters
# The effects planted for the dashboard's estimators to recover are marked "Planted"
# (planted_effects() at the end stores them in dataset_info); the other numbers shape a
# plausible regional civil service.

# -- regions and headcounts
# The demo's four regional governments (the seeds'); the only place in the code
# that lists them. Any other region comes in through an import.
REGIONS = [
    # region_id, name, province
    ("SLT", "Kota Salatiga", "Jawa Tengah"),
    ("JMB", "Kota Jambi", "Jambi"),
    ("SWL", "Kota Sawahlunto", "Sumatera Barat"),
    ("DKI", "Pemprov DKI Jakarta", "DKI Jakarta"),
]
REGION_IDS = [r[0] for r in REGIONS]
REGION_NAMES = {r[0]: r[1] for r in REGIONS}
# employees in service at the reference date at scale 1 (x scale, at least MIN_PER_REGION)
TARGET_HEADCOUNT = {"SLT": 3500, "JMB": 10100, "SWL": 2300, "DKI": 62000}
MIN_PER_REGION = 40
# share of PPPK (contract staff) among a region's employees; Jambi: 5,900 of 10,100
PPPK_SHARE = {"SLT": 0.20, "JMB": 5900 / 10100, "SWL": 0.25, "DKI": 0.15}
# appointment-year weights 2021..2025 for PPPK
PPPK_YEAR_WEIGHTS = {
    "SLT": (0.15, 0.25, 0.20, 0.20, 0.20),
    "JMB": (0.04, 0.30, 0.32, 0.30, 0.04),
    "SWL": (0.15, 0.25, 0.20, 0.20, 0.20),
    "DKI": (0.10, 0.20, 0.25, 0.25, 0.20),
}
# probability that an employee's education field is the required field of the initial
# post (where the post sets one); the others hold an ill-fitting post (see FIT_PENALTY)
FIT_PROB = {"SLT": 0.68, "JMB": 0.66, "SWL": 0.65, "DKI": 0.80}

# -- kinerja: the latent monthly performance (the score's expectation)
#    mu = INTERCEPT + person_effect + region_trend * t / 12 + fit_penalty + training_effect
INTERCEPT = 79.5  # mu of an average person in 2021-01 in a fitting post, untrained
PERSON_SD = 5.0  # person_effect ~ N(0, PERSON_SD), one per employee
# ability (competency, potential) = ABILITY_PERSON * person_effect / PERSON_SD
#   + sqrt(1 - ABILITY_PERSON^2) * N(0, 1): standard normal, correlated with performance
ABILITY_PERSON = 0.7
NOISE_SD = 3.0  # score = mu + N(0, NOISE_SD), clipped to 0..100, 1 decimal
# Planted: each region's trend, score points per year from 2021-01
REGION_TREND = {"SLT": 1.5, "JMB": 0.4, "SWL": -0.3, "DKI": 0.8}
# Planted: disiplin indicator relative to the sikap one: Jakarta's e-absensi (seed 004) vs the rest
DISIPLIN_OFFSET = {"SLT": 0.0, "JMB": -1.5, "SWL": -2.5, "DKI": 1.0}
# Planted: score points in every month the employee holds a post whose required_field is
# set and differs from their education field (an executed move ends it from the move month)
FIT_PENALTY = -4.0
# Planted: score points from TRAINING_LAG_MONTHS after the end month of the employee's first
# substantive training (jp >= SUBSTANTIVE_JP) on; later trainings add nothing
TRAINING_EFFECT = 3.0
TRAINING_LAG_MONTHS = 3
SUBSTANTIVE_JP = 20
# Two ratings from two latent values (PermenPANRB 6/2022 rates work results and
# behaviour apart): hasil kerja from the performance (score) plus its own noise,
# perilaku from a behaviour trait that shares half the person effect and has its
# own person trait and noise. Thresholds give about 20 % Di Atas and 3 % Di Bawah
# for hasil kerja, 22 % / 2 % for perilaku, so Sangat Baik (both Di Atas) is about
# 7 % and Butuh Perbaikan and Kurang/Misconduct are commoner than Sangat Kurang.
HASIL_NOISE_SD = 3.0  # hasil kerja value = mu + N(0, HASIL_NOISE_SD); also a quarter's fresh noise
# behaviour = INTERCEPT + BEHAVIOUR_PERSON_SHARE * person_effect + own trait N(0, BEHAVIOUR_PERSON_SD)
#   + N(0, BEHAVIOUR_NOISE_SD) a month
BEHAVIOUR_PERSON_SHARE = 0.5
BEHAVIOUR_PERSON_SD = 4.0
BEHAVIOUR_NOISE_SD = 3.0
INDICATOR_NOISE_SD = 1.5  # score_sikap and score_disiplin: behaviour (+ offset) + N(0, this)
ANNUAL_NOISE_SD = 2.0  # an annual SKP rates the year's mean latent values + N(0, this)
# Di Atas at or above HIGH, Di Bawah below LOW (perilaku: the mean of sikap and disiplin)
HASIL_HIGH, HASIL_LOW = 86.5, 70.5
PERILAKU_HIGH, PERILAKU_LOW = 85.5, 69.5
# How each region rates (what its systems export, seeds 002-004): e-Kinerja with 0-100
# scores monthly in Jakarta and Salatiga; SIASN ratings only, monthly in Sawahlunto and
# quarterly (triwulan) in Jambi. Every region has an annual SKP (with a score where
# the region scores). Region -> (period type, exports 0-100 scores).
EVALUATION_REGIME = {
    "SLT": ("bulanan", True),
    "JMB": ("triwulan", False),
    "SWL": ("bulanan", False),
    "DKI": ("bulanan", True),
}

# -- placements
# Planted (resistance to change): share of rotasi/mutasi proposals declined, by region
# (a third of it for promosi, none for demosi); the 2023 fit moves are declined alike
DECLINE_RATE = {"SLT": 0.10, "JMB": 0.15, "SWL": 0.15, "DKI": 0.06}
# Planted ("good performers in the wrong post", seed 000): about this share of the eligible
# (above-median person_effect, ill-fitting non-structural post, in service before 2023) is
# moved in 2023 to a fitting post of the region (proposed with probability
# FIT_MOVE_EXECUTED / (1 - DECLINE_RATE); a few find no post or are too near retirement)
FIT_MOVE_EXECUTED = {"SLT": 0.60, "JMB": 0.20, "SWL": 0.20, "DKI": 0.20}
# Jakarta's waste-management team (seed 004): its environment unit's environment posts go to
# environment graduates in one month (July 2023, t = 30); the city's cleanliness index
# (outcome_indicators) rises after it (OUTCOME_* below)
ENV_TEAM_UNIT = "DKI-DLH"
ENV_TEAM_MONTH = 30
FIT_MOVE_MONTHS = (24, 36)  # fit moves in months t = 24..35 (2023) of those in service before
REGULAR_MOVE_RATE = 0.05  # proposals per employee-year (some find no target post)
# type of a regular proposal (a promosi or demosi that cannot change the level becomes a rotasi)
MOVE_TYPES = ("rotasi", "mutasi", "promosi", "demosi")
MOVE_TYPE_PROBS = (0.40, 0.33, 0.24, 0.03)

# -- trainings (the first substantive one carries TRAINING_EFFECT)
# substantive training probability per year, 2021 -> 2025 (linear)
P_SUBSTANTIVE = {"SLT": (0.15, 0.24), "JMB": (0.11, 0.18), "SWL": (0.12, 0.20), "DKI": (0.18, 0.27)}
# short training: count ~ Binomial(4, p), p per region 2021 -> 2025
P_SHORT = {"SLT": (0.56, 0.68), "JMB": (0.43, 0.55), "SWL": (0.48, 0.59), "DKI": (0.64, 0.76)}
PPPK_TRAINING_FACTOR = 0.6  # PPPK get both training probabilities times this
SHORT_TRAININGS_MAX = 4  # short trainings a year ~ Binomial(SHORT_TRAININGS_MAX, P_SHORT)

# -- competency and potential assessments
# first day of each region's round 1 (2022), round 2 (2025) and potential assessment
# (2024); each employee's date falls within ROUND_SPREAD_DAYS days from it
ROUND1 = {"SLT": "2022-03-07", "JMB": "2022-05-09", "SWL": "2022-08-01", "DKI": "2022-10-03"}
ROUND2 = {"SLT": "2025-02-03", "JMB": "2025-06-02", "SWL": "2025-04-07", "DKI": "2025-09-01"}
POTENTIAL_DATE = {"SLT": "2024-04-01", "JMB": "2024-07-01", "SWL": "2024-05-06", "DKI": "2024-08-05"}
ROUND_SPREAD_DAYS = 40
ROUND2_SHARE = 0.6  # share of those in service assessed again in round 2
# Planted: probability that a competency assessed in round 1 is one level higher (cap 5) in
# round 2 if a training targeting it ended between the two dates, else LEVEL_UP_OTHER
LEVEL_UP_TRAINED, LEVEL_UP_OTHER = 0.6, 0.1
# level = clip(round(required_level + COMPETENCY_ABILITY * ability + N(0, COMPETENCY_NOISE_SD)), 1, 5)
# in round 1 and for a competency first assessed in round 2
COMPETENCY_ABILITY = 0.6
COMPETENCY_NOISE_SD = 0.7
# potential_score = clip(POTENTIAL_MEAN + POTENTIAL_SCALE * (POTENTIAL_ABILITY * ability
#   + POTENTIAL_NOISE * N(0, 1)), 0, 100), 1 decimal
POTENTIAL_MEAN = 62
POTENTIAL_SCALE = 11
POTENTIAL_ABILITY = 0.6
POTENTIAL_NOISE = 0.8

# -- period: months 2021-01 .. 2025-12 (t = 0..59) and the reference date
N_MONTHS = 60
MONTH0 = np.datetime64("2021-01", "M")
REF_DATE = np.datetime64("2025-12-31")
NEVER = 10_000  # month index meaning "never"

# -- realism: posts, people, careers and the training catalogue
# promotion / demotion ladders (level -> level)
PROMOTE_TO = {
    "Pelaksana": "Pengawas",
    "Terampil": "Ahli Pertama",
    "Ahli Pertama": "Ahli Muda",
    "Ahli Muda": "Ahli Madya",
    "Ahli Madya": "Ahli Utama",
    "Pengawas": "Administrator",
    "Administrator": "JPT Pratama",
    "JPT Pratama": "JPT Madya",
}
DEMOTE_TO = {
    "Pengawas": "Pelaksana",
    "Administrator": "Pengawas",
    "JPT Pratama": "Administrator",
    "Ahli Muda": "Ahli Pertama",
    "Ahli Madya": "Ahli Muda",
    "Ahli Pertama": "Terampil",
}

# education (SIASN tingkat pendidikan) by level of the post
EDU_BY_LEVEL = {
    "JPT Madya": {45: 0.7, 50: 0.3},
    "JPT Pratama": {40: 0.25, 45: 0.68, 50: 0.07},
    "Administrator": {40: 0.5, 45: 0.48, 50: 0.02},
    "Pengawas": {35: 0.08, 40: 0.72, 45: 0.2},
    "Ahli Utama": {45: 0.6, 50: 0.4},
    "Ahli Madya": {40: 0.45, 45: 0.5, 50: 0.05},
    "Ahli Muda": {35: 0.08, 40: 0.75, 45: 0.17},
    "Ahli Pertama": {35: 0.1, 40: 0.85, 45: 0.05},
    "Terampil": {30: 0.85, 35: 0.05, 40: 0.1},
    "Pelaksana": {5: 0.01, 10: 0.04, 15: 0.45, 20: 0.02, 25: 0.02, 30: 0.18, 35: 0.03, 40: 0.25},
}
# education field of people whose field is not set by their post
GENERAL_FIELDS = {
    "administrasi": 0.24,
    "sosial": 0.14,
    "akuntansi": 0.12,
    "hukum": 0.10,
    "tik": 0.08,
    "pendidikan": 0.08,
    "teknik_sipil": 0.06,
    "perencanaan": 0.04,
    "lingkungan": 0.04,
    "keperawatan": 0.06,
    "kedokteran": 0.01,
}
# years of service at the reference date (PNS) by level
SERVICE_YEARS = {
    "JPT Madya": (25, 34),
    "JPT Pratama": (18, 32),
    "Administrator": (12, 32),
    "Pengawas": (6, 30),
    "Ahli Utama": (22, 36),
    "Ahli Madya": (14, 33),
    "Ahli Muda": (6, 28),
    "Ahli Pertama": (0, 20),
    "Terampil": (0, 30),
    "Pelaksana": (0, 36),
}
# age at appointment (from, to) by education level
ENTRY_AGE = {5: (18.5, 28), 10: (18.5, 28), 15: (18.5, 28), 20: (20, 30), 25: (20, 30), 30: (21, 32)}
ENTRY_AGE_HIGH = {35: (22.5, 35), 40: (22.5, 35), 45: (26, 38), 50: (30, 40)}
# PNS golongan: index into GOL_PNS (I/a = 0 .. IV/e = 16)
GOL_PNS = [g for g, t, _ in GOLONGAN if t == "PNS"]
GOL_PPPK = [g for g, t, _ in GOLONGAN if t == "PPPK"]
# golongan at entry by education level (index into GOL_PNS); a step about every 4 years
ENTRY_GOL = {5: 0, 10: 2, 15: 4, 20: 4, 25: 5, 30: 6, 35: 8, 40: 8, 45: 9, 50: 10}
# golongan range (indices into GOL_PNS) by level of the post
GOL_RANGE = {
    "JPT Madya": (14, 16),
    "JPT Pratama": (13, 15),
    "Administrator": (10, 13),
    "Pengawas": (9, 12),
    "Ahli Utama": (15, 16),
    "Ahli Madya": (12, 14),
    "Ahli Muda": (10, 11),
    "Ahli Pertama": (8, 9),
    "Terampil": (6, 11),
    "Pelaksana": (0, 11),
}
# PPPK golongan by education level, and steps above it for senior fungsional levels
PPPK_GOL = {5: "I", 10: "IV", 15: "V", 20: "V", 25: "VI", 30: "VII", 35: "IX", 40: "IX", 45: "X", 50: "XI"}
PPPK_GOL_BUMP = {"Ahli Muda": 1, "Ahli Madya": 2, "Ahli Utama": 3}

# fungsional level shares within a family and PPPK affinity per level
LEVEL_SHARE = {"Terampil": 1.0, "Ahli Pertama": 1.0, "Ahli Muda": 0.8, "Ahli Madya": 0.35, "Ahli Utama": 0.08}
LEVEL_PPPK = {"Terampil": 1.0, "Ahli Pertama": 1.0, "Ahli Muda": 0.3, "Ahli Madya": 0.02, "Ahli Utama": 0.0}
# share of women by post family (0.45 for the others)
FEMALE_SHARE = {
    "Perawat": 0.8,
    "Bidan": 1.0,
    "Guru": 0.68,
    "Dokter": 0.58,
    "Polisi Pamong Praja": 0.15,
    "Petugas Pemadam Kebakaran": 0.05,
    "Pengemudi Truk Sampah": 0.02,
    "Pengendali Ketertiban Umum": 0.12,
    "Petugas Pengatur Lalu Lintas": 0.1,
    "Pengelola Kebersihan": 0.3,
    "struktural": 0.32,
}
# a fungsional family's own teknis competency (a second teknis standard of its posts)
FAMILY_TEKNIS = {
    "Pranata Komputer": "T-TIK",
    "Pengolah Data dan Informasi": "T-TIK",
    "Sandiman": "T-TIK",
    "Administrator Database Kependudukan": "T-TIK",
    "Pengelola Sistem dan Jaringan": "T-TIK",
    "Pengelola Data Kepegawaian": "T-TIK",
    "Perencana": "T-REN",
    "Statistisi": "T-REN",
    "Penata Ruang": "T-REN",
    "Analis Keuangan Pusat dan Daerah": "T-KEU",
    "Bendahara": "T-KEU",
    "Pengelola Keuangan": "T-KEU",
    "Auditor": "T-KEU",
    "Pengelola Pengadaan Barang/Jasa": "T-PRO",
}
# unit profiles whose head requires the unit's field
HEAD_FIELD_PROFILES = {"kesehatan", "rsud", "pendidikan", "pupr", "lh", "kominfo", "perencanaan", "keuangan"}
# public-service units: Sawahlunto rotates finance staff into them (seed 003)
PELAYANAN_PROFILES = {"dpmptsp", "dukcapil", "kecamatan"}
UNIT_FULL_SCALE = 0.25  # from this scale on every unit exists; below, core units + a share
STRUCT_FILL = 0.9  # share of structural posts filled at the start
STRUCT_MAX_SHARE = 0.10  # at most this share of PNS in structural posts
# ABK staffing need of a post: its expected headcount x factor x lognormal(0, NEED_NOISE_SD)
# (at least 1; a structural post needs 1): specialist fungsional posts above headcount,
# pelaksana below, the unit-common fungsional posts at 1.0
NEED_FACTOR_SPECIALIST = 1.2
NEED_FACTOR_PELAKSANA = 0.8
NEED_NOISE_SD = 0.25

# substantive course weights by unit profile (keys of names.SUBSTANTIVE_TRAININGS)
COURSE_BASE = {
    "lead": 1.0,
    "coach": 0.5,
    "komunikasi": 1.0,
    "english": 0.4,
    "perubahan": 0.5,
    "yan": 1.0,
    "ict_data": 0.5,
    "ren": 0.4,
}
COURSE_PROFILE = {
    "kominfo": {"ict_egov": 6.0, "ict_layanan": 3.0, "ict_data": 2.0},
    "dpmptsp": {"ict_layanan": 4.0, "yan": 3.0},
    "dukcapil": {"ict_layanan": 4.0, "yan": 3.0},
    "kecamatan": {"ict_layanan": 3.0, "yan": 3.0},
    "pupr": {"pm_infra": 4.0},
    "perhubungan": {"pm_infra": 1.0},
    "perencanaan": {"ren": 6.0, "ict_data": 1.0},
    "keuangan": {"keu": 5.0},
    "pendapatan": {"keu": 4.0, "ict_layanan": 1.0},
    "inspektorat": {"keu": 4.0},
    "lh": {"lh": 5.0},
    "kesehatan": {"kes": 4.0, "kes_gadar": 2.0},
    "rsud": {"kes": 2.0, "kes_gadar": 4.0},
    "pendidikan": {"guru": 6.0},
    "setda": {"lead": 2.0, "ren": 1.0},
    "kepegawaian": {"ict_data": 2.0, "coach": 2.0},
}
# region multipliers for course families (seeds: ICT for public service in SLT,
# DKI and SWL; project management for DKI infrastructure)
COURSE_REGION = {
    "ict_layanan": {"SLT": 2.5, "DKI": 2.0, "SWL": 1.5, "JMB": 0.7},
    "ict_egov": {"SLT": 1.5, "DKI": 2.0, "SWL": 1.5, "JMB": 0.8},
    "pm_infra": {"SLT": 0.5, "DKI": 3.0, "SWL": 0.5, "JMB": 0.5},
    "lead": {"SLT": 1.5, "DKI": 1.0, "SWL": 1.0, "JMB": 1.0},
    "komunikasi": {"SLT": 1.5, "DKI": 1.0, "SWL": 1.0, "JMB": 1.0},
}
# extra substantive-training probability for prioritised staff (DKI IT staff)
P_SUB_BOOST = {
    ("DKI", "kominfo"): 1.6,
    ("DKI", "pupr"): 1.3,
    ("SLT", "dpmptsp"): 1.3,
    ("SLT", "kecamatan"): 1.2,
}
LEADERSHIP_SHARE = 0.35  # share of structural staff's substantive trainings that are PKP/PKA/PKN


# ---------------------------------------------------------------- public service outcomes (issue #14)
# Survei Kepuasan Masyarakat per unit and half-year, 2021-2025; Jambi publishes the IKM only
# (the published form), the others the nine unsur.
SKM_PUBLISHED_ONLY = {"JMB"}
IKM_BASE = {"SLT": 80.0, "JMB": 77.0, "SWL": 79.0, "DKI": 82.0}  # a region's mean IKM in 2021
IKM_UNIT_SD = 3.0  # units differ around it
IKM_TREND = {"SLT": 0.4, "JMB": 0.2, "SWL": 0.1, "DKI": 0.3}  # IKM points a year
IKM_NOISE_SD = 1.2  # a half-year's survey around the unit's level
# Planted: a unit whose qualification fit rose by at least the outcome_fit_step setting in a
# quarter (its reform step, found in the data as the dashboard finds it) has its IKM raised
# by IKM_STEP_EFFECT points from OUTCOME_LAG_QUARTERS after that quarter.
IKM_STEP_EFFECT = 4.0
OUTCOME_LAG_QUARTERS = 2
OUTCOME_MIN_STAFF = 10  # units of fewer staff have no reform step (one move swings them)
# Planted: Jakarta's city cleanliness index (its environment unit), quarterly, rises by
# CLEANLINESS_EFFECT points from OUTCOME_LAG_QUARTERS after the environment team's quarter.
CLEANLINESS_BASE = 61.0
CLEANLINESS_TREND = 0.8  # points a year
CLEANLINESS_NOISE_SD = 0.8
CLEANLINESS_EFFECT = 6.0
STAFF_SATISFACTION_BASE = 72.0  # staff job-satisfaction index, a year (no planted effect)
FEEDBACK_PER_100_STAFF = 6.0  # feedback items a quarter per 100 staff (no planted effect)


def planted_effects() -> dict:
    """The generative model's planted effects (stored in dataset_info)."""
    return {
        "score_model": {
            "id": "score = intercept + efek_individu N(0,5) + tren_wilayah * tahun_sejak_2021-01 + penalti_kesesuaian"
            " + efek_pelatihan + noise N(0,3), dipotong 0..100, 1 desimal",
            "en": "score = intercept + person_effect N(0,5) + region_trend * years_since_2021-01 + fit_penalty"
            " + training_effect + noise N(0,3), clipped 0..100, 1 decimal",
            "intercept": INTERCEPT,
            "person_sd": PERSON_SD,
            "noise_sd": NOISE_SD,
        },
        "region_trend_per_year": REGION_TREND,
        "disiplin_offset": DISIPLIN_OFFSET,
        "fit_penalty": {
            "value": FIT_PENALTY,
            "id": "berlaku selama pegawai menduduki jabatan yang required_field-nya terisi dan berbeda dari bidang pendidikannya",
            "en": "applies while the employee holds a post whose required_field is set and differs from the education field",
            "fit_probability_by_region": FIT_PROB,
        },
        "training_effect": {
            "value": TRAINING_EFFECT,
            "min_jp": SUBSTANTIVE_JP,
            "lag_months": TRAINING_LAG_MONTHS,
            "id": "+3 mulai bulan ke-3 setelah bulan selesai pelatihan substantif (jp >= 20) pertama; pelatihan berikutnya tanpa efek",
            "en": "+3 from the 3rd month after the end month of the first substantive training (jp >= 20); later ones add nothing",
        },
        "fit_move_2023": {
            "executed_share_of_eligible": FIT_MOVE_EXECUTED,
            "id": "2023: pegawai berkinerja baik (efek individu di atas median) di jabatan yang tidak sesuai dipindah"
            " (rotasi/mutasi) ke jabatan di wilayah yang sama yang sesuai bidang pendidikannya; penalti hilang sejak bulan pindah",
            "en": "2023: good performers (person effect above the median) in ill-fitting posts are moved (rotasi/mutasi)"
            " to a fitting post in the same region; the fit penalty disappears from the move month on",
        },
        "declined_share_by_region": DECLINE_RATE,
        "ikm_after_reform_step": {
            "value": IKM_STEP_EFFECT,
            "lag_quarters": OUTCOME_LAG_QUARTERS,
            "id": "IKM unit naik sebesar nilai ini mulai lag triwulan setelah triwulan kesesuaian kualifikasinya naik"
            " >= pengaturan outcome_fit_step (unit >= 10 pegawai)",
            "en": "a unit's IKM rises by this from lag quarters after the quarter its qualification fit rose by"
            " >= the outcome_fit_step setting (units of >= 10 staff)",
        },
        "jakarta_cleanliness_index": {
            "unit": ENV_TEAM_UNIT,
            "team_month": "2023-07",
            "value": CLEANLINESS_EFFECT,
            "lag_quarters": OUTCOME_LAG_QUARTERS,
            "id": "Indeks Kebersihan Kota (DLH Jakarta) naik sebesar nilai ini mulai lag triwulan setelah tim"
            " pengelolaan sampah diisi lulusan lingkungan (Juli 2023, seed 004)",
            "en": "Jakarta's cleanliness index rises by this from lag quarters after the waste-management team was"
            " staffed with environment graduates (July 2023, seed 004)",
        },
        "competency_round2": {
            "level_up_if_trained": LEVEL_UP_TRAINED,
            "level_up_otherwise": LEVEL_UP_OTHER,
            "id": "level putaran 2 (2025) naik +1 (maks 5) dengan peluang 0,6 bila ada pelatihan untuk kompetensi itu"
            " yang selesai di antara dua asesmen, selain itu 0,1",
            "en": "round-2 (2025) level rises by +1 (cap 5) with probability 0.6 if a training targeting the competency"
            " ended between the two rounds, else 0.1",
        },
        "ratings": {
            "id": "hasil kerja dari kinerja laten + N(0, 3); perilaku dari sifat perilaku (0,5 x efek individu"
            " + sifat sendiri N(0, 4)) + N(0, 3); ambang Di Atas / Di Bawah hasil kerja 86,5 / 70,5, perilaku"
            " (rata-rata sikap dan disiplin) 85,5 / 69,5; predikat dari matriks PermenPANRB 6/2022",
            "en": "hasil kerja from the latent performance + N(0, 3); perilaku from a behaviour trait (0.5 x person"
            " effect + its own trait N(0, 4)) + N(0, 3); Di Atas / Di Bawah thresholds hasil kerja 86.5 / 70.5,"
            " perilaku (mean of sikap and disiplin) 85.5 / 69.5; predikat by the PermenPANRB 6/2022 matrix",
            "hasil_kerja_di_atas_if_at_least": HASIL_HIGH,
            "hasil_kerja_di_bawah_if_below": HASIL_LOW,
            "perilaku_di_atas_if_at_least": PERILAKU_HIGH,
            "perilaku_di_bawah_if_below": PERILAKU_LOW,
        },
        "evaluation_regime": {
            r: {"period": period, "scores": scored} for r, (period, scored) in EVALUATION_REGIME.items()
        },
        "substantive_training_probability_2021_2025": P_SUBSTANTIVE,
        "staffing_need": {
            "id": "kebutuhan ABK sekitar 20% di atas jumlah pegawai untuk fungsional spesialis, 20% di bawah untuk pelaksana",
            "en": "ABK need about 20% above headcount for specialist fungsional posts, 20% below for pelaksana posts",
        },
    }
