"""A ratings-only database, as a SIASN export has it (no 0-100 score), with every number
worked out by hand: Pelatihan and Penempatan give their main answer on hasil kerja Di Atas.

One region that is not one of the demo's (Kota Bogor, BGR), monthly evaluations
2023-01 .. 2024-06, every month rated perilaku Sesuai and hasil kerja Sesuai (2)
unless listed as Di Atas (1) below; predikat Baik throughout. Windows around 2023-07:
before = 2023-01..06, after = 2023-10..2024-03 (months +3..+8).

| who     | post (unit)            | type | field       | training             | Di Atas before / after |
|---------|------------------------|------|-------------|----------------------|------------------------|
| T1..T5  | P3 (U2, no field)      | PNS  | umum        | 40 JP, ends 2023-07  | 0 / 4, 3, 3, 3, 2 of 6 |
| C1..C5  | P3                     | PNS  | umum        | C1: 12 JP in 2023    | 0 / 1, 0, 0, 0, 0 of 6 |
| X1      | P3                     | PNS  | umum        | 25 JP, ends 2024-03  | 0 / 0                  |
| X2      | P3 (TMT 2023-10)       | PNS  | umum        | 8 JP, ends 2023-11   | – / 0                  |
| M1..M5  | P1 (U1, needs hukum) -> P2 (U1, needs perencanaan) on 2023-07-01 | PNS | perencanaan | – | 1 / 4, 4, 3, 3, 2 of 6 |
| G1..G5  | P1, not moved          | PPPK | perencanaan | G1: 24 JP, 2024-05   | 1 / 1, 1, 1, 2, 0 of 6 |

Training (first substantive training 2023-07, cell BGR x pelaksana x share before 0 x
2023-07): trained T1..T5 change 4/6, 3/6, 3/6, 3/6, 2/6 (mean 1/2); comparison C1..C5
change 1/6, 0, 0, 0, 0 (mean 1/30); X1's 25 JP training ends in month +8 (and leaves X1
no months after it), so X1 is no comparison, at 20 JP nor at 40 (where the comparison
once held everyone without a 40 JP training); X2 is not in service before. Estimate
1/2 - 1/30 = 7/15.
HC1: residuals 1/6, 0, 0, 0, -1/6 and 4/30, -1/30 x 4; var = 10/8 x ((2/36)/25 +
(20/900)/25) = 7/1800.

Moves (cell BGR x pelaksana x share before under half x 2023-07): M1..M5, good (Di Atas
once before) out of P1 (requires hukum, they studied perencanaan) into P2 (fits),
change 3/6, 3/6, 2/6, 2/6, 1/6 (mean 11/30); G1..G5, good and left in P1, change 0, 0, 0,
1/6, -1/6 (mean 0). Estimate 11/30; residuals 4/30, 4/30, -1/30, -1/30, -6/30 and 0, 0,
0, 1/6, -1/6; var = 10/8 x ((70/900)/25 + (2/36)/25) = 1/150.

JP 2023: PNS T1..T5 40 JP, C1 12, X2 8 (3 months in service: pro-rated 5), X1, C2..C5
and M1..M5 0; PPPK 2024: G1 24, G2..G5 0. The trainings of X1 and G1 end too late for
months +3..+8 in the data: they are nobody's treated month.
"""

from __future__ import annotations

import math
from pathlib import Path

import duckdb
import pytest
from handdb import execute_hand_sql

from analytics import placement, training
from analytics.db import create_schema, refresh_derived
from analytics.did import Z_95
from analytics.filters import Filters
from reporting.safe import md
from ui.i18n import t

MONTHS = [f"{y}-{m:02d}-01" for y in (2023, 2024) for m in range(1, 13)][:18]  # 2023-01 .. 2024-06
BEFORE = MONTHS[:6]
AFTER = MONTHS[9:15]  # 2023-10 .. 2024-03


def nip(i: int, year: int = 1985, sex: int = 1) -> str:
    """A NIP valid for its birth date (1985-01-01), TMT 2010-01 and sex."""
    return f"{year}0101" + "201001" + str(sex) + f"{i:03d}"


