"""Synthetic demo database for the ASN dashboard, with planted effects.

Usage as a script::

    python -m data.demo [--db PATH] [--scale S] [--seed N]

and as a function: :func:`build_demo` (the tests build small databases from
the same code). The build writes a temporary file beside the target and
renames it into place at the end, so an interrupted build never leaves a
half database.

All people are invented. Region, unit and kecamatan names are real, so the
demo looks familiar. Everything is drawn from one ``numpy`` generator seeded
with ``seed``: the same seed and scale give the same table contents (only
``dataset_info.built_at`` differs). No per-row Python loops: loops run over
regions, units, years and small code lists only.

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

import argparse
import json
import math
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from analytics import db as adb
from analytics.reference import (
    COMPETENCIES,
    EDUCATION_FIELDS,
    GOLONGAN,
    JABATAN_LEVELS,
    PREDIKAT_MATRIX,
    TRAINING_CATEGORIES,
)
from data import names as N

GENERATOR = "data.demo v1"
DEFAULT_SEED = 20261122

# ---------------------------------------------------------------- parameters
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
TARGET_HEADCOUNT = {"SLT": 3500, "JMB": 10100, "SWL": 2300, "DKI": 62000}
MIN_PER_REGION = 40
PPPK_SHARE = {"SLT": 0.20, "JMB": 5900 / 10100, "SWL": 0.25, "DKI": 0.15}
# appointment-year weights 2021..2025 for PPPK
PPPK_YEAR_WEIGHTS = {
    "SLT": (0.15, 0.25, 0.20, 0.20, 0.20),
    "JMB": (0.04, 0.30, 0.32, 0.30, 0.04),
    "SWL": (0.15, 0.25, 0.20, 0.20, 0.20),
    "DKI": (0.10, 0.20, 0.25, 0.25, 0.20),
}
FIT_PROB = {"SLT": 0.68, "JMB": 0.66, "SWL": 0.65, "DKI": 0.80}

INTERCEPT = 79.5
PERSON_SD = 5.0
NOISE_SD = 3.0
REGION_TREND = {"SLT": 1.5, "JMB": 0.4, "SWL": -0.3, "DKI": 0.8}
# disiplin indicator relative to the sikap one: Jakarta's e-absensi (seed 004) vs the rest
DISIPLIN_OFFSET = {"SLT": 0.0, "JMB": -1.5, "SWL": -2.5, "DKI": 1.0}
FIT_PENALTY = -4.0
TRAINING_EFFECT = 3.0
TRAINING_LAG_MONTHS = 3
SUBSTANTIVE_JP = 20
# Two ratings from two latent values (PermenPANRB 6/2022 rates work results and
# behaviour apart): hasil kerja from the performance (score) plus its own noise,
# perilaku from a behaviour trait that shares half the person effect and has its
# own person trait and noise. Thresholds give about 20 % Di Atas and 3 % Di Bawah
# for hasil kerja, 22 % / 2 % for perilaku, so Sangat Baik (both Di Atas) is about
# 7 % and Butuh Perbaikan and Kurang/Misconduct are commoner than Sangat Kurang.
HASIL_NOISE_SD = 3.0
BEHAVIOUR_PERSON_SD = 4.0
BEHAVIOUR_NOISE_SD = 3.0
HASIL_HIGH, HASIL_LOW = 86.5, 70.5
PERILAKU_HIGH, PERILAKU_LOW = 85.5, 69.5
# How each region rates (what its systems export, seeds 002-004): e-Kinerja with 0-100
# scores monthly in Jakarta and Salatiga; SIASN ratings only, monthly in Sawahlunto and
# quarterly (triwulan) in Jambi. Every region has an annual SKP (with a score where
# the region scores).
EVALUATION_REGIME = {
    "SLT": ("bulanan", True),
    "JMB": ("triwulan", False),
    "SWL": ("bulanan", False),
    "DKI": ("bulanan", True),
}

DECLINE_RATE = {"SLT": 0.10, "JMB": 0.15, "SWL": 0.15, "DKI": 0.06}
FIT_MOVE_EXECUTED = {"SLT": 0.60, "JMB": 0.20, "SWL": 0.20, "DKI": 0.20}
REGULAR_MOVE_RATE = 0.05  # proposals per employee-year (some find no target post)
MOVE_TYPES = ("rotasi", "mutasi", "promosi", "demosi")
MOVE_TYPE_PROBS = (0.40, 0.33, 0.24, 0.03)

# substantive training probability per year, 2021 -> 2025 (linear)
P_SUBSTANTIVE = {"SLT": (0.15, 0.24), "JMB": (0.11, 0.18), "SWL": (0.12, 0.20), "DKI": (0.18, 0.27)}
# short training: count ~ Binomial(4, p), p per region 2021 -> 2025
P_SHORT = {"SLT": (0.56, 0.68), "JMB": (0.43, 0.55), "SWL": (0.48, 0.59), "DKI": (0.64, 0.76)}
PPPK_TRAINING_FACTOR = 0.6

ROUND1 = {"SLT": "2022-03-07", "JMB": "2022-05-09", "SWL": "2022-08-01", "DKI": "2022-10-03"}
ROUND2 = {"SLT": "2025-02-03", "JMB": "2025-06-02", "SWL": "2025-04-07", "DKI": "2025-09-01"}
POTENTIAL_DATE = {"SLT": "2024-04-01", "JMB": "2024-07-01", "SWL": "2024-05-06", "DKI": "2024-08-05"}
ROUND_SPREAD_DAYS = 40
ROUND2_SHARE = 0.6
LEVEL_UP_TRAINED, LEVEL_UP_OTHER = 0.6, 0.1

N_MONTHS = 60
MONTH0 = np.datetime64("2021-01", "M")
REF_DATE = np.datetime64("2025-12-31")
NEVER = 10_000  # month index meaning "never"

LEVELS = [lv[0] for lv in JABATAN_LEVELS]
LEVEL_IDX = {lv: i for i, lv in enumerate(LEVELS)}
LEVEL_JENIS = np.array([lv[1] for lv in JABATAN_LEVELS])
LEVEL_REQ = np.array([lv[2] for lv in JABATAN_LEVELS])
LEVEL_BUP = np.array([lv[3] for lv in JABATAN_LEVELS], dtype=float)
FIELDS = [f[0] for f in EDUCATION_FIELDS]
FIELD_IDX = {f: i for i, f in enumerate(FIELDS)}
NO_FIELD = -1
COMP_IDS = [c[0] for c in COMPETENCIES]
COMP_IDX = {c: i for i, c in enumerate(COMP_IDS)}
CORE_COMPS = [c[0] for c in COMPETENCIES if c[1] != "teknis"]
COMP_RANK = np.argsort(np.argsort(COMP_IDS))  # position of each id in string order

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
ENTRY_AGE = {5: (18.5, 28), 10: (18.5, 28), 15: (18.5, 28), 20: (20, 30), 25: (20, 30), 30: (21, 32)}
ENTRY_AGE_HIGH = {35: (22.5, 35), 40: (22.5, 35), 45: (26, 38), 50: (30, 40)}
# PNS golongan: index into GOL_PNS (I/a = 0 .. IV/e = 16)
GOL_PNS = [g for g, t, _ in GOLONGAN if t == "PNS"]
GOL_PPPK = [g for g, t, _ in GOLONGAN if t == "PPPK"]
ENTRY_GOL = {5: 0, 10: 2, 15: 4, 20: 4, 25: 5, 30: 6, 35: 8, 40: 8, 45: 9, 50: 10}
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
PPPK_GOL = {5: "I", 10: "IV", 15: "V", 20: "V", 25: "VI", 30: "VII", 35: "IX", 40: "IX", 45: "X", 50: "XI"}
PPPK_GOL_BUMP = {"Ahli Muda": 1, "Ahli Madya": 2, "Ahli Utama": 3}

# fungsional level shares within a family and PPPK affinity per level
LEVEL_SHARE = {"Terampil": 1.0, "Ahli Pertama": 1.0, "Ahli Muda": 0.8, "Ahli Madya": 0.35, "Ahli Utama": 0.08}
LEVEL_PPPK = {"Terampil": 1.0, "Ahli Pertama": 1.0, "Ahli Muda": 0.3, "Ahli Madya": 0.02, "Ahli Utama": 0.0}
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
HEAD_FIELD_PROFILES = {"kesehatan", "rsud", "pendidikan", "pupr", "lh", "kominfo", "perencanaan", "keuangan"}
PELAYANAN_PROFILES = {"dpmptsp", "dukcapil", "kecamatan"}
UNIT_FULL_SCALE = 0.25  # from this scale on every unit exists; below, core units + a share
STRUCT_FILL = 0.9  # share of structural posts filled at the start
STRUCT_MAX_SHARE = 0.10  # at most this share of PNS in structural posts

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


def _month_start(m: np.ndarray) -> np.ndarray:
    return (MONTH0 + np.asarray(m)).astype("datetime64[D]")


def _month_of(d: np.ndarray) -> np.ndarray:
    return (d.astype("datetime64[M]") - MONTH0).astype(np.int64)


def _ymd(d: np.ndarray) -> np.ndarray:
    """YYYYMMDD as int64 for datetime64[D] values."""
    y = d.astype("datetime64[Y]").astype(np.int64) + 1970
    m = d.astype("datetime64[M]").astype(np.int64) % 12 + 1
    day = (d - d.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64) + 1
    return y * 10000 + m * 100 + day


def _choice_by_weights(rng: np.random.Generator, weights: dict, size: int) -> np.ndarray:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return np.array(keys)[rng.choice(len(keys), size=size, p=p / p.sum())]


def _pick_in_groups(
    rng, group_of_item: np.ndarray, wanted_group: np.ndarray, exclude: np.ndarray | None = None
):
    """For each wanted group key pick a random item of that group (uniform).

    Returns (item index, ok) with ok False when the group is empty or only
    holds the excluded item. Vectorised via sorting + searchsorted.
    """
    order = np.argsort(group_of_item, kind="stable")
    keys = group_of_item[order]
    lo = np.searchsorted(keys, wanted_group, "left")
    hi = np.searchsorted(keys, wanted_group, "right")
    cnt = hi - lo
    r = np.floor(rng.random(len(wanted_group)) * np.maximum(cnt, 1)).astype(np.int64)
    pick = order[np.minimum(lo + r, len(order) - 1)] if len(order) else np.zeros(len(wanted_group), np.int64)
    ok = cnt > 0
    if exclude is not None:
        same = pick == exclude
        alt = order[np.minimum(lo + (r + 1) % np.maximum(cnt, 1), len(order) - 1)] if len(order) else pick
        pick = np.where(same, alt, pick)
        ok &= pick != exclude
    return pick, ok


# ---------------------------------------------------------------- organisation
def _structural_posts(profile: str, unit_name: str, province: bool) -> list[tuple]:
    """(name, level, eselon, required_field) of a unit's structural ladder."""
    p = N.PROFILES[profile]
    f, bidang = p["field"], p["bidang"]
    head_field = f if profile in HEAD_FIELD_PROFILES else None
    if profile == "setda":
        asisten = (
            "Pemerintahan dan Kesejahteraan Rakyat",
            "Perekonomian dan Pembangunan",
            "Administrasi Umum",
        )
        if province:
            posts = [("Sekretaris Daerah", "JPT Madya", 11, None)]
            posts += [(f"Asisten {a}", "JPT Pratama", 21, None) for a in asisten]
            posts += [(f"Kepala Biro {b}", "JPT Pratama", 22, "hukum" if b == "Hukum" else f) for b in bidang]
            posts += [(f"Kepala Bagian Tata Usaha Biro {b}", "Administrator", 31, None) for b in bidang]
        else:
            posts = [("Sekretaris Daerah", "JPT Pratama", 21, None)]
            posts += [(f"Asisten {a}", "JPT Pratama", 22, None) for a in asisten]
            posts += [
                (f"Kepala Bagian {b}", "Administrator", 31, "hukum" if b == "Hukum" else f) for b in bidang
            ]
        return posts + [(f"Kepala Subbagian Administrasi {b}", "Pengawas", 41, None) for b in bidang]
    if profile == "kota_adm":
        head = unit_name.replace("Kota Administrasi", "Wali Kota Administrasi").replace(
            "Kabupaten Administrasi", "Bupati Administrasi"
        )
        posts = [(head, "JPT Pratama", 21, None), (f"Sekretaris {unit_name}", "JPT Pratama", 22, None)]
        posts += [(f"Kepala Bagian {b}", "Administrator", 31, f) for b in bidang]
        return posts + [(f"Kepala Subbagian {b}", "Pengawas", 41, None) for b in bidang]
    if profile == "dprd":
        posts = [("Sekretaris DPRD", "JPT Pratama", 21 if province else 22, None)]
        posts += [(f"Kepala Bagian {b}", "Administrator", 31, f) for b in bidang]
        return [*posts, ("Kepala Subbagian Keuangan", "Pengawas", 41, "akuntansi")]
    if profile == "inspektorat":
        posts = [
            ("Inspektur", "JPT Pratama", 21, head_field),
            ("Sekretaris Inspektorat", "Administrator", 31, None),
        ]
        posts += [(b, "Administrator", 31, f) for b in bidang]
        return [*posts, ("Kepala Subbagian Umum dan Keuangan", "Pengawas", 41, None)]
    if profile == "rsud":
        posts = [
            (
                f"Direktur {unit_name}",
                "JPT Pratama" if province else "Administrator",
                22 if province else 31,
                head_field,
            )
        ]
        posts += [("Kepala Bagian Tata Usaha", "Administrator", 31 if province else 32, None)]
        posts += [(f"Kepala Bidang {b}", "Administrator", 32, f) for b in bidang]
        posts += [(f"Kepala Seksi {b}", "Pengawas", 41, f) for b in bidang]
        return [*posts, ("Kepala Subbagian Keuangan", "Pengawas", 41, "akuntansi")]
    if profile == "kecamatan":
        place = unit_name.removeprefix("Kecamatan ")
        posts = [
            (f"Camat {place}", "Administrator", 31, None),
            (f"Sekretaris Kecamatan {place}", "Administrator", 32, None),
        ]
        posts += [(f"Kepala Seksi {s}", "Pengawas", 41, None) for s in N.KECAMATAN_SEKSI]
        return [*posts, ("Kepala Subbagian Umum dan Kepegawaian", "Pengawas", 42, None)]
    sub = "Subbidang" if p["kind"] == "badan" else "Seksi"
    posts = [
        (f"Kepala {unit_name}", "JPT Pratama", 21, head_field),
        (f"Sekretaris {unit_name}", "Administrator", 31, None),
    ]
    posts += [(f"Kepala Bidang {b}", "Administrator", 31, f) for b in bidang]
    posts += [
        ("Kepala Subbagian Umum dan Kepegawaian", "Pengawas", 41, None),
        ("Kepala Subbagian Keuangan dan Aset", "Pengawas", 41, "akuntansi"),
    ]
    return posts + [(f"Kepala {sub} {b}", "Pengawas", 41, f) for b in bidang]


