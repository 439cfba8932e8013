"""The sentences the Ringkasan, Kompetensi and Kebutuhan pegawai pages open with
(``reporting.findings``), on frames made here whose answers are worked out by hand: who
lags on what, who leads, the change; a hidden value never reaches a sentence, a status,
a rank or a chart; a ratings-only region is read from its ratings."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics import privacy
from reporting import regions
from reporting.charts import competency as competency_chart
from reporting.charts import overview as overview_chart
from reporting.charts import staffing as staffing_chart
from reporting.findings import competency as fc
from reporting.findings import overview as fo
from reporting.findings import staffing as fs
from reporting.text import t, using_lang

NAMES = {"A": "Kota A", "B": "Kota B", "C": "Kota C", "D": "Kota D"}
TARGETS = fo.Targets.from_settings({})  # the defaults: 90 / 75 / 80 %, near = within 5 points


@pytest.fixture(autouse=True)
def four_regions():
    frame = pd.DataFrame(
        {"region_id": list(NAMES), "region_name": list(NAMES.values()), "sort_order": [1, 2, 3, 4]}
    )
    with regions.using(frame), using_lang("id"):
        yield


def kpis(rows: dict[str, tuple], employees: dict[str, int] | None = None) -> pd.DataFrame:
    """overview_kpis' columns the findings read: region -> (share_baik, share_optimal, share_jp_met)."""
    df = pd.DataFrame(
        [(r, *v) for r, v in rows.items()],
        columns=["region_id", "share_baik", "share_optimal", "share_jp_met"],
    )
    df.insert(1, "employees", [(employees or {}).get(r, 1000) for r in rows])
    # as a viewer gets it: a region of fewer than 5 employees hides its shares
    return privacy.suppress(df, count_col="employees", value_cols=list(fo.INDICATORS))


# like the demo: Sawahlunto (D) low on Baik, Jambi (C) low on 20 JP, level on Optimal
DEMO = {
    "A": (0.960, 0.800, 0.730),
    "B": (0.958, 0.732, 0.632),
    "C": (0.915, 0.7318, 0.491),
    "D": (0.847, 0.7284, 0.542),
}


def test_status_against_the_targets() -> None:
    assert TARGETS.values == {"share_baik": 0.90, "share_optimal": 0.75, "share_jp_met": 0.80}
    assert [TARGETS.status("share_baik", v) for v in (0.90, 0.8501, 0.85, 0.5, np.nan)] == [
        "met",
        "near",  # less than 5 points below
        "below",  # 5 points below is no longer near
        "below",
        None,
    ]
    # the targets are settings (percent): a database may set its own
    own = fo.Targets.from_settings({"target_share_jp_met": 50.0, "target_near_margin": 10.0})
    assert own.values["share_jp_met"] == 0.5 and own.margin == 0.10
    assert own.status("share_jp_met", 0.491) == "near" and own.status("share_baik", 0.80) == "below"


def test_ranked_by_targets_met_then_far_misses_then_distance() -> None:
    card = fo.scorecard(kpis(DEMO), TARGETS)
    assert card["region_id"].tolist() == ["A", "B", "C", "D"]
    assert card["rank"].tolist() == [1, 2, 3, 4]
    assert card["met"].tolist() == [2, 1, 1, 0]  # A: Baik and Optimal; B, C: Baik; D: none
    assert card.loc[0, ["share_baik_status", "share_optimal_status", "share_jp_met_status"]].tolist() == [
        "met",
        "met",
        "below",  # 73 % is 7 points under 80
    ]
    # B before C: both 1 met, 1 near, 1 below; B is 12.8 points short in all, C 31.2
    flipped = fo.scorecard(kpis({"C": DEMO["C"], "B": DEMO["B"]}), TARGETS)
    assert flipped["region_id"].tolist() == ["B", "C"]


