"""Synthetic demo database for the ASN dashboard, with planted effects.

Usage as a script::

    python -m data.demo [--db PATH] [--scale S] [--seed N]

and as a function: :func:`build_demo` (the tests build small databases from
the same code). The build writes a temporary file beside the target and
renames it into place at the end, so an interrupted build never leaves a
half database.

All people are invented. Region, unit and kecamatan names are real, so the
demo looks familiar. Everything is drawn from ``numpy`` generators seeded with
``seed``: the same seed and scale give the same table contents (only
``dataset_info.built_at`` differs). Employees' identities, trainings, evaluations
and assessments are drawn and inserted 100,000 employees at a time
(``params.BLOCK_EMPLOYEES``), so that memory stays bounded at national scale
(issue #13); the first block draws from the build's generator, so any scale up to
one block (scale 1 included) gives the data of the builder before blocks. No per-row Python loops: loops run over
regions, units, years and small code lists only.

The generative model and every planted effect, with its numbers, are in
:mod:`data.demo.params` (data/demo/params.py), the one place that sets them.
The generator, by table family:

* :mod:`data.demo.organisation`: units, positions and competency standards;
* :mod:`data.demo.employees`: employees (initial posts, latent traits, identity);
* :mod:`data.demo.placements`: moves (the planted fit moves and regular proposals);
* :mod:`data.demo.trainings`: training records;
* :mod:`data.demo.kinerja`: performance evaluations and the planted effects on the ratings;
* :mod:`data.demo.assessments`: competency and potential assessments;
* :mod:`data.demo.build`: :func:`build_demo` (every draw in a fixed order, the DuckDB
  file, progress);
* :mod:`data.demo.cli`: the command line (``python -m data.demo`` runs it);
* :mod:`data.demo._util`: code lookups and small shared helpers.

The names below are re-exported so that ``from data.demo import ...`` works as it
did when the builder was one module.
"""

from data.demo._util import (
    COMP_IDS,
    COMP_IDX,
    COMP_RANK,
    CORE_COMPS,
    FIELD_IDX,
    FIELDS,
    LEVEL_BUP,
    LEVEL_IDX,
    LEVEL_JENIS,
    LEVEL_REQ,
    LEVELS,
    NO_FIELD,
)
from data.demo.assessments import (
    build_assessments,
)
from data.demo.build import (
    DATA_TABLES,
    build_demo,
)
from data.demo.cli import (
    main,
)
from data.demo.employees import (
    build_employees,
    finalize_employees,
)
from data.demo.kinerja import (
    build_evaluations,
)
from data.demo.organisation import (
    build_organisation,
    build_standards,
)
from data.demo.params import (
    BEHAVIOUR_NOISE_SD,
    BEHAVIOUR_PERSON_SD,
    COURSE_BASE,
    COURSE_PROFILE,
    COURSE_REGION,
    DECLINE_RATE,
    DEFAULT_SEED,
    DEMOTE_TO,
    DISIPLIN_OFFSET,
    EDU_BY_LEVEL,
    ENTRY_AGE,
    ENTRY_AGE_HIGH,
    ENTRY_GOL,
    EVALUATION_REGIME,
    FAMILY_TEKNIS,
    FEMALE_SHARE,
    FIT_MOVE_EXECUTED,
    FIT_PENALTY,
    FIT_PROB,
    GENERAL_FIELDS,
    GENERATOR,
    GOL_PNS,
    GOL_PPPK,
    GOL_RANGE,
    HASIL_HIGH,
    HASIL_LOW,
    HASIL_NOISE_SD,
    HEAD_FIELD_PROFILES,
    INTERCEPT,
    LEADERSHIP_SHARE,
    LEVEL_PPPK,
    LEVEL_SHARE,
    LEVEL_UP_OTHER,
    LEVEL_UP_TRAINED,
    MIN_PER_REGION,
    MONTH0,
    MOVE_TYPE_PROBS,
    MOVE_TYPES,
    N_MONTHS,
    NEVER,
    NOISE_SD,
    P_SHORT,
    P_SUB_BOOST,
    P_SUBSTANTIVE,
    PELAYANAN_PROFILES,
    PERILAKU_HIGH,
    PERILAKU_LOW,
    PERSON_SD,
    POTENTIAL_DATE,
    PPPK_GOL,
    PPPK_GOL_BUMP,
    PPPK_SHARE,
    PPPK_TRAINING_FACTOR,
    PPPK_YEAR_WEIGHTS,
    PROMOTE_TO,
    REF_DATE,
    REGION_IDS,
    REGION_NAMES,
    REGION_TREND,
    REGIONS,
    REGULAR_MOVE_RATE,
    ROUND1,
    ROUND2,
    ROUND2_SHARE,
    ROUND_SPREAD_DAYS,
    SERVICE_YEARS,
    STRUCT_FILL,
    STRUCT_MAX_SHARE,
    SUBSTANTIVE_JP,
    TARGET_HEADCOUNT,
    TRAINING_EFFECT,
    TRAINING_LAG_MONTHS,
    UNIT_FULL_SCALE,
    planted_effects,
)
from data.demo.placements import (
    build_moves,
)
from data.demo.trainings import (
    CATEGORY_IDS,
    TITLES,
    build_trainings,
)