PEOPLE = {
    # key: (employee_type, education_field, position_id, service_start, di_atas before, di_atas after)
    **{f"T{i}": ("PNS", "umum", "P3", "2010-01-01", 0, a) for i, a in enumerate([4, 3, 3, 3, 2], 1)},
    **{f"C{i}": ("PNS", "umum", "P3", "2010-01-01", 0, a) for i, a in enumerate([1, 0, 0, 0, 0], 1)},
    "X1": ("PNS", "umum", "P3", "2010-01-01", 0, 0),
    "X2": ("PNS", "umum", "P3", "2023-10-01", 0, 0),
    **{f"M{i}": ("PNS", "perencanaan", "P2", "2010-01-01", 1, a) for i, a in enumerate([4, 4, 3, 3, 2], 1)},
    **{f"G{i}": ("PPPK", "perencanaan", "P1", "2010-01-01", 1, a) for i, a in enumerate([1, 1, 1, 2, 0], 1)},
}
NIP = {key: nip(i) for i, key in enumerate(PEOPLE, 1)}
TRAININGS = [
    *[
        (f"T{i}", "Pelatihan Layanan Publik", 3, "technical", "2023-07-03", "2023-07-14", 40)
        for i in range(1, 6)
    ],
    ("C1", "Bimtek Arsip", 8, "technical", "2023-03-01", "2023-03-02", 12),
    ("X1", "Pelatihan Teknis Pelayanan", 3, "technical", "2024-03-04", "2024-03-08", 25),
    ("X2", "Bimtek Arsip", 8, "technical", "2023-11-01", "2023-11-02", 8),
    ("G1", "Pelatihan Perencanaan", 3, "technical", "2024-05-06", "2024-05-09", 24),
]


def hand_sql() -> str:
    employees, evaluations = [], []
    for key, (kind, field, post, start, before, after) in PEOPLE.items():
        golongan = "III/a" if kind == "PNS" else "V"
        employees.append(
            f"('{NIP[key]}', '{key}', 'L', '1985-01-01', '{kind}', '{golongan}', 40, '{field}', '{post}', "
            f"'{max(start, '2023-07-01') if key.startswith('M') else start}', '{start}')"
        )
        for m in MONTHS:
            if m < start:
                continue
            held = "P1" if key.startswith("M") and m < "2023-07-01" else post
            # Di Atas in the first `before` months of the 6 before, the first `after` of the 6 after
            di_atas = (m in BEFORE and BEFORE.index(m) < before) or (m in AFTER and AFTER.index(m) < after)
            hasil = 1 if di_atas else 2
            evaluations.append(
                f"('{NIP[key]}', 'bulanan', '{m}', last_day(date '{m}'), '{held}', {hasil}, 2, 2, "
                "null, null, null, null, null)"
            )
    trainings = [
        f"('{NIP[who]}', '{title}', {jenis}, '{cat}', '{s}', '{e}', {jp}, null)"
        for who, title, jenis, cat, s, e, jp in TRAININGS
    ]
    moves = [
        f"('{NIP[f'M{i}']}', '2023-07-01', 'P1', 'P2', 'rotasi', 'executed', 'Penataan jabatan')"
        for i in range(1, 6)
    ]
    return f"""
    insert into units values
        ('U1', 'BGR', 'Bagian Perencanaan dan Hukum', 'sekretariat'),
        ('U2', 'BGR', 'Kecamatan Bogor Tengah', 'kecamatan');
    insert into positions values
        ('P1', 'U1', 'Analis Hukum', 4, 'Pelaksana', null, 'hukum', 10),
        ('P2', 'U1', 'Pengolah Data Perencanaan', 4, 'Pelaksana', null, 'perencanaan', 10),
        ('P3', 'U2', 'Pengadministrasi Umum', 4, 'Pelaksana', null, null, 20);
    insert into employees values {", ".join(employees)};
    insert into performance_evaluations (nip, period_type, period_start, period_end, position_id, hasil_kerja,
        perilaku, predikat, score, score_hasil_kerja, score_sikap, score_disiplin, import_id)
    values {", ".join(evaluations)};
    insert into trainings values {", ".join(trainings)};
    insert into placements values {", ".join(moves)};
    """


BGR = Filters(regions=("BGR",), year_from=2023, year_to=2024)
TRAINING_ESTIMATE = 7 / 15
TRAINING_SE = math.sqrt(7 / 1800)
MOVE_ESTIMATE = 11 / 30
MOVE_SE = math.sqrt(1 / 150)


def build(path) -> None:
    con = duckdb.connect(str(path))
    try:
        create_schema(con)
        con.execute(
            "insert into regions (region_id, name, province, sort_order) values ('BGR', 'Kota Bogor', 'Jawa Barat', 1)"
        )
        execute_hand_sql(con, hand_sql())
        refresh_derived(con)
    finally:
        con.close()


