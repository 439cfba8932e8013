"""The Penempatan page's answer in words (reporting.findings.placement) on small frames
whose every number is worked out here: the kinerja estimate in its unit with its CI and
n, the regions with the most and fewest moves and declines, fit before and after; hidden
cells (privacy.protect) never in a sentence, nor summed into one."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics import placement, privacy
from reporting import regions
from reporting.findings import placement as fp
from reporting.text import t, using_lang

REGIONS = pd.DataFrame(
    {
        "region_id": ["SLT", "JMB", "SWL", "DKI"],
        "region_name": ["Kota Salatiga", "Kota Jambi", "Kota Sawahlunto", "Pemprov DKI Jakarta"],
        "sort_order": [1, 2, 3, 4],
    }
)


@pytest.fixture(autouse=True)
def context():
    with regions.using(REGIONS), using_lang("id"):
        yield


def change(outcome="hasil_di_atas", unit="pp", **groups) -> pd.DataFrame:
    """A kinerja_change_after_move frame: groups as (n, n_control, estimate, ci_low, ci_high)."""
    rows = []
    for group in ("all", "good_ill_fit"):
        n, nc, est, lo, hi = groups[group]
        rows.append(
            dict(move_group=group, outcome=outcome, unit=unit, n=n, n_control=nc, n_cells=3,
                 mean_before=0.2, mean_after=0.3, control_before=0.2, control_after=0.25,
                 treated_change=0.1, control_change=0.05, estimate=est, se=0.01, ci_low=lo, ci_high=hi)
        )  # fmt: skip
    return pd.DataFrame(rows)


# ---------------------------------------------------------------- kinerja after a move
def test_kinerja_in_percentage_points_of_the_rating_with_ci_and_n() -> None:
    df = change(
        all=(13101, 2930204, -0.00654, -0.01048, -0.00261), good_ill_fit=(441, 20364, 0.3413, 0.3166, 0.3660)
    )
    text = fp.kinerja_sentence(df)
    assert text == t(
        "penempatan.lead.kinerja.hasil_di_atas", est="+34,1", ci="31,7 s.d. 36,6", n="441", nc="20.364", unclear=""
    ) + " " + t("penempatan.lead.kinerja.all.hasil_di_atas", est="-0,7", ci="-1,0 s.d. -0,3", n="13.101",
                nc="2.930.204", unclear="")  # fmt: skip
    assert "hasil kerja Di Atas Ekspektasi" in text and "poin persen" in text and "skor" not in text


def test_kinerja_in_score_points_and_an_interval_across_zero() -> None:
    df = change(
        "score",
        "points",
        all=(656, 110028, 0.12, -0.05, 0.29),
        good_ill_fit=(88, 752, 4.5177, 4.1320, 4.9033),
    )
    text = fp.kinerja_sentence(df)
    assert (
        "+4,52 poin" in text and "4,13 s.d. 4,90" in text and "n = 88 perpindahan vs 752 pembanding" in text
    )
    # all moves: +0,12 (-0,05 to 0,29) covers zero, and says so; the first group does not
    assert text.endswith(t("penempatan.lead.kinerja.all.score", est="+0,12", ci="-0,05 s.d. 0,29", n="656",
                           unclear=t("penempatan.lead.unclear")))  # fmt: skip
    assert text.count(t("penempatan.lead.unclear")) == 1


def test_kinerja_group_hidden_for_a_viewer_is_left_out() -> None:
    """4 good performers moved: their estimate is hidden ("<5"); the sentence says the
    all-moves estimate alone, and no number of the hidden group."""
    df = change(all=(396, 49477, -0.0071, -0.030, 0.016), good_ill_fit=(4, 94, 0.4134, 0.259, 0.568))
    shown = privacy.protect(df, placement.kinerja_change_after_move.spec, 5)
    text = fp.kinerja_sentence(shown)
    assert text == t(
        "penempatan.lead.kinerja.only_all.hasil_di_atas", est="-0,7", ci="-3,0 s.d. 1,6", n="396", nc="49.477",
        unclear=t("penempatan.lead.unclear"),
    )  # fmt: skip
    assert "41,3" not in text and "94" not in text


def test_no_move_with_evaluations_before_and_after() -> None:
    df = change(all=(0, 0, None, None, None), good_ill_fit=(0, 0, None, None, None))
    assert fp.kinerja_sentence(df) == t("penempatan.kinerja.none")
    assert fp.headline(df, None, None, None, y0=2021, y1=2025) == [t("penempatan.kinerja.none")]


# ---------------------------------------------------------------- moves per 100 and declined
def rates(**by_region) -> pd.DataFrame:
    """move_rates: per region (employees, {kind: moves}) over 5 years."""
    rows = []
    for region_id, (employees, moves) in by_region.items():
        for kind, n in moves.items():
            rows.append(dict(region_id=region_id, move_type=kind, moves=n, employees=employees, years=5,
                             per_100_per_year=n * 100 / employees / 5,
                             per_100_per_year_low=0.0, per_100_per_year_high=1.0))  # fmt: skip
    return pd.DataFrame(rows)


def test_rates_most_and_fewest_and_a_hidden_kind_keeps_its_region_out() -> None:
    df = rates(
        SLT=(3500, {"mutasi": 371, "promosi": 79, "rotasi": 327}),  # 777 / 3500 / 5 * 100 = 4,44
        JMB=(10100, {"mutasi": 640, "promosi": 278, "rotasi": 1075}),  # 1993 / 10100 / 5 * 100 = 3,95
        SWL=(2300, {"mutasi": 154, "promosi": 3, "rotasi": 232}),  # promosi 3: hidden, and another kind
        DKI=(62000, {"mutasi": 5507, "promosi": 1315, "rotasi": 6068}),  # 12890 / 62000 / 5 * 100 = 4,16
    )
    shown = privacy.protect(df, placement.move_rates.spec, 5)
    by = fp.region_rates(shown).set_index("region_id")
    assert list(by.index) == ["SLT", "JMB", "DKI"]  # Sawahlunto's sum would give its promotions back
    assert by.loc["SLT", "per_100"] == pytest.approx(777 * 100 / 3500 / 5)
    assert by.loc["JMB", "moves"] == 1993
    assert fp.rates_sentence(shown, y0=2021, y1=2025) == t(
        "penempatan.lead.rates.many",
        hi="Kota Salatiga",
        hi_v="4,4",
        lo="Kota Jambi",
        lo_v="3,9",
        y0=2021,
        y1=2025,
    )
    # an analyst (every cell): Sawahlunto is in, (154 + 3 + 232) / 2300 / 5 * 100 = 3,38 the fewest
    assert fp.rates_sentence(df, y0=2021, y1=2025).endswith("tersedikit di Kota Sawahlunto (3,4).")
    one = rates(SWL=(2300, {"mutasi": 154, "promosi": 69, "rotasi": 232}))
    assert fp.rates_sentence(one, y0=2021, y1=2025) == t(
        "penempatan.lead.rates.one", region="Kota Sawahlunto", value="4,0", moves="455", y0=2021, y1=2025
    )
    hidden_one = privacy.protect(rates(SWL=(2300, {"mutasi": 154, "promosi": 3, "rotasi": 232})),
                                 placement.move_rates.spec, 5)  # fmt: skip
    assert fp.rates_sentence(hidden_one, y0=2021, y1=2025) is None


def kpis(**by_region) -> pd.DataFrame:
    """overview_kpis' columns the declined sentence reads: (proposed, declined) per region."""
    rows = [
        dict(region_id=r, proposed=p, declined=d, share_declined=d / p if p else None)
        for r, (p, d) in by_region.items()
    ]
    df = pd.DataFrame(rows)
    return privacy.suppress(df, count_col="proposed", part_cols={"declined": ["share_declined"]}, threshold=5)