def _unit_posts(profile: str, unit_name: str, province: bool) -> list[dict]:
    p = N.PROFILES[profile]
    rows = [
        dict(
            name=n,
            level=lv,
            eselon=es,
            required_field=rf,
            family="struktural",
            weight=0.0,
            pppk=0.0,
            need_factor=1.0,
        )
        for n, lv, es, rf in _structural_posts(profile, unit_name, province)
    ]
    families = list(p["fungsional"])
    if profile not in ("kecamatan", "kota_adm"):
        own = {fam[0] for fam in families}
        families += [fam for fam in N.COMMON_FUNGSIONAL if fam[0] not in own]
    for k, (family, levels, field, weight, aff) in enumerate(families):
        total = sum(LEVEL_SHARE[lv] for lv in levels)
        specialist = k < len(p["fungsional"])
        for lv in levels:
            rows.append(
                dict(
                    name=f"{family} {lv}",
                    level=lv,
                    eselon=None,
                    required_field=field,
                    family=family,
                    weight=weight * LEVEL_SHARE[lv] / total,
                    pppk=aff * LEVEL_PPPK[lv],
                    need_factor=1.2 if specialist else 1.0,
                )
            )
    for name, field, weight in [*p["pelaksana"], *N.COMMON_PELAKSANA]:
        rows.append(
            dict(
                name=name,
                level="Pelaksana",
                eselon=None,
                required_field=field,
                family=name,
                weight=weight,
                pppk=1.2,
                need_factor=0.8,
            )
        )
    return rows