__all__ = [
    "BEHAVIOUR_NOISE_SD",
    "BEHAVIOUR_PERSON_SD",
    "CATEGORY_IDS",
    "COMP_IDS",
    "COMP_IDX",
    "COMP_RANK",
    "CORE_COMPS",
    "COURSE_BASE",
    "COURSE_PROFILE",
    "COURSE_REGION",
    "DATA_TABLES",
    "DECLINE_RATE",
    "DEFAULT_SEED",
    "DEMOTE_TO",
    "DISIPLIN_OFFSET",
    "EDU_BY_LEVEL",
    "ENTRY_AGE",
    "ENTRY_AGE_HIGH",
    "ENTRY_GOL",
    "EVALUATION_REGIME",
    "FAMILY_TEKNIS",
    "FEMALE_SHARE",
    "FIELDS",
    "FIELD_IDX",
    "FIT_MOVE_EXECUTED",
    "FIT_PENALTY",
    "FIT_PROB",
    "GENERAL_FIELDS",
    "GENERATOR",
    "GOL_PNS",
    "GOL_PPPK",
    "GOL_RANGE",
    "HASIL_HIGH",
    "HASIL_LOW",
    "HASIL_NOISE_SD",
    "HEAD_FIELD_PROFILES",
    "INTERCEPT",
    "LEADERSHIP_SHARE",
    "LEVELS",
    "LEVEL_BUP",
    "LEVEL_IDX",
    "LEVEL_JENIS",
    "LEVEL_PPPK",
    "LEVEL_REQ",
    "LEVEL_SHARE",
    "LEVEL_UP_OTHER",
    "LEVEL_UP_TRAINED",
    "MIN_PER_REGION",
    "MONTH0",
    "MOVE_TYPES",
    "MOVE_TYPE_PROBS",
    "NEVER",
    "NOISE_SD",
    "NO_FIELD",
    "N_MONTHS",
    "PELAYANAN_PROFILES",
    "PERILAKU_HIGH",
    "PERILAKU_LOW",
    "PERSON_SD",
    "POTENTIAL_DATE",
    "PPPK_GOL",
    "PPPK_GOL_BUMP",
    "PPPK_SHARE",
    "PPPK_TRAINING_FACTOR",
    "PPPK_YEAR_WEIGHTS",
    "PROMOTE_TO",
    "P_SHORT",
    "P_SUBSTANTIVE",
    "P_SUB_BOOST",
    "REF_DATE",
    "REGIONS",
    "REGION_IDS",
    "REGION_NAMES",
    "REGION_TREND",
    "REGULAR_MOVE_RATE",
    "ROUND1",
    "ROUND2",
    "ROUND2_SHARE",
    "ROUND_SPREAD_DAYS",
    "SERVICE_YEARS",
    "STRUCT_FILL",
    "STRUCT_MAX_SHARE",
    "SUBSTANTIVE_JP",
    "TARGET_HEADCOUNT",
    "TITLES",
    "TRAINING_EFFECT",
    "TRAINING_LAG_MONTHS",
    "UNIT_FULL_SCALE",
    "build_assessments",
    "build_demo",
    "build_employees",
    "build_evaluations",
    "build_moves",
    "build_organisation",
    "build_standards",
    "build_trainings",
    "finalize_employees",
    "main",
    "planted_effects",
]