@pytest.fixture(scope="module")
def hand_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("ratings_only") / "ratings.duckdb"
    build(path)
    return path


@pytest.fixture(scope="module")
def hand(hand_path):
    con = duckdb.connect(str(hand_path), read_only=True)
    yield con
    con.close()


def test_the_fixture_has_ratings_and_no_score(hand):
    (scores, rows) = hand.execute("select count(score), count(*) from performance_evaluations").fetchone()
    assert scores == 0 and rows > 0


@pytest.mark.parametrize("min_jp", [20, 40])
def test_training_impact_on_hasil_kerja_di_atas_by_hand(hand, min_jp):
    r = training.training_impact(hand, BGR, min_jp=min_jp).iloc[0]
    assert (r.outcome, r.unit) == ("hasil_di_atas", "pp")  # no score: the rating, automatically
    # X1 (25 JP inside the window) is no comparison at 40 JP either
    assert (r.n_treated, r.n_control, r.n_cells) == (5, 5, 1)
    assert r.estimate == pytest.approx(TRAINING_ESTIMATE)
    assert (r.treated_change, r.control_change) == (pytest.approx(1 / 2), pytest.approx(1 / 30))
    assert r.se == pytest.approx(TRAINING_SE)
    assert (r.ci_low, r.ci_high) == (
        pytest.approx(TRAINING_ESTIMATE - Z_95 * TRAINING_SE),
        pytest.approx(TRAINING_ESTIMATE + Z_95 * TRAINING_SE),
    )
    # the score is not there at all
    assert training.training_impact(hand, BGR, min_jp=min_jp, outcome="score").iloc[0].n_treated == 0


def test_a_short_training_rules_a_comparison_out_only_at_10_jp(hand):
    # at 10 JP: C1's 12 JP (2023-03) is a first training before the window, not a treated
    # month (only 2 months before it), and it rules C1 out as a comparison; X2's 8 JP is
    # below even 10
    r = training.training_impact(hand, BGR, min_jp=10).iloc[0]
    assert (r.n_treated, r.n_control) == (5, 4)
    assert r.control_change == 0.0
    assert r.estimate == pytest.approx(1 / 2)


def test_event_study_by_hand(hand):
    # trained in 2023: T1..T5 (X1 and G1, trained in 2024, would add their months before)
    df = training.training_event_study(hand, Filters(regions=("BGR",), year_from=2023, year_to=2023))
    df = df.set_index("rel_month")
    assert set(df["outcome"]) == {"hasil_di_atas"}
    # month +3 (2023-10): T1..T5 all Di Atas; never trained >= 20 JP, in a pelaksana post of
    # BGR that month: C1..C5, X2 (8 JP only), M1..M5, G2..G5 (G1 had 24 JP, X1 25), of whom
    # C1, M1..M5, G2..G4 Di Atas: 9 of 15. Month -1 (2023-06): nobody Di Atas.
    assert (df.loc[3, "n_treated"], df.loc[3, "treated_mean"]) == (5, 1.0)
    assert df.loc[3, "control_mean"] == pytest.approx(9 / 15)
    assert (df.loc[-1, "treated_mean"], df.loc[-1, "control_mean"], df.loc[-1, "difference"]) == (0, 0, 0)
    assert df.loc[3, "difference"] == pytest.approx(0.4)


def test_move_effect_on_hasil_kerja_di_atas_by_hand(hand):
    df = placement.kinerja_change_after_move(hand, BGR).set_index("move_group")
    for group in ("all", "good_ill_fit"):  # the same cell: only G1..G5 sit in it unmoved
        r = df.loc[group]
        assert (r.outcome, r.unit, r.n, r.n_control, r.n_cells) == ("hasil_di_atas", "pp", 5, 5, 1)
        assert r.estimate == pytest.approx(MOVE_ESTIMATE)
        assert r.se == pytest.approx(MOVE_SE)
        assert (r.mean_before, r.mean_after) == (pytest.approx(1 / 6), pytest.approx(16 / 30))
        assert (r.control_before, r.control_after) == (pytest.approx(1 / 6), pytest.approx(1 / 6))
        assert r.ci_low == pytest.approx(MOVE_ESTIMATE - Z_95 * MOVE_SE)