def test_declined_most_and_least_often_hidden_left_out() -> None:
    # 95 / 884 = 10,7 %; 336 / 2349 = 14,3 %; 3 / 537: hidden ("<5"); 771 / 13775 = 5,6 %
    df = kpis(SLT=(884, 95), JMB=(2349, 336), SWL=(537, 3), DKI=(13775, 771))
    assert fp.declined_sentence(df) == t(
        "penempatan.lead.declined.many",
        hi="Kota Jambi",
        hi_v="14,3 %",
        lo="Pemprov DKI Jakarta",
        lo_v="5,6 %",
    )
    assert fp.declined_sentence(kpis(SWL=(537, 72))) == t(
        "penempatan.lead.declined.one", declined="72", proposed="537", share="13,4 %"
    )
    assert fp.declined_sentence(kpis(SWL=(537, 3))) is None


# ---------------------------------------------------------------- fit before and after
def fit(**by_region) -> pd.DataFrame:
    """fit_before_after: per region (moves, (qualified before, after), (JPM before, after))."""
    rows = []
    for region_id, (moves, qualified, jpm) in by_region.items():
        for post, q, j in zip(("before", "after"), qualified, jpm, strict=True):
            rows.append(dict(region_id=region_id, post=post, moves=moves, n_jpm=moves, mean_jpm=j,
                             qualified=q, share_qualified=q / moves, mean_jpm_low=j - 1, mean_jpm_high=j + 1,
                             share_qualified_low=0.0, share_qualified_high=1.0))  # fmt: skip
    return pd.DataFrame(rows)