def test_the_demo_like_headline() -> None:
    trend = pd.DataFrame(
        {
            "region_id": ["A", "A", "D", "D"],
            "period": pd.to_datetime(["2021-01-01", "2025-01-01"] * 2),
            "share_baik": [0.900, 0.960, 0.858, 0.847],
        }
    )
    assert fo.sentences(kpis(DEMO), TARGETS, trend) == [
        # Optimal is level (72,8-73,2 %: within a point), so no region lags there
        "Kota D tertinggal pada predikat Baik ke atas (84,7 %; target 90 %); "
        "Kota C pada PNS dengan 20 JP (49,1 %; target 80 %).",
        "Kota A di peringkat teratas dengan 2 dari 3 target tercapai; "
        "target PNS dengan 20 JP tercapai di 0 dari 4 wilayah.",
        "Sejak 2021 porsi predikat Baik ke atas naik di 1 dari 2 wilayah; turun di Kota D (-1,1 poin).",
    ]
    with using_lang("en"):
        assert fo.finding(kpis(DEMO), TARGETS) == (
            "Kota D lags on the share rated Good or better (84.7%; target 90%); Kota C on PNS with 20 JP (49.1%; "
            "target 80%)."
        )


def test_level_regions_and_all_targets_met() -> None:
    level = {"A": (0.95, 0.80, 0.490), "B": (0.95, 0.80, 0.495), "C": (0.95, 0.80, 0.499)}
    assert fo.finding(kpis(level), TARGETS) == t("ringkasan.f.no_laggard", pts="1")
    met = {"A": (0.95, 0.80, 0.85), "B": (0.91, 0.76, 0.81)}
    assert fo.sentences(kpis(met), TARGETS)[0] == t("ringkasan.f.all_met")
    # no region lags and every target is reached: nothing said about the hardest target
    assert (
        fo.sentences(kpis(met), TARGETS)[1] == "Kota A di peringkat teratas dengan 3 dari 3 target tercapai."
    )


def test_one_region_its_targets_in_words() -> None:
    one = {"D": (0.847, 0.7284, 0.542)}
    trend = pd.DataFrame(
        {"region_id": ["D"] * 3, "period": pd.to_datetime(["2021-01-01", "2023-01-01", "2025-01-01"]),
         "share_baik": [0.858, 0.853, 0.847]}
    )  # fmt: skip
    assert fo.sentences(kpis(one), TARGETS, trend) == [
        "Kota D mencapai 0 dari 3 target; di bawah target: predikat Baik ke atas 84,7 % (target 90 %) dan "
        "PNS dengan 20 JP 54,2 % (target 80 %); mendekati target: JPM Optimal 72,8 % (target 75 %).",
        "Porsi predikat Baik ke atas di Kota D: 85,8 % pada 2021, 84,7 % pada 2025 (-1,1 poin).",
    ]


def test_a_ratings_only_region_is_read_from_its_ratings() -> None:
    """A SIASN export has no 0-100 score: the shares come from the ratings and predikat, so
    the sentence is the same as for a scored region (no "no score")."""
    frame = kpis({"D": (0.847, 0.7284, 0.542)}).assign(mean_score=np.nan)
    sentence = fo.finding(frame, TARGETS)
    assert "84,7 %" in sentence and "skor" not in sentence