def build_organisation(rng: np.random.Generator, scale: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Units and positions (with internal columns used by the generator)."""
    units, posts = [], []
    for region in REGION_IDS:
        listed = N.REGION_UNITS[region]
        core = [u for u in listed if u[3]]
        rest = [u for u in listed if not u[3]]
        keep = round(len(rest) * min(1.0, scale / UNIT_FULL_SCALE))
        chosen = {u[0] for u in core} | {u[0] for u in rest[:keep]}
        for code, name, profile, _ in listed:
            if code not in chosen:
                continue
            if code == "RSUD":
                name = N.RSUD_NAMES[region]
            unit_id = f"{region}-{code}"
            units.append(
                dict(
                    unit_id=unit_id,
                    region_id=region,
                    name=name,
                    kind=N.PROFILES[profile]["kind"],
                    profile=profile,
                )
            )
            unit_rows = _unit_posts(profile, name, province=region == "DKI")
            free = sum(r["weight"] for r in unit_rows)
            for k, r in enumerate(unit_rows, start=1):
                r.update(
                    position_id=f"{unit_id}-{k:03d}",
                    unit_id=unit_id,
                    region_id=region,
                    profile=profile,
                    weight=N.PROFILES[profile]["weight"] * r["weight"] / free,
                )
                posts.append(r)
    units_df = pd.DataFrame(units)
    pos = pd.DataFrame(posts)
    pos["level_idx"] = pos["level"].map(LEVEL_IDX).astype(np.int64)
    pos["jenis_jabatan"] = LEVEL_JENIS[pos["level_idx"]]
    pos["is_struct"] = pos["jenis_jabatan"] == 1
    pos["eselon"] = pos["eselon"].astype("Int16")
    pos["field_idx"] = pos["required_field"].map(FIELD_IDX).fillna(NO_FIELD).astype(np.int64)
    pos["region_idx"] = pos["region_id"].map({r: i for i, r in enumerate(REGION_IDS)}).astype(np.int64)
    pos["unit_idx"] = pd.factorize(pos["unit_id"])[0]
    pos["family_idx"] = pd.factorize(pos["family"])[0]
    pos["pelayanan"] = pos["profile"].isin(PELAYANAN_PROFILES)
    pos["female_share"] = pos["family"].map(FEMALE_SHARE).fillna(0.45)
    pos["staffing_need"] = 0
    return units_df, pos


def build_standards(rng: np.random.Generator, pos: pd.DataFrame) -> pd.DataFrame:
    """competency_standards: 8 manajerial + SK1 at the level default, plus teknis."""
    n = len(pos)
    base = LEVEL_REQ[pos["level_idx"].to_numpy()]
    core_pos = np.repeat(np.arange(n), len(CORE_COMPS))
    core_comp = np.tile([COMP_IDX[c] for c in CORE_COMPS], n)
    shift = rng.choice([-1, 0, 1], size=len(core_pos), p=[0.04, 0.92, 0.04])
    core_req = np.clip(base[core_pos] + shift, 1, 5)
    main_of = {p: v["teknis"][0] for p, v in N.PROFILES.items()}
    second_of = {p: v["teknis"][1] for p, v in N.PROFILES.items() if len(v["teknis"]) > 1}
    main = pos["profile"].map(main_of)
    second = pos["profile"].map(second_of)
    own = pos["family"].map(FAMILY_TEKNIS)
    # second teknis: the post family's own, else the unit's second one for half the posts
    extra = own.where(own.notna(), second.where(rng.random(n) < 0.5))
    extra = extra.where(extra != main)
    t_pos = np.concatenate([np.arange(n), np.flatnonzero(extra.notna())])
    t_comp = np.concatenate([main.map(COMP_IDX).to_numpy(), extra.dropna().map(COMP_IDX).to_numpy()])
    t_req = np.clip(base[t_pos] + rng.choice([0, 1], size=len(t_pos), p=[0.7, 0.3]), 1, 5)
    std = pd.DataFrame(
        {
            "pos": np.concatenate([core_pos, t_pos]),
            "comp": np.concatenate([core_comp, t_comp]).astype(np.int64),
            "required_level": np.concatenate([core_req, t_req]).astype(np.int64),
        }
    )
    return std.sort_values(["pos", "comp"], kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------- employees
def build_employees(rng: np.random.Generator, scale: float, pos: pd.DataFrame) -> pd.DataFrame:
    """Employees at their initial post (before moves), with latent traits."""
    parts = []
    need = np.zeros(len(pos))
    for ri, region in enumerate(REGION_IDS):
        in_region = pos["region_idx"].to_numpy() == ri
        struct = np.flatnonzero(in_region & pos["is_struct"].to_numpy())
        other = np.flatnonzero(in_region & ~pos["is_struct"].to_numpy())
        n = max(MIN_PER_REGION, round(TARGET_HEADCOUNT[region] * scale))
        n_pppk = round(n * PPPK_SHARE[region])
        n_pns = n - n_pppk
        k = min(round(STRUCT_FILL * len(struct)), round(STRUCT_MAX_SHARE * n_pns))
        filled = np.sort(rng.choice(struct, size=k, replace=False))
        w = pos["weight"].to_numpy()[other]
        p_pns = w / w.sum()
        w2 = w * pos["pppk"].to_numpy()[other]
        p_pppk = w2 / w2.sum()
        pns_posts = rng.choice(other, size=n_pns - k, p=p_pns)
        pppk_posts = rng.choice(other, size=n_pppk, p=p_pppk)
        expected = (n_pns - k) * p_pns + n_pppk * p_pppk
        factor = pos["need_factor"].to_numpy()[other] * rng.lognormal(0.0, 0.25, size=len(other))
        need[other] = np.maximum(1, np.round(expected * factor))
        need[struct] = 1
        parts.append(
            pd.DataFrame(
                {
                    "region_idx": ri,
                    "pos0": np.concatenate([filled, pns_posts, pppk_posts]),
                    "pppk": np.r_[np.zeros(n_pns, bool), np.ones(n_pppk, bool)],
                }
            )
        )
    pos["staffing_need"] = need.astype(np.int64)
    emp = pd.concat(parts, ignore_index=True)
    n = len(emp)
    p0 = emp["pos0"].to_numpy()
    region = emp["region_idx"].to_numpy()
    level_idx = pos["level_idx"].to_numpy()[p0]
    pppk = emp["pppk"].to_numpy()

    # education level by level of the post
    edu = np.zeros(n, np.int64)
    for li, lv in enumerate(LEVELS):
        sel = np.flatnonzero(level_idx == li)
        if len(sel):
            edu[sel] = _choice_by_weights(rng, EDU_BY_LEVEL[lv], len(sel)).astype(np.int64)
    # education field: fits the post's required field with a regional probability
    req = pos["field_idx"].to_numpy()[p0]
    fit_p = np.array([FIT_PROB[r] for r in REGION_IDS])[region]
    fits = (req != NO_FIELD) & (rng.random(n) < fit_p)
    edu = np.where(fits & (edu <= 15), 30, edu)  # a fitting field needs a diploma at least
    gen_fields = np.array([FIELD_IDX[f] for f in GENERAL_FIELDS])
    gen_p = np.array(list(GENERAL_FIELDS.values()))
    draw = rng.choice(len(gen_fields), size=n, p=gen_p / gen_p.sum())
    other_field = gen_fields[draw]
    clash = other_field == req
    other_field = np.where(clash, gen_fields[(draw + 1) % len(gen_fields)], other_field)
    field = np.where(fits, req, other_field)
    field = np.where(edu <= 15, FIELD_IDX["umum"], field)

    # latent traits
    person = rng.normal(0.0, PERSON_SD, n)
    ability = 0.7 * person / PERSON_SD + math.sqrt(1 - 0.49) * rng.normal(size=n)
    female = rng.random(n) < pos["female_share"].to_numpy()[p0]

    # service start and age at the reference date
    lo = np.array([SERVICE_YEARS[lv][0] for lv in LEVELS], float)[level_idx]
    hi = np.array([SERVICE_YEARS[lv][1] for lv in LEVELS], float)[level_idx]
    service = lo + (hi - lo) * rng.random(n)
    entry_range = np.zeros((51, 2))
    for code, bounds in {**ENTRY_AGE, **ENTRY_AGE_HIGH}.items():
        entry_range[code] = bounds
    e_lo, e_hi = entry_range[edu, 0], entry_range[edu, 1]
    entry = e_lo + (e_hi - e_lo) * rng.random(n)
    max_age = LEVEL_BUP[level_idx] - 0.15
    age = entry + service
    age = np.where(age > max_age, max_age - 6.0 * rng.random(n), age)
    age = np.maximum(age, 20.2 + rng.random(n))
    service = np.clip(np.minimum(service, age - 18.5), 0.0, None)
    ss_m = 59 - np.floor(service * 12).astype(np.int64)
    # PPPK: appointed 2021..2025 with regional year weights; age 25..56
    pppk_idx = np.flatnonzero(pppk)
    year_w = np.array([PPPK_YEAR_WEIGHTS[r] for r in REGION_IDS])[region[pppk_idx]]
    cum = year_w.cumsum(axis=1) / year_w.sum(axis=1, keepdims=True)
    year = (rng.random(len(pppk_idx))[:, None] > cum).sum(axis=1)
    month = rng.integers(0, 12, len(pppk_idx))
    ss_m[pppk_idx] = np.minimum(year * 12 + month, 59)
    age[pppk_idx] = 25 + 31 * rng.random(len(pppk_idx))
    service_start = _month_start(ss_m)
    birth = REF_DATE - np.round(age * 365.25).astype("timedelta64[D]")
    # age at appointment must be >= 18: shift PPPK birth dates if needed
    too_young = birth > service_start - np.timedelta64(int(18 * 365.25), "D")
    birth = np.where(too_young, service_start - np.timedelta64(int(19 * 365.25), "D"), birth)

    emp["level0"] = level_idx
    emp["edu"] = edu
    emp["field"] = field
    emp["person"] = person
    emp["ability"] = ability
    emp["female"] = female
    emp["ss_m"] = ss_m
    emp["service_start"] = service_start
    emp["birth"] = birth
    emp["age"] = (REF_DATE - birth).astype(np.int64) / 365.25
    emp["service_years"] = np.maximum(0.0, (REF_DATE - service_start).astype(np.int64) / 365.25)
    # NIP = birth date YYYYMMDD + TMT YYYYMM + sex digit + 3-digit sequence
    head = _ymd(birth) * 10**10 + (_ymd(service_start) // 100) * 10**4 + np.where(female, 2, 1) * 1000
    seq = pd.Series(head).groupby(head).cumcount().to_numpy() + 1
    if (seq > 999).any():
        raise RuntimeError("NIP sequence overflow")
    emp["nip_int"] = head + seq
    # rows in NIP order: every table is then generated in primary-key order,
    # which makes DuckDB's index and foreign-key checks much faster
    return emp.sort_values("nip_int", kind="stable").reset_index(drop=True)


def _bup_ok(emp: pd.DataFrame, target_level: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Employee idx stays below the retirement age of the target level."""
    return emp["age"].to_numpy()[idx] < LEVEL_BUP[target_level] - 0.1


# ---------------------------------------------------------------- placements
def build_moves(rng: np.random.Generator, emp: pd.DataFrame, pos: pd.DataFrame) -> pd.DataFrame:
    """Proposed and executed moves; sets emp.move_m / emp.pos1.

    Returns the proposals (without appointments) as a frame of emp index,
    month, from/to post, type, executed flag and reason.
    """
    n = len(emp)
    region = emp["region_idx"].to_numpy()
    p0 = emp["pos0"].to_numpy()
    ss_m = emp["ss_m"].to_numpy()
    field = emp["field"].to_numpy()
    person = emp["person"].to_numpy()
    p_level = pos["level_idx"].to_numpy()
    p_field = pos["field_idx"].to_numpy()
    p_unit = pos["unit_idx"].to_numpy()
    p_region = pos["region_idx"].to_numpy()
    p_struct = pos["is_struct"].to_numpy()
    p_family = pos["family_idx"].to_numpy()
    p_pel = pos["pelayanan"].to_numpy()
    decline = np.array([DECLINE_RATE[r] for r in REGION_IDS])
    n_lv, n_f = len(LEVELS), len(FIELDS) + 1

    # --- planted: good performers in ill-fitting posts (2023)
    ill = (p_field[p0] != NO_FIELD) & (p_field[p0] != field)
    eligible = ill & ~p_struct[p0] & (person > np.median(person)) & (ss_m < 24)
    exec_p = np.array([FIT_MOVE_EXECUTED[r] for r in REGION_IDS])
    propose_p = exec_p / (1 - decline)
    fit_idx = np.flatnonzero(eligible & (rng.random(n) < propose_p[region]))
    item_key = np.where(
        ~p_struct & (p_field != NO_FIELD), (p_region * n_f + p_field + 1) * n_lv + p_level, -1
    )
    want = (region[fit_idx] * n_f + field[fit_idx] + 1) * n_lv + p_level[p0[fit_idx]]
    tgt, ok = _pick_in_groups(rng, item_key, want)
    # fallback: any fitting non-structural post of the region
    item_key2 = np.where(~p_struct & (p_field != NO_FIELD), p_region * n_f + p_field + 1, -1)
    tgt2, ok2 = _pick_in_groups(rng, item_key2, region[fit_idx] * n_f + field[fit_idx] + 1)
    tgt = np.where(ok, tgt, tgt2)
    ok = (ok | ok2) & _bup_ok(emp, p_level[tgt], fit_idx)
    fit_idx, tgt = fit_idx[ok], tgt[ok]
    fit_m = rng.integers(24, 36, len(fit_idx))
    fit_exec = rng.random(len(fit_idx)) >= decline[region[fit_idx]]
    fit_type = np.where(p_unit[tgt] == p_unit[p0[fit_idx]], "rotasi", "mutasi")
    fit_reason = np.where(
        fit_exec,
        N.REASON_FIT_MOVE,
        np.array(N.REASONS_DECLINED)[rng.integers(0, len(N.REASONS_DECLINED), len(fit_idx))],
    )

    # --- regular proposals: at most one per employee (not those above)
    p_any = 1 - (1 - REGULAR_MOVE_RATE) ** 5
    can = (ss_m < 59) & (rng.random(n) < p_any)
    can[fit_idx] = False
    idx = np.flatnonzero(can)
    first = np.maximum(ss_m[idx] + 1, 0)
    m = first + np.floor(rng.random(len(idx)) * (60 - first)).astype(np.int64)
    mtype = np.array(MOVE_TYPES)[rng.choice(len(MOVE_TYPES), len(idx), p=MOVE_TYPE_PROBS)]
    cur = p0[idx]
    lvl = p_level[cur]
    target = np.full(len(idx), -1, np.int64)
    # promotions and demotions change the level
    up = np.array([LEVEL_IDX.get(PROMOTE_TO.get(lv, ""), -1) for lv in LEVELS])
    down = np.array([LEVEL_IDX.get(DEMOTE_TO.get(lv, ""), -1) for lv in LEVELS])
    edu = emp["edu"].to_numpy()[idx]
    new_level = np.where(mtype == "promosi", up[lvl], np.where(mtype == "demosi", down[lvl], lvl))
    needs_degree = (
        np.isin(lvl, [LEVEL_IDX["Pelaksana"], LEVEL_IDX["Terampil"]]) & (mtype == "promosi") & (edu < 35)
    )
    # PPPK cannot hold structural posts
    pppk_to_struct = (
        emp["pppk"].to_numpy()[idx] & (new_level >= 0) & (LEVEL_JENIS[np.maximum(new_level, 0)] == 1)
    )
    new_level = np.where(needs_degree | pppk_to_struct, -1, new_level)
    mtype = np.where(new_level < 0, "rotasi", mtype)
    new_level = np.where(new_level < 0, lvl, new_level)
    # fungsional staff stay in their family (a teacher is not moved to a nurse's post):
    # same unit first (promosi / demosi), else another unit of the region
    n_fam = p_family.max() + 1
    key_ufam = (p_unit * n_fam + p_family) * n_lv + p_level
    t_ufam, ok_ufam = _pick_in_groups(
        rng, key_ufam, (p_unit[cur] * n_fam + p_family[cur]) * n_lv + new_level, cur
    )
    key_rfam = (p_region * n_fam + p_family) * n_lv + p_level
    t_rfam, ok_rfam = _pick_in_groups(
        rng, key_rfam, (region[idx] * n_fam + p_family[cur]) * n_lv + new_level, cur
    )
    # structural and pelaksana staff: same unit (rotasi 60 %, demosi), else same region
    key_unit = p_unit * n_lv + p_level
    t_unit, ok_unit = _pick_in_groups(rng, key_unit, p_unit[cur] * n_lv + new_level, exclude=cur)
    key_reg = p_region * n_lv + p_level
    t_reg, ok_reg = _pick_in_groups(rng, key_reg, region[idx] * n_lv + new_level, exclude=cur)
    # SWL: finance staff rotated to public-service units (seed 003)
    key_pel = np.where(p_pel, p_region * n_lv + p_level, -1)
    t_pel, ok_pel = _pick_in_groups(rng, key_pel, region[idx] * n_lv + new_level, exclude=cur)
    swl_fin = (region[idx] == REGION_IDS.index("SWL")) & pos["profile"].isin(
        ["keuangan", "pendapatan"]
    ).to_numpy()[cur]
    fung = (LEVEL_JENIS[lvl] == 2) & (LEVEL_JENIS[new_level] == 2)
    use_unit = ((mtype == "demosi") | ((mtype == "rotasi") & (rng.random(len(idx)) < 0.6))) & ok_unit
    use_pel = swl_fin & ~fung & np.isin(mtype, ["rotasi", "mutasi"]) & ok_pel & (rng.random(len(idx)) < 0.6)
    other = np.where(use_pel, t_pel, np.where(use_unit, t_unit, np.where(ok_reg, t_reg, -1)))
    # ... or, failing that, a post of the same level and required field (alih jabatan)
    key_rfld = np.where(p_field != NO_FIELD, (p_region * n_f + p_field + 1) * n_lv + p_level, -1)
    t_rfld, ok_rfld = _pick_in_groups(
        rng, key_rfld, (region[idx] * n_f + p_field[cur] + 1) * n_lv + new_level, cur
    )
    fam = np.where(ok_ufam, t_ufam, np.where(ok_rfam, t_rfam, np.where(ok_rfld, t_rfld, -1)))
    target = np.where(fung, fam, other)
    # moves into structural posts (one holder each) only fill posts vacant at the start
    occupied = np.zeros(len(pos), bool)
    occupied[p0] = True
    into_struct = LEVEL_JENIS[new_level] == 1
    for ri in range(len(REGION_IDS)):
        for li in np.unique(new_level[into_struct & (region[idx] == ri)]):
            who = np.flatnonzero(into_struct & (region[idx] == ri) & (new_level == li))
            vacant = np.flatnonzero(p_struct & ~occupied & (p_region == ri) & (p_level == li))
            vacant = rng.permutation(vacant)
            k = min(len(who), len(vacant))
            target[who] = -1
            target[who[:k]] = vacant[:k]
            occupied[vacant[:k]] = True
    ok = (target >= 0) & (target != cur)
    ok[ok] &= _bup_ok(emp, p_level[target[ok]], idx[ok])
    idx, m, mtype, cur, target = idx[ok], m[ok], mtype[ok], cur[ok], target[ok]
    same_unit = p_unit[target] == p_unit[cur]
    mtype = np.where((mtype == "mutasi") & same_unit, "rotasi", mtype)
    mtype = np.where((mtype == "rotasi") & ~same_unit & (rng.random(len(idx)) < 0.5), "mutasi", mtype)
    d_rate = np.where(np.isin(mtype, ["rotasi", "mutasi"]), decline[region[idx]], 0.0)
    d_rate = np.where(mtype == "promosi", decline[region[idx]] / 3, d_rate)
    executed = rng.random(len(idx)) >= d_rate
    reason = np.empty(len(idx), object)
    for t in MOVE_TYPES:
        sel = np.flatnonzero(executed & (mtype == t))
        opts = np.array(N.REASONS_EXECUTED[t])
        reason[sel] = opts[rng.integers(0, len(opts), len(sel))]
    sel = np.flatnonzero(~executed)
    reason[sel] = np.array(N.REASONS_DECLINED)[rng.integers(0, len(N.REASONS_DECLINED), len(sel))]

    moves = pd.DataFrame(
        {
            "emp": np.r_[fit_idx, idx],
            "m": np.r_[fit_m, m],
            "from_pos": np.r_[p0[fit_idx], cur],
            "to_pos": np.r_[tgt, target],
            "move_type": np.r_[fit_type, mtype],
            "executed": np.r_[fit_exec, executed],
            "reason": np.r_[fit_reason, reason],
            "planted": np.r_[np.ones(len(fit_idx), bool), np.zeros(len(idx), bool)],
        }
    )
    move_m = np.full(n, NEVER, np.int64)
    pos1 = p0.copy()
    ex = moves[moves["executed"]]
    move_m[ex["emp"].to_numpy()] = ex["m"].to_numpy()
    pos1[ex["emp"].to_numpy()] = ex["to_pos"].to_numpy()
    emp["move_m"] = move_m
    emp["pos1"] = pos1
    emp["ill0"] = ill
    emp["ill1"] = (p_field[pos1] != NO_FIELD) & (p_field[pos1] != field)
    return moves


# ---------------------------------------------------------------- trainings
def _short_titles(profile: str) -> np.ndarray:
    w = np.array([1.0 if t[6] is None else (3.0 if profile in t[6] else 0.0) for t in N.SHORT_TRAININGS])
    return w / w.sum()


def _course_weights(region: str, profile: str) -> np.ndarray:
    keys = [c[0] for c in N.SUBSTANTIVE_TRAININGS]
    w = np.array([COURSE_BASE.get(k, 0.0) + COURSE_PROFILE.get(profile, {}).get(k, 0.0) for k in keys])
    w *= np.array([COURSE_REGION.get(k, {}).get(region, 1.0) for k in keys])
    return w / w.sum()


def _title_catalog() -> list[str]:
    """Every training title the generator can write, in sorted (key) order."""
    years = range(2021, 2026)
    short = [t[1] for t in N.SHORT_TRAININGS]
    course = [
        f"{c[2]} Angkatan {a} Tahun {y}" for c in N.SUBSTANTIVE_TRAININGS for a in N.ANGKATAN for y in years
    ]
    lead = [
        f"{v[0]} Angkatan {a} Tahun {y}"
        for v in N.LEADERSHIP_TRAININGS.values()
        for a in N.ANGKATAN
        for y in years
    ]
    return sorted(set(short + course + lead))


TITLES = _title_catalog()
_TITLE_CODE = {t: i for i, t in enumerate(TITLES)}
CATEGORY_IDS = [c[0] for c in TRAINING_CATEGORIES]
_CATEGORY_CODE = {c: i for i, c in enumerate(CATEGORY_IDS)}


def _comp_code(comp_id: str | None) -> int:
    return -1 if comp_id is None else COMP_IDX[comp_id]


def _angkatan_year_codes(bases: list[str]) -> np.ndarray:
    """Title codes indexed by [base, angkatan, year - 2021]."""
    return np.array(
        [
            [[_TITLE_CODE[f"{b} Angkatan {a} Tahun {y}"] for y in range(2021, 2026)] for a in N.ANGKATAN]
            for b in bases
        ]
    )


_SHORT = {
    "title": np.array([_TITLE_CODE[t[1]] for t in N.SHORT_TRAININGS]),
    "jenis": np.array([t[0] for t in N.SHORT_TRAININGS]),
    "category": np.array([_CATEGORY_CODE[t[2]] for t in N.SHORT_TRAININGS]),
    "comp": np.array([_comp_code(t[3]) for t in N.SHORT_TRAININGS]),
    "jp_lo": np.array([t[4] for t in N.SHORT_TRAININGS]),
    "jp_hi": np.array([t[5] for t in N.SHORT_TRAININGS]),
}
_COURSE = {
    "title": _angkatan_year_codes([c[2] for c in N.SUBSTANTIVE_TRAININGS]),
    "jenis": np.array([c[1] for c in N.SUBSTANTIVE_TRAININGS]),
    "category": np.array([_CATEGORY_CODE[c[3]] for c in N.SUBSTANTIVE_TRAININGS]),
    "comp": np.array([_comp_code(c[4]) for c in N.SUBSTANTIVE_TRAININGS]),
    "jp_lo": np.array([c[5] for c in N.SUBSTANTIVE_TRAININGS]),
    "jp_hi": np.array([c[6] for c in N.SUBSTANTIVE_TRAININGS]),
}
_LEAD_LEVELS = list(N.LEADERSHIP_TRAININGS)
_LEAD = {
    "title": _angkatan_year_codes([v[0] for v in N.LEADERSHIP_TRAININGS.values()]),
    "comp": np.array([_comp_code(v[1]) for v in N.LEADERSHIP_TRAININGS.values()]),
    "jp_lo": np.array([v[2] for v in N.LEADERSHIP_TRAININGS.values()]),
    "jp_hi": np.array([v[3] for v in N.LEADERSHIP_TRAININGS.values()]),
}


def _training_frame(emp, title, jenis, category, start, days, jp, comp) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "emp": emp,
            "title": title,
            "jenis_diklat": jenis,
            "category": category,
            "start_date": start,
            "end_date": start + (np.asarray(days) - 1).astype("timedelta64[D]"),
            "jp": np.asarray(jp, dtype=float),
            "comp": comp,
        }
    )