def test_jp_entitlement_pro_rated_or_apart_by_hand(hand):
    f = Filters(regions=("BGR",), year_from=2023, year_to=2023)
    r = training.jp_entitlement(hand, f).iloc[0]
    # PNS 2023: T1..T5 (met), C1..C5, X1, M1..M5 a full year; X2 3 months: 8 JP >= 20 x 3 / 12
    assert (r.staff, r.employees, r.part_year, r.met, r.entitlement_jp) == ("all", 17, 1, 6, 20.0)
    assert r.share_met == pytest.approx(6 / 17)
    apart = training.jp_entitlement(hand, f, part_year="apart").set_index("staff")
    assert (apart.loc["full_year", "employees"], apart.loc["full_year", "met"]) == (16, 5)
    assert (apart.loc["part_year", "employees"], apart.loc["part_year", "met"]) == (1, 0)  # X2: 8 < 20
    pppk = training.jp_entitlement(hand, BGR, employee_type="PPPK").set_index("year")
    assert (pppk.loc[2024, "employees"], pppk.loc[2024, "met"], pppk.loc[2024, "entitlement_jp"]) == (
        5,
        1,
        24.0,
    )
    assert pppk.loc[2023, "met"] == 0
    # the 95 % Wilson interval of 6 / 17
    p, n, z = 6 / 17, 17, Z_95
    centre, half = (
        (p + z * z / (2 * n)) / (1 + z * z / n),
        z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n),
    )
    assert (r.share_met_low, r.share_met_high) == (pytest.approx(centre - half), pytest.approx(centre + half))
    units = training.jp_by_unit(hand, f, part_year="apart").set_index("unit_id")
    assert units.loc["U2", "employee_years"] == 11  # T1..T5, C1..C5, X1 (X2 left out)
    assert units.loc["U2", "met"] == 5


# ---------------------------------------------------------------- the pages
@pytest.fixture
def app(hand_path, tmp_path, monkeypatch):
    import shutil

    path = tmp_path / "app.duckdb"
    shutil.copyfile(hand_path, path)
    monkeypatch.setenv("ASN_DB_PATH", str(path))
    return path


def open_page(page: str, lang: str = "id"):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "dashboard.py"), default_timeout=120)
    at.query_params["wilayah"] = "Kota Bogor"
    if lang == "en":
        at.query_params["lang"] = "en"
    at.run()
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def answer(at) -> list[str]:
    """The paragraphs of the page's answer box (ui.sections.headline: the first in bold, one
    paragraph a sentence, names escaped as markdown text)."""
    box = next(m.value for m in at.main.markdown if m.value.startswith("**"))
    first, *rest = box.split("\n\n")
    return [first.removeprefix("**").removesuffix("**"), *rest]


def test_pelatihan_answers_on_the_ratings(app):
    at = open_page("pelatihan")
    est, low, high = (
        f"{v * 100:.1f}".replace(".", ",")
        for v in (
            TRAINING_ESTIMATE,
            TRAINING_ESTIMATE - Z_95 * TRAINING_SE,
            TRAINING_ESTIMATE + Z_95 * TRAINING_SE,
        )
    )
    assert (est, low, high) == ("46,7", "34,4", "58,9")
    sentence = t("impact.sentence.pp.up", "id", min_jp=20, est=est, lo=low, hi=high, nt="5", nc="5")
    assert md(sentence) in answer(at)
    # the method, folded under the answer, names the outcome it read
    assert any(m.value.startswith(t("impact.measure.hasil_di_atas")) for m in at.markdown)
    assert t("impact.none") not in [i.value for i in at.info]


def test_penempatan_answers_on_the_ratings(app):
    at = open_page("penempatan", "en")
    est, low, high = (
        f"{v * 100:.1f}"
        for v in (MOVE_ESTIMATE, MOVE_ESTIMATE - Z_95 * MOVE_SE, MOVE_ESTIMATE + Z_95 * MOVE_SE)
    )
    assert (est, low, high) == ("36.7", "20.7", "52.7")
    # the page's answer, first under its title, on the ratings (never "no score")
    sentence = t(
        "penempatan.lead.kinerja.hasil_di_atas",
        "en",
        est=f"+{est}",
        ci=f"{low} to {high}",
        n="5",
        nc="5",
        unclear="",
    )
    assert any(p.startswith(md(sentence)) for p in answer(at))
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[t("penempatan.group.good_ill_fit", "en")] == f"+{est} percentage points"
    assert t("penempatan.kinerja.none", "en") not in [i.value for i in at.info]