def test_a_hidden_region_is_never_named_ranked_or_drawn() -> None:
    # D has 3 employees: its shares are hidden for a viewer; it would lag on Baik and JP
    frame = kpis(DEMO, employees={"D": 3})
    assert privacy.is_suppressed(frame, "share_baik").tolist() == [False, False, False, True]
    lines = fo.sentences(frame, TARGETS)
    text = " ".join(lines)
    assert "Kota D" not in text and "84,7" not in text and "54,2" not in text
    assert lines[0] == "Kota C tertinggal pada PNS dengan 20 JP (49,1 %; target 80 %)."
    assert lines[1].endswith("target PNS dengan 20 JP tercapai di 0 dari 3 wilayah.")  # D is not counted
    card = fo.scorecard(frame, TARGETS)
    d = card[card["region_id"] == "D"].iloc[0]
    assert d["shown"] == 0 and d["share_baik_marker"] == privacy.SECONDARY_MARKER
    assert d["employees_marker"] == "<5"
    fig = overview_chart.scorecard_chart(
        card, overview_chart.trend_lines(None, None, None), TARGETS, year_to=2025
    )
    texts = {a.name: [] for a in fig.layout.annotations if a.name}
    for a in fig.layout.annotations:
        if a.name:
            texts[a.name].append(a.text)
    assert texts["share_baik"][-1] == "<b>x</b>" and "<5 pegawai" in texts["region"][-1]
    drawn = [y for trace in fig.data if trace.mode == "markers" for y in trace.y]
    assert 0.847 not in drawn and len(drawn) == 3 * 3  # a dot for each shown value only


def test_everything_hidden_says_so() -> None:
    frame = kpis({"A": DEMO["A"]}, employees={"A": 2})
    assert fo.sentences(frame, TARGETS) == [t("story.f.suppressed", k=5)]


def test_the_scorecard_shares_one_scale_per_indicator() -> None:
    card = fo.scorecard(kpis(DEMO), TARGETS)
    lines = pd.DataFrame(
        {"region_id": ["A", "A", "D", "D"], "indicator": "share_baik", "year": [2021, 2025] * 2,
         "value": [0.90, 0.96, 0.858, 0.847]}
    )  # fmt: skip
    fig = overview_chart.scorecard_chart(card, lines, TARGETS, year_to=2025)
    layout = fig.layout.to_plotly_json()
    ranges = {}
    for name, axis in layout.items():
        if name.startswith("yaxis"):
            ranges.setdefault(axis["anchor"].replace("x", "") or "1", axis["range"])
    # 4 rows x 3 columns; the axes of a column (every third) have one range
    by_column = [{tuple(ranges[str(i)]) for i in range(c, 13, 3)} for c in (1, 2, 3)]
    assert all(len(r) == 1 for r in by_column), by_column
    low, high = next(iter(by_column[0]))
    assert low < 0.847 and high > 0.96  # Baik: the lowest and highest value and the target 90 %
    # the rows in rank order, each with its value and status mark
    regions_drawn = [a.text for a in fig.layout.annotations if a.name == "region"]
    assert [r.split("</b>")[0] for r in regions_drawn] == ["<b>1", "<b>2", "<b>3", "<b>4"]
    assert [a.text for a in fig.layout.annotations if a.name == "share_baik"] == [
        "<b>96,0 % ✓</b>", "<b>95,8 % ✓</b>", "<b>91,5 % ✓</b>", "<b>84,7 % ✗</b>",
    ]  # fmt: skip


# ---------------------------------------------------------------- Kompetensi
def bands(
    shares: dict[str, tuple[float, float, float]], employees: dict[str, tuple] | None = None
) -> pd.DataFrame:
    """jpm_distribution as protected: region -> shares (Optimal, Cukup Optimal, Kurang Optimal)."""
    rows = []
    for region_id, values in shares.items():
        counts = (employees or {}).get(region_id) or tuple(round(v * 1000) for v in values)
        for band, share, n in zip(
            ("Optimal", "Cukup Optimal", "Kurang Optimal"), values, counts, strict=True
        ):
            rows.append((region_id, "pemetaan", band, n, share))
    df = pd.DataFrame(rows, columns=["region_id", "scheme", "band", "employees", "share"])
    return privacy.suppress(df, count_col="employees", value_cols=["share"], group_cols=["region_id"])