def build_trainings(
    rng: np.random.Generator, emp: pd.DataFrame, pos: pd.DataFrame, moves: pd.DataFrame
) -> pd.DataFrame:
    """Training records (titles, categories, competencies as codes).

    Sets emp.train_m, the end month of the first substantive training.
    """
    n = len(emp)
    region = emp["region_idx"].to_numpy()
    pppk = emp["pppk"].to_numpy()
    ss_m = emp["ss_m"].to_numpy()
    profiles = sorted(pos["profile"].unique())
    prof_idx = pd.Categorical(pos["profile"], categories=profiles).codes.astype(np.int64)
    frames = []
    years = range(2021, 2026)
    for yi in range(len(years)):
        y0 = yi * 12
        e = np.flatnonzero(ss_m <= y0 + 11)
        held = np.where(
            emp["move_m"].to_numpy()[e] <= y0 + 6, emp["pos1"].to_numpy()[e], emp["pos0"].to_numpy()[e]
        )
        first_month = np.maximum(ss_m[e] - y0, 0)
        frac = yi / (len(years) - 1)
        factor = np.where(pppk[e], PPPK_TRAINING_FACTOR, 1.0)
        # short trainings
        p_short = np.array([P_SHORT[r][0] + frac * (P_SHORT[r][1] - P_SHORT[r][0]) for r in REGION_IDS])
        k = rng.binomial(4, p_short[region[e]] * factor)
        te, t_held, t_first = np.repeat(e, k), np.repeat(held, k), np.repeat(first_month, k)
        which = np.zeros(len(te), np.int64)
        t_prof = prof_idx[t_held]
        for pi, prof in enumerate(profiles):
            sel = np.flatnonzero(t_prof == pi)
            if len(sel):
                p = _short_titles(prof)
                which[sel] = rng.choice(len(p), size=len(sel), p=p)
        jp = rng.integers(_SHORT["jp_lo"][which], _SHORT["jp_hi"][which] + 1)
        month = t_first + np.floor(rng.random(len(te)) * (12 - t_first)).astype(np.int64)
        start = _month_start(y0 + month) + rng.integers(0, 28, len(te)).astype("timedelta64[D]")
        elearning = _SHORT["jenis"][which] == 16
        days = np.where(elearning, rng.integers(1, 22, len(te)), np.ceil(jp / 8).astype(np.int64))
        short = {key: _SHORT[key][which] for key in ("title", "jenis", "category", "comp")}
        frames.append(
            _training_frame(
                te, short["title"], short["jenis"], short["category"], start, days, jp, short["comp"]
            )
        )
        # substantive training
        p_sub = np.array(
            [P_SUBSTANTIVE[r][0] + frac * (P_SUBSTANTIVE[r][1] - P_SUBSTANTIVE[r][0]) for r in REGION_IDS]
        )
        boost = np.ones(len(e))
        for (rid, prof), b in P_SUB_BOOST.items():
            boost[(region[e] == REGION_IDS.index(rid)) & (prof_idx[held] == profiles.index(prof))] = b
        has = rng.random(len(e)) < p_sub[region[e]] * factor * boost
        se, s_held, s_first = e[has], held[has], first_month[has]
        lead = pos["is_struct"].to_numpy()[s_held] & (rng.random(len(se)) < LEADERSHIP_SHARE)
        frames.append(
            _substantive(rng, se[~lead], s_held[~lead], s_first[~lead], yi, region, prof_idx, profiles)
        )
        levels = pos["level"].to_numpy()[s_held[lead]]
        frames.append(_leadership(rng, se[lead], levels, y0 + s_first[lead], np.full(lead.sum(), y0 + 11)))
    # leadership training after a promotion into a structural post
    pr = moves[
        moves["executed"] & (moves["move_type"] == "promosi") & pos["is_struct"].to_numpy()[moves["to_pos"]]
    ]
    start_m = pr["m"].to_numpy() + rng.integers(1, 10, len(pr))
    keep = start_m <= 57
    levels = pos["level"].to_numpy()[pr["to_pos"].to_numpy()[keep]]
    frames.append(_leadership(rng, pr["emp"].to_numpy()[keep], levels, start_m[keep], start_m[keep]))
    tr = pd.concat(frames, ignore_index=True)
    # primary key (nip, title, start_date); rows in key order (emp follows NIP order)
    tr = tr.drop_duplicates(["emp", "title", "start_date"]).sort_values(["emp", "title", "start_date"])
    tr = tr.reset_index(drop=True)
    sub = tr[tr["jp"] >= SUBSTANTIVE_JP]
    first_end = np.full(n, NEVER, np.int64)
    np.minimum.at(
        first_end, sub["emp"].to_numpy(), _month_of(sub["end_date"].to_numpy().astype("datetime64[D]"))
    )
    emp["train_m"] = first_end
    return tr