def test_fit_best_and_worst_change_and_the_jpm() -> None:
    df = fit(
        SLT=(789, (505, 596), (92.07, 90.95)),  # 64,0 % -> 75,5 %: +11,5 points, the best
        JMB=(2013, (1447, 1307), (91.93, 90.98)),  # 71,9 % -> 64,9 %: -7,0
        DKI=(13004, (10854, 9147), (93.24, 93.50)),  # 83,5 % -> 70,3 %: -13,1, the worst; JPM up
    )
    assert fp.fit_sentence(df) == t(
        "penempatan.lead.fit.many", best="Kota Salatiga", b0="64,0 %", b1="75,5 %", worst="Pemprov DKI Jakarta",
        w0="83,5 %", w1="70,3 %", jpm=t("penempatan.lead.jpm.some", up=1, n=3),
    )  # fmt: skip
    one = fit(SWL=(465, (334, 321), (91.76, 90.34)))
    assert fp.fit_sentence(one) == t(
        "penempatan.lead.fit.one", region="Kota Sawahlunto", b0="71,8 %", b1="69,0 %", j0="91,8", j1="90,3",
        moves="465",
    )  # fmt: skip
    # 4 moves: hidden for a viewer, no sentence
    small = privacy.protect(fit(SWL=(4, (2, 3), (91.0, 90.0))), placement.fit_before_after.spec, 5)
    assert fp.fit_sentence(small) is None


def test_headline_order_and_english() -> None:
    df = change(all=(100, 1000, 0.02, 0.01, 0.03), good_ill_fit=(20, 90, 0.3, 0.2, 0.4))
    sentences = fp.headline(
        df, rates(SLT=(3500, {"rotasi": 350})), kpis(SLT=(400, 40)), None, y0=2024, y1=2025
    )
    assert len(sentences) == 2  # kinerja; moves and declines (no fit frame)
    assert sentences[1] == (
        t("penempatan.lead.rates.one", region="Kota Salatiga", value="2,0", moves="350", y0=2024, y1=2025)
        + " "
        + t("penempatan.lead.declined.one", declined="40", proposed="400", share="10,0 %")
    )
    with using_lang("en"):
        (kinerja, moves) = fp.headline(df, rates(SLT=(3500, {"rotasi": 350})), kpis(SLT=(400, 40)), None,
                                       y0=2024, y1=2025)  # fmt: skip
    assert "+30.0 percentage points" in kinerja and "95 % CI: 20.0 to 40.0" in kinerja
    assert moves.startswith("Kota Salatiga: 2.0 rotations")  # 350 / 3500 / 5 years * 100