def test_the_share_optimal_highest_lowest_and_its_change() -> None:
    frame = bands({"A": (0.80, 0.12, 0.08), "B": (0.70, 0.15, 0.15), "C": (0.75, 0.15, 0.10)})
    trend = pd.DataFrame(
        {"region_id": ["A", "A", "B", "B", "C"], "as_of_year": [2022, 2025, 2022, 2025, 2025],
         "share_optimal": [0.78, 0.80, 0.72, 0.70, 0.75]}
    )  # fmt: skip
    assert fc.optimal_sentence(frame, trend) == (
        "Porsi pegawai Optimal (JPM ≥ 90) tertinggi di Kota A (80,0 %) dan terendah di Kota B (70,0 %); "
        "sejak 2022 porsi itu naik di 1 dari 2 wilayah."  # C has one assessment year: no change
    )
    assert fc.finding(frame) == (
        "Porsi pegawai Optimal (JPM ≥ 90) tertinggi di Kota A (80,0 %) dan terendah di Kota B (70,0 %)."
    )


def test_one_region_with_a_hidden_band() -> None:
    # 3 employees Kurang Optimal: "<5", and a second band hidden so the total cannot give it back
    frame = bands({"A": (0.90, 0.07, 0.03)}, employees={"A": (90, 7, 3)})
    assert privacy.markers(frame, "share").tolist()[2] == privacy.SECONDARY_MARKER
    sentence = fc.finding(frame)
    shown = frame["share"].notna().tolist()
    if shown[0]:
        assert sentence == "Kota A: 90,0 % pegawai Optimal (JPM ≥ 90), x Kurang Optimal (< 78)."
    else:  # the Optimal band was the one hidden with it
        assert sentence == t("story.f.suppressed", k=5)
    assert "3,0 %" not in sentence


def coverage_frame() -> pd.DataFrame:
    """competency_coverage as protected: two regions, three competencies; B's c3 has 3 assessed."""
    rows = [
        ("A", "c1", 100, 90), ("A", "c2", 100, 70), ("A", "c3", 100, 80),
        ("B", "c1", 50, 40), ("B", "c2", 50, 45), ("B", "c3", 3, 0),
    ]  # fmt: skip
    df = pd.DataFrame(rows, columns=["region_id", "competency_id", "assessed", "meeting"])
    df["competency_name_id"] = df["competency_id"].map(
        {"c1": "Integritas", "c2": "Kerja Sama", "c3": "Komunikasi"}
    )
    df["competency_name_en"] = df["competency_name_id"]
    df["share_meeting"] = df["meeting"] / df["assessed"]
    df["mean_gap"] = 0.0
    return privacy.suppress(df, count_col="assessed", value_cols=["share_meeting", "meeting", "mean_gap"])


def test_the_competencies_met_least_often() -> None:
    frame = coverage_frame()
    pooled = fc.pooled_coverage(frame)
    # c2: (70 + 45) / 150, c1: 130 / 150; c3 has B's 3 hidden: not pooled (A's 80 % alone
    # would be another number), listed last
    assert pooled["competency_id"].tolist() == ["c2", "c1", "c3"]
    assert pooled["complete"].tolist() == [True, True, False]
    assert pooled["share"].tolist()[:2] == pytest.approx([115 / 150, 130 / 150])
    assert fc.competency_sentence(frame) == (
        "Kompetensi yang paling jarang memenuhi standar jabatan: Kerja Sama (76,7 %; terendah di Kota A, "
        "70,0 %) dan Integritas (86,7 %; terendah di Kota B, 80,0 %)."
    )
    fig = competency_chart.competency_dots(frame)
    assert [tr.name for tr in fig.data] == ["Kota A", "Kota B"]  # display order, one colour each
    assert 0.0 not in list(fig.data[1].x) and len(fig.data[1].x) == 2  # B's hidden c3 is not drawn
    assert fig.layout.xaxis.range[0] > 0.5  # zoomed, and said so in its title
    assert t("kompetensi.axis.zoomed", label=t("col.share_meeting")) == fig.layout.xaxis.title.text