def _substantive(rng, e, held, first_month, yi, region, prof_idx, profiles) -> pd.DataFrame:
    course = np.zeros(len(e), np.int64)
    for ri, rid in enumerate(REGION_IDS):
        for pi, prof in enumerate(profiles):
            sel = np.flatnonzero((region[e] == ri) & (prof_idx[held] == pi))
            if len(sel):
                p = _course_weights(rid, prof)
                course[sel] = rng.choice(len(p), size=len(sel), p=p)
    jp = rng.integers(_COURSE["jp_lo"][course], _COURSE["jp_hi"][course] + 1)
    month = first_month + np.floor(rng.random(len(e)) * (12 - first_month)).astype(np.int64)
    start = _month_start(yi * 12 + month) + rng.integers(0, 28, len(e)).astype("timedelta64[D]")
    days = np.ceil(jp / 8 * 7 / 5).astype(np.int64)
    angkatan = rng.integers(0, len(N.ANGKATAN), len(e))
    title = _COURSE["title"][course, angkatan, yi]
    return _training_frame(
        e,
        title,
        _COURSE["jenis"][course],
        _COURSE["category"][course],
        start,
        days,
        jp,
        _COURSE["comp"][course],
    )


def _leadership(rng, e, level, m_lo, m_hi) -> pd.DataFrame:
    """PKP / PKA / PKN for structural post holders, by the level held; start month in [m_lo, m_hi]."""
    k = pd.Index(_LEAD_LEVELS).get_indexer(level)
    month = m_lo + np.floor(rng.random(len(e)) * (m_hi - m_lo + 1)).astype(np.int64)
    start = _month_start(month) + rng.integers(0, 28, len(e)).astype("timedelta64[D]")
    jp = rng.integers(_LEAD["jp_lo"][k], _LEAD["jp_hi"][k] + 1)
    days = rng.integers(60, 111, len(e))
    angkatan = rng.integers(0, len(N.ANGKATAN), len(e))
    title = _LEAD["title"][k, angkatan, month // 12]
    jenis = np.ones(len(e), np.int64)
    category = np.full(len(e), _CATEGORY_CODE["leadership"])
    return _training_frame(e, title, jenis, category, start, days, jp, _LEAD["comp"][k])


# ---------------------------------------------------------------- kinerja
_MATRIX = np.zeros((3, 3), np.int8)
for (_h, _p), _v in PREDIKAT_MATRIX.items():
    _MATRIX[_h - 1, _p - 1] = _v


def _rate(x: np.ndarray, high: float, low: float) -> np.ndarray:
    """A rating from a latent value: 1 Di Atas (>= high), 3 Di Bawah (< low), else 2 Sesuai."""
    return np.where(x >= high, 1, np.where(x < low, 3, 2)).astype(np.int8)


def _score(x: np.ndarray) -> np.ndarray:
    return np.round(np.clip(x, 0.0, 100.0), 1)


def _rows(hasil, behaviour, disiplin, rng, score=None):
    """Indicator scores, the two ratings and the predikat of evaluation rows.

    ``hasil`` and ``behaviour`` are the latent values of the rows (hasil kerja is the
    performance plus its own noise; behaviour the behaviour trait plus noise)."""
    s_hk = _score(hasil)
    s_sk = _score(behaviour + rng.normal(0.0, 1.5, len(hasil)))
    s_dc = _score(behaviour + disiplin + rng.normal(0.0, 1.5, len(hasil)))
    hk = _rate(s_hk, HASIL_HIGH, HASIL_LOW)
    pl = _rate((s_sk + s_dc) / 2, PERILAKU_HIGH, PERILAKU_LOW)
    return {
        "hasil_kerja": hk,
        "perilaku": pl,
        "predikat": _MATRIX[hk - 1, pl - 1],
        "score": score,
        "score_hasil_kerja": s_hk,
        "score_sikap": s_sk,
        "score_disiplin": s_dc,
    }


def _without_scores(frame: dict, scored: np.ndarray) -> dict:
    """A region that rates in SIASN exports no 0-100 score: its score columns stay empty."""
    for col in ("score", "score_hasil_kerja", "score_sikap", "score_disiplin"):
        frame[col] = np.where(scored, frame[col], np.nan)
    return frame


def _mean_by(key: np.ndarray, n_keys: int, has: np.ndarray, x: np.ndarray, cnt: np.ndarray) -> np.ndarray:
    return np.bincount(key, weights=x, minlength=n_keys)[has] / cnt[has]


def build_evaluations(rng: np.random.Generator, emp: pd.DataFrame):
    """Monthly, quarterly and annual evaluations, keyed by employee and post index, and
    the planted effects expressed on the ratings (computed from the same draws).

    Every employee-month in service has a latent performance ``mu`` (the score's
    expectation), a hasil kerja value ``mu + N(0, 3)`` and a behaviour value; what is
    kept depends on the region's regime (EVALUATION_REGIME): monthly rows, quarterly
    rows (the quarter's mean performance plus fresh noise), and an annual SKP for every
    employee-year (the year's mean plus fresh noise); scores only where the region
    scores."""
    n_emp = len(emp)
    region_of = emp["region_idx"].to_numpy()
    regime = np.array([EVALUATION_REGIME[r][0] for r in REGION_IDS])[region_of]
    scored_emp = np.array([EVALUATION_REGIME[r][1] for r in REGION_IDS])[region_of]
    behaviour_trait = rng.normal(0.0, BEHAVIOUR_PERSON_SD, n_emp)
    ss_m = np.maximum(emp["ss_m"].to_numpy(), 0)
    months_in = N_MONTHS - ss_m
    total = int(months_in.sum())
    i = np.repeat(np.arange(n_emp), months_in)
    t = np.arange(total) - np.repeat(np.cumsum(months_in) - months_in, months_in) + np.repeat(ss_m, months_in)
    person = emp["person"].to_numpy()
    trend = np.array([REGION_TREND[r] for r in REGION_IDS])[region_of]
    disiplin = np.array([DISIPLIN_OFFSET[r] for r in REGION_IDS])[region_of]
    moved = t >= emp["move_m"].to_numpy()[i]
    ill = np.where(moved, emp["ill1"].to_numpy()[i], emp["ill0"].to_numpy()[i])
    train_m = emp["train_m"].to_numpy()
    trained = t >= train_m[i] + TRAINING_LAG_MONTHS
    mu = INTERCEPT + person[i] + trend[i] * t / 12.0 + FIT_PENALTY * ill + TRAINING_EFFECT * trained
    score = _score(mu + rng.normal(0.0, NOISE_SD, total))
    hasil = mu + rng.normal(0.0, HASIL_NOISE_SD, total)
    b_mu = INTERCEPT + 0.5 * person[i] + behaviour_trait[i]
    behaviour = b_mu + rng.normal(0.0, BEHAVIOUR_NOISE_SD, total)
    rows = _rows(hasil, behaviour, disiplin[i], rng, score)
    post = np.where(moved, emp["pos1"].to_numpy()[i], emp["pos0"].to_numpy()[i])
    planted = _rating_effects(emp, i, t, hasil, rows, trend, regime, ill)

    keep = regime[i] == "bulanan"
    monthly = pd.DataFrame(
        {
            "emp": i[keep].astype(np.int32),
            "m": t[keep].astype(np.int16),
            "pos": post[keep].astype(np.int32),
            **{k: v[keep] for k, v in _without_scores(rows, scored_emp[i]).items()},
        }
    )

    def periodic(per_emp: int, months: int, noise_sd: float):
        """Rows of a longer period (``per_emp`` periods of ``months`` months): the period's
        mean latent values plus fresh noise, the post held in its last month."""
        key = i * per_emp + t // months
        n_keys = n_emp * per_emp
        cnt = np.bincount(key, minlength=n_keys)
        has = np.flatnonzero(cnt)
        p_emp = has // per_emp
        p_mu = _mean_by(key, n_keys, has, mu, cnt)
        p_b = _mean_by(key, n_keys, has, b_mu, cnt)
        p_score = np.round(_mean_by(key, n_keys, has, score, cnt), 1)
        p_rows = _rows(
            p_mu + rng.normal(0.0, noise_sd, len(has)),
            p_b + rng.normal(0.0, noise_sd, len(has)),
            disiplin[p_emp],
            rng,
            p_score,
        )
        p_last = (has % per_emp) * months + months - 1
        p_post = np.where(
            p_last >= emp["move_m"].to_numpy()[p_emp],
            emp["pos1"].to_numpy()[p_emp],
            emp["pos0"].to_numpy()[p_emp],
        )
        return has, p_emp, p_post, _without_scores(p_rows, scored_emp[p_emp])

    # quarterly rows (regions rating per triwulan): 20 quarters
    q_has, q_emp, q_post, q_rows = periodic(20, 3, HASIL_NOISE_SD)
    q_keep = regime[q_emp] == "triwulan"
    quarterly = pd.DataFrame(
        {
            "emp": q_emp[q_keep].astype(np.int32),
            "q": (q_has % 20)[q_keep].astype(np.int16),
            "pos": q_post[q_keep].astype(np.int32),
            **{k: v[q_keep] for k, v in q_rows.items()},
        }
    )
    # the annual SKP of every employee-year
    a_has, a_emp, a_post, a_rows = periodic(5, 12, 2.0)
    annual = pd.DataFrame(
        {
            "emp": a_emp.astype(np.int32),
            "year": (2021 + a_has % 5).astype(np.int16),
            "pos": a_post.astype(np.int32),
            **a_rows,
        }
    )
    return monthly, quarterly, annual, planted


def _rating_effects(emp, i, t, hasil, rows, trend, regime, ill) -> dict:
    """The planted effects in the unit of a rating outcome, from the same draws.

    For each effect the same row is rated twice, with and without it (the noise
    kept): the difference of "hasil kerja Di Atas", "Sangat Baik" and "Baik or
    better" averaged over the rows the estimators look at is what they should
    recover (a share difference: 0.05 = +5 percentage points). Monthly regions only
    (the estimators read monthly evaluations)."""
    hk = rows["hasil_kerja"]
    pl = rows["perilaku"]
    monthly = regime[i] == "bulanan"

    def outcomes(h_rating):
        pred = _MATRIX[h_rating - 1, pl - 1]
        return {"hasil_di_atas": h_rating == 1, "sangat_baik": pred == 1, "baik_or_better": pred <= 2}

    actual = outcomes(hk)

    def effect(shift: np.ndarray, rows_of: np.ndarray, sign: float) -> dict:
        """Mean over employees of the mean over their rows of Y(actual) - Y(without the effect)."""
        cf = outcomes(_rate(_score(hasil - sign * shift), HASIL_HIGH, HASIL_LOW))
        out = {}
        emp_rows = i[rows_of]
        for name in actual:
            diff = actual[name][rows_of].astype(float) - cf[name][rows_of].astype(float)
            per_emp = np.bincount(emp_rows, weights=diff) / np.maximum(np.bincount(emp_rows), 1)
            out[name] = round(float(per_emp[np.unique(emp_rows)].mean()), 4) if len(emp_rows) else None
        out["employees"] = len(np.unique(emp_rows))
        return out

    t0 = emp["train_m"].to_numpy()[i]
    post = monthly & (t >= t0 + TRAINING_LAG_MONTHS) & (t <= t0 + 8)
    training = effect(np.full(len(t), TRAINING_EFFECT), post, 1.0)
    move_m = emp["move_m"].to_numpy()[i]
    to_fit = emp["ill0"].to_numpy()[i] & ~emp["ill1"].to_numpy()[i]
    good = emp["person"].to_numpy()[i] > np.median(emp["person"].to_numpy())
    after_move = monthly & to_fit & good & (t >= move_m + 3) & (t <= move_m + 8) & (move_m < NEVER)
    # without the move the fit penalty would still apply: the effect is minus the penalty
    move = effect(np.full(len(t), -FIT_PENALTY), after_move, 1.0)
    trends = {}
    for r, region in enumerate(REGION_IDS):
        here = monthly & (emp["region_idx"].to_numpy()[i] == r)
        if here.any():
            trends[region] = effect(trend[i], here, 1.0)
    return {
        "definition": {
            "id": "selisih porsi (0,05 = +5 poin persen) bila baris yang sama dinilai dengan dan tanpa efeknya; "
            "rata-rata per pegawai di baris yang dibaca penaksir (bulan +3..+8 setelah pelatihan atau pindah)",
            "en": "share difference (0.05 = +5 percentage points) when the same row is rated with and without the "
            "effect; mean per employee over the rows the estimators read (months +3..+8 after training or move)",
        },
        "training_first_substantive": training,
        "fit_move_good_performers": move,
        "region_trend_per_year": trends,
    }


# ---------------------------------------------------------------- assessments
def _expand_standards(emp_idx: np.ndarray, post: np.ndarray, std: pd.DataFrame, n_pos: int):
    """Rows (employee, competency, required level) of each employee's post standard."""
    counts_per_pos = np.bincount(std["pos"].to_numpy(), minlength=n_pos)
    start_per_pos = np.cumsum(counts_per_pos) - counts_per_pos
    cnt = counts_per_pos[post]
    rows = np.repeat(start_per_pos[post], cnt) + (np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt))
    return np.repeat(emp_idx, cnt), std["comp"].to_numpy()[rows], std["required_level"].to_numpy()[rows]