def test_the_weakest_units_are_shown_units() -> None:
    df = pd.DataFrame(
        {
            "region_id": ["A", "A", "B", "B"],
            "unit_id": ["u1", "u2", "u3", "u4"],
            "unit_name": ["Dinas Satu", "Dinas Dua", "Badan Tiga", "Badan <b>Empat</b>"],
            "employees": [40, 3, 25, 60],
            "mean_jpm": [88.0, 70.0, 91.0, 86.5],
            "share_optimal": [0.6, 0.1, 0.8, 0.55],
        }
    )
    frame = privacy.suppress(df, count_col="employees", value_cols=["mean_jpm", "share_optimal"])
    # u2 (3 employees, JPM 70) is hidden: it is neither named nor drawn
    assert fc.unit_sentence(frame) == (
        "JPM rata-rata terendah: Badan <b>Empat</b> (Kota B, 86,5) dan Dinas Satu (Kota A, 88,0); "
        "2 dari 3 unit di bawah 90."
    )
    fig = competency_chart.unit_dots(frame)
    labels = [y for tr in fig.data for y in tr.y]
    assert "Badan &lt;b&gt;Empat&lt;/b&gt; · Kota B" in labels  # a name is text, never markup
    assert not any("Dua" in y for y in labels)


# ---------------------------------------------------------------- Kebutuhan pegawai
def by_region(rows: dict[str, tuple[int, int]]) -> pd.DataFrame:
    """staffing_by_region as protected: region -> (need, headcount)."""
    df = pd.DataFrame(
        [(r, n, h) for r, (n, h) in rows.items()], columns=["region_id", "staffing_need", "headcount"]
    )
    df = df.assign(
        gap=df["headcount"] - df["staffing_need"],
        fill_rate=df["headcount"] / df["staffing_need"],
        posts_under=[12] * len(df),
        posts_over=[3] * len(df),
    )
    return privacy.suppress(df, count_col="headcount", value_cols=["gap", "fill_rate"])


def test_the_region_shortest_of_staff_and_the_fullest() -> None:
    frame = by_region({"A": (4187, 3500), "B": (2510, 2300), "C": (60303, 62000), "D": (40, 3)})
    # D (3 employees) is hidden: 7,5 % would be the lowest, but it is not named
    assert fs.region_sentence(frame) == (
        "Kota A paling kekurangan pegawai: 83,6 % dari kebutuhan ABK (kurang 687); "
        "Kota C paling penuh: 102,8 % (lebih 1.697)."
    )
    fig = staffing_chart.fill_dots(frame)
    assert [tr.y[0] for tr in fig.data if tr.mode == "markers+text"] == ["Kota A", "Kota B", "Kota C"]
    assert fig.layout.xaxis.range[0] > 0.5 and "0" in fig.layout.xaxis.title.text  # zoomed, said so
    one = by_region({"B": (2510, 2300)})
    assert fs.region_sentence(one) == (
        "Kota B: 2.300 pegawai untuk kebutuhan ABK 2.510 (91,6 %); 12 jabatan kurang pegawai, 3 lebih."
    )


def test_the_posts_most_short_and_most_over() -> None:
    df = pd.DataFrame(
        {
            "direction": ["under", "under", "under", "over"],
            "rank": [1, 2, 3, 1],
            "region_id": ["A", "B", "A", "B"],
            "unit_id": ["u1", "u2", "u3", "u2"],
            "unit_name": ["Dinas Pendidikan", "Dinas Kesehatan", "Kecamatan X", "Dinas Kesehatan"],
            "position_name": ["Guru Ahli Pertama", "Perawat <img src=x>", "Lurah", "Penilik"],
            "staffing_need": [4272, 40, 60, 61],
            "headcount": [2191, 3, 20, 761],
            "gap": [-2081, -37, -40, 700],
        }
    )
    spec = fs_spec()
    frame = privacy.protect(df, spec)
    # the nurse post, held by 3, loses its rank, need and gap for a viewer
    assert fs.post_sentence(frame) == (
        "Jabatan paling kekurangan: Guru Ahli Pertama di Dinas Pendidikan (Kota A): 2.191 pegawai untuk "
        "kebutuhan 4.272 (kurang 2.081); paling kelebihan: Penilik di Dinas Kesehatan (Kota B): 761 pegawai "
        "untuk kebutuhan 61 (lebih 700)."
    )
    fig = staffing_chart.post_gaps(frame)
    labels = [y for tr in fig.data for y in tr.y]
    assert len(labels) == 3 and not any("Perawat" in y for y in labels)
    assert [list(tr.x) for tr in fig.data] == [[-2081, -40], [700]]  # A then B, in display order