def _post_at(emp: pd.DataFrame, idx: np.ndarray, date: np.ndarray) -> np.ndarray:
    moved = _month_start(emp["move_m"].to_numpy()[idx].clip(max=N_MONTHS)) <= date
    return np.where(moved, emp["pos1"].to_numpy()[idx], emp["pos0"].to_numpy()[idx])


def build_assessments(rng, emp: pd.DataFrame, pos: pd.DataFrame, std: pd.DataFrame, trainings: pd.DataFrame):
    n = len(emp)
    region = emp["region_idx"].to_numpy()
    service_start = emp["service_start"].to_numpy().astype("datetime64[D]")
    ability = emp["ability"].to_numpy()

    def round_dates(table):
        base = np.array([np.datetime64(table[r]) for r in REGION_IDS])[region]
        return base + rng.integers(0, ROUND_SPREAD_DAYS, n).astype("timedelta64[D]")

    d1, d2 = round_dates(ROUND1), round_dates(ROUND2)
    e1 = np.flatnonzero(service_start <= d1)
    a_emp, a_comp, a_req = _expand_standards(e1, _post_at(emp, e1, d1[e1]), std, len(pos))
    lvl1 = np.clip(np.round(a_req + 0.6 * ability[a_emp] + rng.normal(0.0, 0.7, len(a_emp))), 1, 5).astype(
        np.int64
    )
    in2 = (service_start <= d2) & (rng.random(n) < ROUND2_SHARE)
    e2 = np.flatnonzero(in2)
    b_emp, b_comp, b_req = _expand_standards(e2, _post_at(emp, e2, d2[e2]), std, len(pos))
    n_comp = len(COMP_IDS)
    key1 = a_emp * n_comp + a_comp
    order = np.argsort(key1)
    key2 = b_emp * n_comp + b_comp
    loc = np.searchsorted(key1[order], key2)
    loc = np.minimum(loc, max(len(key1) - 1, 0))
    in1 = (key1[order][loc] == key2) if len(key1) else np.zeros(len(key2), bool)
    fresh = np.clip(np.round(b_req + 0.6 * ability[b_emp] + rng.normal(0.0, 0.7, len(b_emp))), 1, 5).astype(
        np.int64
    )
    base = np.where(in1, lvl1[order][loc] if len(key1) else 0, fresh)
    # trainings targeting a competency that ended between the two rounds
    tr = trainings[trainings["comp"] >= 0]
    t_emp = tr["emp"].to_numpy()
    t_end = tr["end_date"].to_numpy().astype("datetime64[D]")
    between = (t_end > d1[t_emp]) & (t_end < d2[t_emp])
    t_key = t_emp[between] * n_comp + tr["comp"].to_numpy()[between]
    trained = np.isin(key2, t_key)
    bump = rng.random(len(key2)) < np.where(trained, LEVEL_UP_TRAINED, LEVEL_UP_OTHER)
    lvl2 = np.where(in1, np.minimum(base + bump, 5), base)
    comp = pd.DataFrame(
        {
            "emp": np.r_[a_emp, b_emp],
            "comp": np.r_[a_comp, b_comp],
            "assessed_on": np.r_[d1[a_emp], d2[b_emp]],
            "level": np.r_[lvl1, lvl2],
        }
    )
    # primary-key order (nip, competency_id, assessed_on)
    comp["rank"] = COMP_RANK[comp["comp"].to_numpy()]
    comp = comp.sort_values(["emp", "rank", "assessed_on"]).drop(columns="rank").reset_index(drop=True)
    # potensi in 2024
    d_pot = round_dates(POTENTIAL_DATE)
    ep = np.flatnonzero(service_start <= d_pot)
    potential = np.round(np.clip(62 + 11 * (0.6 * ability[ep] + 0.8 * rng.normal(size=len(ep))), 0, 100), 1)
    pot = pd.DataFrame({"emp": ep, "assessed_on": d_pot[ep], "potential_score": potential})
    return comp, pot


# ---------------------------------------------------------------- identity
def finalize_employees(rng: np.random.Generator, emp: pd.DataFrame, pos: pd.DataFrame) -> pd.DataFrame:
    """NIP, name, golongan, final post and TMT jabatan."""
    n = len(emp)
    birth = emp["birth"].to_numpy().astype("datetime64[D]")
    ss = emp["service_start"].to_numpy().astype("datetime64[D]")
    female = emp["female"].to_numpy()
    nip = emp["nip_int"].astype(str).to_numpy(dtype=object)

    # names
    region = emp["region_idx"].to_numpy()
    pools = list(N.NAME_POOLS)
    pool_p = np.array([N.REGION_NAME_POOLS[r] for r in REGION_IDS])[region]
    pool = (rng.random(n)[:, None] > pool_p.cumsum(axis=1)).sum(axis=1).clip(max=len(pools) - 1)
    first = np.empty(n, object)
    last = np.empty(n, object)
    for k, name in enumerate(pools):
        male_first, female_first, male_last, female_last = (s.split() for s in N.NAME_POOLS[name])
        for fem, firsts, lasts in ((False, male_first, male_last), (True, female_first, female_last)):
            sel = np.flatnonzero((pool == k) & (female == fem))
            first[sel] = np.array(firsts, dtype=object)[rng.integers(0, len(firsts), len(sel))]
            last[sel] = np.array(lasts, dtype=object)[rng.integers(0, len(lasts), len(sel))]
    single = rng.random(n) < 0.1
    full = np.where(single, first, first + " " + last)
    edu = emp["edu"].to_numpy()
    field = np.array(FIELDS, dtype=object)[emp["field"].to_numpy()]
    s1 = pd.Series(field).map(N.GELAR_S1).to_numpy(dtype=object)
    s2 = pd.Series(field).map(N.GELAR_S2).to_numpy(dtype=object)
    d3 = pd.Series(field).map(N.GELAR_D3).fillna(N.GELAR_D3_DEFAULT).to_numpy(dtype=object)
    doctor = field == "kedokteran"
    back = np.where(edu == 30, d3, "")
    back = np.where((edu == 35) | (edu == 40), np.where(doctor, "", s1), back)
    back = np.where(edu >= 45, np.where(doctor, s2, s1 + ", " + s2), back)
    front = np.where(doctor & (edu >= 40), "dr. ", "")
    front = np.where(edu == 50, "Dr. " + np.where(doctor, "dr. ", ""), front)
    name = front + full + np.where(back == "", "", ", " + back)

    # golongan
    level = emp["pos1"].map(pos["level"]).to_numpy()
    lvl_idx = pos["level_idx"].to_numpy()[emp["pos1"].to_numpy()]
    entry = pd.Series(edu).map(ENTRY_GOL).to_numpy()
    steps = np.floor(emp["service_years"].to_numpy() / 4 + rng.random(n) - 0.5).clip(min=0).astype(np.int64)
    g_lo = np.array([GOL_RANGE[lv][0] for lv in LEVELS])[lvl_idx]
    g_hi = np.array([GOL_RANGE[lv][1] for lv in LEVELS])[lvl_idx]
    g_hi = np.where(level == "Pelaksana", np.minimum(g_hi, entry + 6), g_hi)
    gi = np.clip(entry + steps, g_lo, np.maximum(g_hi, g_lo))
    gol_pns = np.array(GOL_PNS, dtype=object)[gi]
    pppk_base = pd.Series(edu).map(PPPK_GOL).map(GOL_PPPK.index).to_numpy()
    bump = pd.Series(level).map(PPPK_GOL_BUMP).fillna(0).astype(np.int64).to_numpy()
    gol_pppk = np.array(GOL_PPPK, dtype=object)[np.minimum(pppk_base + bump, len(GOL_PPPK) - 1)]
    pppk = emp["pppk"].to_numpy()

    move_m = emp["move_m"].to_numpy()
    position_start = np.where(move_m < NEVER, _month_start(np.minimum(move_m, N_MONTHS)), ss)
    return pd.DataFrame(
        {
            "nip": nip,
            "name": name,
            "sex": np.where(female, "P", "L"),
            "birth_date": birth,
            "employee_type": np.where(pppk, "PPPK", "PNS"),
            "golongan": np.where(pppk, gol_pppk, gol_pns),
            "education_level": edu.astype(np.int16),
            "education_field": field,
            "position_id": pos["position_id"].to_numpy()[emp["pos1"].to_numpy()],
            "position_start": position_start,
            "service_start": ss,
        }
    )


# ---------------------------------------------------------------- build
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