def fs_spec():
    from analytics import staffing

    return staffing.staffing_by_post.spec


def by_year(counts: dict[tuple[str, int, int], int]) -> pd.DataFrame:
    """retirements_by_year as protected: (region, year, BUP) -> retiring."""
    df = pd.DataFrame([(r, y - 2025, y, a, n) for (r, y, a), n in counts.items()],
                      columns=["region_id", "years_ahead", "year", "retirement_age", "retiring"])  # fmt: skip
    from analytics import staffing

    return privacy.protect(df, staffing.retirements_by_year.spec)


def test_retirements_total_top_region_and_years() -> None:
    complete = by_year({("A", 2026, 58): 30, ("A", 2027, 58): 50, ("B", 2026, 58): 10, ("B", 2027, 58): 12})
    assert fs.retirement_sentence(complete) == (
        "Dalam 2 tahun ke depan (2026–2027) 102 pegawai mencapai BUP, terbanyak di Kota A (80); "
        "per tahun dari 40 pada 2026 menjadi 62 pada 2027."
    )
    # A has a BUP 65 group of 3 in 2026: hidden ("<5") with a second cell, so A's sum and 2026's
    # are "at least"; B's sums are complete and smaller, so A still has most
    hidden = by_year(
        {("A", 2026, 58): 30, ("A", 2026, 65): 3, ("A", 2027, 58): 50, ("A", 2027, 65): 6,
         ("B", 2026, 58): 10, ("B", 2027, 58): 12}
    )  # fmt: skip
    assert privacy.is_suppressed(hidden, "retiring").sum() >= 2
    sentence = fs.retirement_sentence(hidden)
    assert sentence.startswith("Dalam 2 tahun ke depan (2026–2027) setidaknya ")
    assert ", terbanyak di Kota A (setidaknya " in sentence and "per tahun" not in sentence
    shown = hidden.loc[~privacy.is_suppressed(hidden, "retiring"), "retiring"].sum()
    assert f"setidaknya {int(shown)} pegawai" in sentence
    # the hidden cells in the region with fewer: no claim about which has most
    other = by_year({("A", 2026, 58): 30, ("B", 2026, 58): 10, ("B", 2026, 65): 3, ("B", 2026, 60): 7})
    assert "terbanyak" not in fs.retirement_sentence(other)


def test_a_value_sits_at_its_year_even_where_the_trend_ends_earlier() -> None:
    """The 20 JP share of 2025 is shown, its trend point of 2025 hidden (another metric's
    rule): the dot stays at 2025, the line ends at 2024."""
    card = fo.scorecard(kpis({"A": DEMO["A"]}), TARGETS)
    lines = pd.DataFrame(
        {"region_id": "A", "indicator": "share_jp_met", "year": [2021, 2024], "value": [0.60, 0.70]}
    )
    fig = overview_chart.scorecard_chart(card, lines, TARGETS, year_to=2025)
    dots = [tr for tr in fig.data if tr.mode == "markers"]
    assert [(d.x[0], d.y[0]) for d in dots][-1] == (2025, 0.730)
    line = next(tr for tr in fig.data if tr.mode == "lines" and len(tr.x) == 2 and tr.x[0] == 2021)
    assert list(line.x) == [2021, 2024]