def _insert(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> None:
    con.register("_src", df)
    try:
        cols = ", ".join(df.columns)
        con.execute(f"insert into {table} ({cols}) select {cols} from _src")
    finally:
        con.unregister("_src")


DATA_TABLES = [
    "regions",
    "units",
    "positions",
    "competency_standards",
    "employees",
    "potential_assessments",
    "performance_evaluations",
    "trainings",
    "competency_assessments",
    "placements",
    "dataset_info",
]


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        if p.exists():
            p.unlink()


def build_demo(path, *, scale: float = 1.0, seed: int = DEFAULT_SEED, progress=None) -> dict:
    """Build the demo database at ``path`` (atomically); return build statistics.

    ``progress(fraction, message)`` is called after each stage.
    """
    if scale <= 0:
        raise ValueError("scale must be positive")
    started = time.perf_counter()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.building")
    _remove(tmp)

    def report(fraction: float, message: str) -> None:
        if progress is not None:
            progress(fraction, message)

    try:
        con = duckdb.connect(str(tmp))
        try:
            _build_into(con, scale=scale, seed=seed, report=report)
            rows = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in DATA_TABLES}
            con.execute("checkpoint")
        finally:
            con.close()
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise
    report(1.0, "Selesai.")
    return {
        "path": str(path),
        "scale": scale,
        "seed": seed,
        "rows": rows,
        "seconds": round(time.perf_counter() - started, 2),
        "size_bytes": path.stat().st_size,
    }


def _build_into(con: duckdb.DuckDBPyConnection, *, scale: float, seed: int, report) -> None:
    """Generate everything from one generator and insert it.

    Rows go in primary-key order (employees are numbered in NIP order), which
    makes DuckDB's key and foreign-key checks, the bulk of the time, faster.
    Those checks run on one core per statement, so the monthly evaluations go
    in on a second connection while this one inserts the other tables. All
    random draws happen on this thread, in a fixed order (determinism).
    """
    rng = np.random.default_rng(seed)
    adb.create_schema(con)
    report(0.05, "Menyiapkan skema dan data referensi…")

    units, pos = build_organisation(rng, scale)
    std = build_standards(rng, pos)
    emp = build_employees(rng, scale, pos)
    moves = build_moves(rng, emp, pos)
    people = finalize_employees(rng, emp, pos)
    nip = people["nip"].to_numpy()
    pid = pos["position_id"].to_numpy()
    regions = pd.DataFrame(REGIONS, columns=["region_id", "name", "province"])
    _insert(con, "regions", regions.assign(sort_order=np.arange(1, len(REGIONS) + 1, dtype=np.int32)))
    _insert(con, "units", units[["unit_id", "region_id", "name", "kind"]])
    columns = [
        "position_id",
        "unit_id",
        "name",
        "jenis_jabatan",
        "level",
        "eselon",
        "required_field",
        "staffing_need",
    ]
    _insert(con, "positions", pos[columns])
    standards = {
        "position_id": pid[std["pos"].to_numpy()],
        "competency_id": np.array(COMP_IDS, dtype=object)[std["comp"].to_numpy()],
        "required_level": std["required_level"].to_numpy(),
    }
    _insert(con, "competency_standards", pd.DataFrame(standards))
    _insert(con, "employees", people)
    report(0.15, "Membuat unit kerja, jabatan, pegawai dan riwayat penempatan…")

    trainings = build_trainings(rng, emp, pos, moves)
    monthly, quarterly, annual, rating_effects = build_evaluations(rng, emp)
    report(0.3, "Membuat data pelatihan dan penilaian kinerja…")

    with ThreadPoolExecutor(max_workers=1) as pool:
        other = con.cursor()
        try:
            pending = pool.submit(_insert_evaluations, other, monthly, "bulanan", nip, pid)
            comp, pot = build_assessments(rng, emp, pos, std, trainings)
            report(0.35, "Membuat asesmen kompetensi dan potensi…")
            nip_cat = pd.CategoricalDtype(nip)
            _insert(con, "potential_assessments", _with_nip(pot, nip_cat))
            comp["competency_id"] = pd.Categorical.from_codes(
                comp.pop("comp").to_numpy(), categories=COMP_IDS
            )
            _insert(con, "competency_assessments", _with_nip(comp, nip_cat))
            report(0.45, "Menyimpan asesmen kompetensi…")
            trainings["title"] = pd.Categorical.from_codes(trainings["title"].to_numpy(), categories=TITLES)
            category = trainings["category"].to_numpy()
            trainings["category"] = pd.Categorical.from_codes(category, categories=CATEGORY_IDS)
            competency = trainings.pop("comp").to_numpy()
            trainings["competency_id"] = pd.Categorical.from_codes(competency, categories=COMP_IDS)
            _insert(con, "trainings", _with_nip(trainings, nip_cat))
            _insert_placements(con, emp, moves, nip, pid)
            report(0.6, "Menyimpan pelatihan dan penempatan…")
            _insert_evaluations(con, quarterly, "triwulan", nip, pid)
            _insert_evaluations(con, annual, "tahunan", nip, pid)
            pending.result()
        finally:
            pool.shutdown(wait=True)  # never close the connection under a running insert
            other.close()
    report(0.85, "Menyimpan penilaian kinerja…")

    info = {
        "source": "demo",
        "seed": str(seed),
        "scale": str(scale),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "generator": GENERATOR,
        "reference_date": str(REF_DATE),
        "period": "2021-01..2025-12",
        "planted_effects": json.dumps(
            planted_effects() | {"rating_effects": rating_effects}, ensure_ascii=False
        ),
    }
    con.executemany("insert into dataset_info values (?, ?)", list(info.items()))
    refresh = getattr(adb, "refresh_derived", None)
    if refresh is not None:
        refresh(con)
    report(0.97, "Menyusun tabel turunan…")


def _with_nip(df: pd.DataFrame, nip: pd.CategoricalDtype) -> pd.DataFrame:
    """Replace the employee index by the NIP (dictionary-encoded: no per-row Python strings)."""
    out = df.drop(columns="emp")
    out.insert(0, "nip", pd.Categorical.from_codes(df["emp"].to_numpy(), dtype=nip))
    return out


def _insert_placements(con, emp: pd.DataFrame, moves: pd.DataFrame, nip, pid) -> None:
    ss_m = emp["ss_m"].to_numpy()
    new = np.flatnonzero(ss_m >= 0)
    pppk = emp["pppk"].to_numpy()[new]
    appoint = pd.DataFrame(
        {
            "nip": nip[new],
            "effective_date": emp["service_start"].to_numpy()[new],
            "from_position_id": np.full(len(new), None, object),
            "to_position_id": pid[emp["pos0"].to_numpy()[new]],
            "move_type": "pengangkatan",
            "status": "executed",
            "reason": np.where(pppk, N.REASONS_APPOINTMENT["PPPK"], N.REASONS_APPOINTMENT["PNS"]),
        }
    )
    proposals = pd.DataFrame(
        {
            "nip": nip[moves["emp"].to_numpy()],
            "effective_date": _month_start(moves["m"].to_numpy()),
            "from_position_id": pid[moves["from_pos"].to_numpy()].astype(object),
            "to_position_id": pid[moves["to_pos"].to_numpy()],
            "move_type": moves["move_type"].to_numpy(),
            "status": np.where(moves["executed"].to_numpy(), "executed", "declined"),
            "reason": moves["reason"].to_numpy(),
        }
    )
    _insert(con, "placements", pd.concat([appoint, proposals], ignore_index=True))


def _insert_evaluations(con, frame: pd.DataFrame, period_type: str, nip, pid) -> None:
    """Insert monthly or annual rows, already in primary-key order (NIP, period)."""
    if period_type == "bulanan":
        k = frame["m"].to_numpy().astype(np.int64)
        starts = _month_start(np.arange(N_MONTHS))
        ends = (MONTH0 + np.arange(1, N_MONTHS + 1)).astype("datetime64[D]") - np.timedelta64(1, "D")
    elif period_type == "triwulan":
        k = frame["q"].to_numpy().astype(np.int64)
        starts = _month_start(np.arange(0, N_MONTHS, 3))
        ends = (MONTH0 + np.arange(3, N_MONTHS + 1, 3)).astype("datetime64[D]") - np.timedelta64(1, "D")
    else:
        k = frame["year"].to_numpy().astype(np.int64) - 2021
        starts = np.array([np.datetime64(f"{y}-01-01") for y in range(2021, 2026)])
        ends = np.array([np.datetime64(f"{y}-12-31") for y in range(2021, 2026)])
    scores = [
        "hasil_kerja",
        "perilaku",
        "predikat",
        "score",
        "score_hasil_kerja",
        "score_sikap",
        "score_disiplin",
    ]
    df = pd.DataFrame(
        {
            # categoricals reach DuckDB dictionary-encoded: no per-row Python string objects
            "nip": pd.Categorical.from_codes(frame["emp"].to_numpy(), categories=nip),
            "period_type": pd.Categorical.from_codes(np.zeros(len(frame), np.int8), categories=[period_type]),
            "period_start": starts[k],
            "period_end": ends[k],
            "position_id": pd.Categorical.from_codes(frame["pos"].to_numpy(), categories=pid),
            **{c: frame[c].to_numpy() for c in scores},
        }
    )
    _insert(con, "performance_evaluations", df)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bangun basis data demo ASN (sintetis).")
    if parser.prog == "__main__.py":  # python -m data.demo: the usage line of the one-file builder
        parser.prog = "demo.py"
    parser.add_argument(
        "--db", type=Path, default=None, help="berkas DuckDB tujuan (bawaan: analytics.db.db_path())"
    )
    parser.add_argument("--scale", type=float, default=1.0, help="skala jumlah pegawai (1 = sekitar 78.000)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    target = args.db or adb.db_path()

    def progress(fraction: float, message: str) -> None:
        print(f"[{fraction:4.0%}] {message}", file=sys.stderr, flush=True)

    stats = build_demo(target, scale=args.scale, seed=args.seed, progress=progress)
    print(f"Basis data: {stats['path']}")
    print(
        f"Skala {stats['scale']}, seed {stats['seed']}: {stats['seconds']:.1f} s, {stats['size_bytes'] / 1e6:.1f} MB"
    )
    for table, count in stats["rows"].items():
        print(f"  {table:<24} {count:>10,}")
    return 0
