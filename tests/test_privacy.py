"""Small-group suppression (analytics.privacy), with expected frames worked by hand.

The last tests play the reader: from the shown cells, the total and the markers
("<5" is 1..4, an "x" count is at least 5) they work out every value a hidden
cell could have, and check a "<5" cell can still be any of 1..4.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pandas as pd
import pytest

from analytics import privacy
from analytics.privacy import display_value, markers, min_group_size, suppress, with_markers

X = "x"  # what a hidden value that is not a small count shows (README: Privacy)


@pytest.fixture(autouse=True)
def default_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(privacy.ENV_VAR, raising=False)


def shown(df: pd.DataFrame, *cols: str) -> list[list]:
    """What a reader sees in ``cols``, row by row (markers as text, counts as int)."""
    return with_markers(df)[list(cols)].to_numpy().tolist()


# ---------------------------------------------------------------- primary suppression


@pytest.mark.parametrize("size", [1, 2, 3, 4])
def test_groups_of_one_to_four_are_suppressed(size: int) -> None:
    df = pd.DataFrame({"unit": ["kecil", "besar"], "employees": [size, 40], "mean_score": [81.5, 77.0]})
    out = suppress(df, count_col="employees", value_cols=["mean_score"])
    assert shown(out, "unit", "employees", "mean_score") == [["kecil", "<5", X], ["besar", 40, 77.0]]
    assert out["employees_suppressed"].tolist() == [True, False]
    assert out["employees_small"].tolist() == [True, False]
    assert out["mean_score_suppressed"].tolist() == [True, False]
    # the hidden numbers are gone from the frame, not just masked
    assert math.isnan(out.loc[0, "employees"]) and math.isnan(out.loc[0, "mean_score"])
    assert 81.5 not in out.to_numpy().ravel().tolist()


def test_a_group_of_five_is_shown_and_zero_is_not_a_group() -> None:
    df = pd.DataFrame(
        {"band": ["MS", "MMS", "KMS"], "employees": [5, 0, 12], "share": [5 / 17, 0.0, 12 / 17]}
    )
    out = suppress(df, count_col="employees", value_cols=["share"])
    assert not out["employees_suppressed"].any()
    assert shown(out, "employees") == [[5], [0], [12]]


def test_input_frame_is_not_changed() -> None:
    df = pd.DataFrame({"employees": [2, 30]})
    before = df.copy()
    suppress(df, count_col="employees")
    pd.testing.assert_frame_equal(df, before)


# ---------------------------------------------------------------- totals


def test_a_total_that_would_reveal_one_hidden_cell_forces_a_second() -> None:
    # 62 - (12 + 40) = 10 = the hidden cells. Hiding 7 too: the reader knows 7's cell
    # is >= 5, so the small one is 1..5 - all of 1..4 stay possible.
    df = pd.DataFrame(
        {
            "unit": ["Dinas A", "Dinas B", "Dinas C", "Dinas D", "Jumlah"],
            "employees": [3, 12, 40, 7, 62],
            "share_ms": [2 / 3, 0.5, 0.6, 3 / 7, 0.55],
        }
    )
    out = suppress(df, count_col="employees", value_cols=["share_ms"], total_rows=df["unit"] == "Jumlah")
    assert shown(out, "unit", "employees", "share_ms") == [
        ["Dinas A", "<5", X],
        ["Dinas B", 12, 0.5],
        ["Dinas C", 40, 0.6],
        ["Dinas D", X, X],
        ["Jumlah", 62, 0.55],
    ]


def test_the_next_smallest_cell_is_skipped_when_it_would_still_reveal() -> None:
    # total 45 known: hiding 1 and 5 leaves "6 = <5 + x>=5", so the <5 is 1. Hiding 9
    # leaves 10 = <5 + x>=5: the <5 can be 1..4.
    df = pd.DataFrame({"region": "SLT", "unit": list("abcd"), "employees": [1, 5, 9, 30]})
    out = suppress(df, count_col="employees", group_cols=["region"])
    assert shown(out, "unit", "employees") == [["a", "<5"], ["b", 5], ["c", X], ["d", 30]]


def test_two_small_cells_can_protect_each_other() -> None:
    # 2 + 3 = 5 hidden: either could be 1..4 (1+4, 2+3, 3+2, 4+1)
    df = pd.DataFrame({"region": "JMB", "employees": [2, 3, 50]})
    out = suppress(df, count_col="employees", group_cols=["region"])
    assert shown(out, "employees") == [["<5"], ["<5"], [50]]


def test_two_small_cells_that_add_up_to_eight_are_both_four() -> None:
    # 4 + 4 = 8 with each at most 4: both pinned, so a third cell must go
    df = pd.DataFrame({"region": "SWL", "employees": [4, 4, 100]})
    out = suppress(df, count_col="employees", group_cols=["region"])
    assert shown(out, "employees") == [["<5"], ["<5"], [X]]


def test_a_group_too_small_to_protect_hides_its_total_row() -> None:
    # 2 and 6 (total 8): hiding 6 leaves "8 = <5 + x>=5", still too narrow; hide the total
    df = pd.DataFrame({"unit": ["a", "b", "Jumlah"], "employees": [2, 6, 8], "total": [False, False, True]})
    out = suppress(df, count_col="employees", total_rows="total")
    assert shown(out, "unit", "employees") == [["a", "<5"], ["b", 6], ["Jumlah", X]]


def test_a_total_shown_elsewhere_that_cannot_be_protected_gives_no_range_away() -> None:
    df = pd.DataFrame({"region": "DKI", "unit": ["a", "b"], "employees": [1, 5]})
    out = suppress(df, count_col="employees", group_cols=["region"])
    assert shown(out, "employees") == [[X], [X]]
    assert out.attrs["unprotected_groups"]


def test_a_small_total_hides_its_whole_breakdown_zeros_too() -> None:
    df = pd.DataFrame(
        {
            "region": ["SWL"] * 4,
            "band": ["MS", "MMS", "KMS", "Jumlah"],
            "employees": [2, 1, 0, 3],
            "share": [2 / 3, 1 / 3, 0.0, 1.0],
        }
    )
    out = suppress(
        df,
        count_col="employees",
        value_cols=["share"],
        group_cols=["region"],
        total_rows=df["band"] == "Jumlah",
    )
    assert shown(out, "employees", "share") == [["<5", X]] * 4


def test_groups_are_protected_separately() -> None:
    df = pd.DataFrame({"region": ["SLT"] * 3 + ["JMB"] * 3, "employees": [3, 12, 40, 20, 30, 40]})
    out = suppress(df, count_col="employees", group_cols=["region"])
    assert shown(out, "employees") == [["<5"], [X], [40], [20], [30], [40]]


# ---------------------------------------------------------------- differences


def test_a_difference_of_two_shown_counts_is_protected() -> None:
    # employees - pns would give pppk = 3: pppk "<5", pns hidden ("x") as well
    df = pd.DataFrame(
        {
            "region": ["A", "B", "C"],
            "employees": [100, 40, 3],
            "pns": [97, 40, 1],
            "pppk": [3, 0, 2],
            "share_baik": [0.5, 0.6, 0.7],
        }
    )
    out = suppress(df, count_col="employees", part_cols=["pns", "pppk"], value_cols=["share_baik"])
    assert shown(out, "region", "employees", "pns", "pppk", "share_baik") == [
        ["A", 100, X, "<5", 0.5],
        ["B", 40, 40, 0, 0.6],
        ["C", "<5", "<5", "<5", X],
    ]


def test_a_part_is_protected_against_its_column_total() -> None:
    # region totals (shown elsewhere) of pppk = 53 and pns = 127. Unit a's pppk = 3 is
    # small; its pns 47 gives it back (50 - 47). Column pppk: hide 20 too (23 = <5 + x).
    # Column pns: 47 alone would be 127 - 80; hide unit b's 40 too.
    df = pd.DataFrame(
        {
            "region": "SLT",
            "unit": ["a", "b", "c"],
            "employees": [50, 60, 70],
            "pns": [47, 40, 40],
            "pppk": [3, 20, 30],
            "share_pppk": [3 / 50, 20 / 60, 30 / 70],
        }
    )
    out = suppress(
        df, count_col="employees", group_cols=["region"], part_cols={"pns": [], "pppk": ["share_pppk"]}
    )
    assert shown(out, "unit", "employees", "pns", "pppk", "share_pppk") == [
        ["a", 50, X, "<5", X],
        ["b", 60, X, X, X],
        ["c", 70, 40, 30, 30 / 70],
    ]


def test_met_of_employees_hides_a_small_complement() -> None:
    # 98 of 100 met 20 JP: "2 did not" is a small group
    df = pd.DataFrame({"employees": [100, 100], "met": [98, 60], "share_met": [0.98, 0.6]})
    out = suppress(df, count_col="employees", part_cols={"met": ["share_met"]})
    assert shown(out, "employees", "met", "share_met") == [[100, X, X], [100, 60, 0.6]]


# ---------------------------------------------------------------- threshold


def test_threshold_defaults_to_five_and_comes_from_the_environment(monkeypatch) -> None:
    assert min_group_size() == 5
    monkeypatch.setenv("ASN_MIN_GROUP_SIZE", "3")
    assert min_group_size() == 3
    df = pd.DataFrame({"employees": [2, 3]})
    out = suppress(df, count_col="employees")
    assert shown(out, "employees") == [["<3"], [3]]


@pytest.mark.parametrize(
    "threshold, expected", [(3, [["<3"], [3], [4], [10]]), (10, [["<10"], ["<10"], ["<10"], [10]])]
)
def test_threshold_argument(threshold: int, expected: list) -> None:
    df = pd.DataFrame({"employees": [2, 3, 4, 10]})
    assert shown(suppress(df, count_col="employees", threshold=threshold), "employees") == expected


@pytest.mark.parametrize("bad", ["0", "-5", "lima", "4.5", "05"])
def test_a_bad_threshold_is_an_error_not_a_silent_default(monkeypatch, bad: str) -> None:
    monkeypatch.setenv("ASN_MIN_GROUP_SIZE", bad)
    with pytest.raises(ValueError, match="ASN_MIN_GROUP_SIZE"):
        min_group_size()


def test_missing_column_is_named() -> None:
    with pytest.raises(KeyError, match="share"):
        suppress(pd.DataFrame({"employees": [1]}), count_col="employees", value_cols=["share"])


# ---------------------------------------------------------------- display helpers


def test_markers_and_display_value() -> None:
    df = pd.DataFrame({"region": "SLT", "employees": [3, 12, 40, 7], "share": [0.1, 0.2, 0.3, 0.4]})
    out = suppress(df, count_col="employees", value_cols=["share"], group_cols=["region"], threshold=4)
    # 3 is below 4; the region total would give it back, so 7 is hidden too
    assert markers(out, "employees").tolist() == ["<4", None, None, X]
    assert markers(out, "share").tolist() == [X, None, None, X]
    assert display_value(3, True, threshold=4) == "<4"
    assert display_value(3, True, small=False) == X
    assert display_value(0.25, False, formatter=lambda v: f"{v:.0%}") == "25%"
    assert display_value(None, "<5") == "<5"


def test_with_markers_keeps_numbers_numeric_and_drops_masks() -> None:
    df = pd.DataFrame({"unit": ["a", "b"], "employees": [2, 30], "mean_score": [70.25, 80.5]})
    view = with_markers(suppress(df, count_col="employees", value_cols=["mean_score"]))
    assert list(view.columns) == ["unit", "employees", "mean_score"]
    assert view["employees"].tolist() == ["<5", 30] and isinstance(view.loc[1, "employees"], int)
    assert view["mean_score"].tolist() == [X, 80.5]


def test_frames_without_suppression_pass_through() -> None:
    df = pd.DataFrame({"unit": ["a"], "employees": [2]})
    pd.testing.assert_frame_equal(with_markers(df), df)


# ---------------------------------------------------------------- the reader's view


def _sums(ranges: list[range], cap: int) -> set[int]:
    sums = {0}
    for r in ranges:
        sums = {s + v for s in sums for v in r if s + v <= cap}
    return sums


def reader_ranges(view: list, hidden_sum: int, t: int) -> list[set[int]]:
    """Values each hidden cell can take, knowing the sum of the hidden cells and the markers."""
    priors = []
    for cell in view:
        if cell == f"<{t}":
            priors.append(range(1, t))
        elif cell == X:
            priors.append(range(t, hidden_sum + 1))
    feasible = []
    for i, prior in enumerate(priors):
        others = _sums(priors[:i] + priors[i + 1 :], hidden_sum)
        feasible.append({v for v in prior if hidden_sum - v in others})
    return feasible


@pytest.mark.parametrize("seed", range(300))
def test_no_small_cell_can_be_narrowed_from_the_total(seed: int) -> None:
    rng = random.Random(seed)
    t = rng.choice([3, 5, 5, 5, 10])
    n = rng.randint(2, 6)
    values = [
        rng.randint(1, t - 1) if rng.random() < 0.35 else (0 if rng.random() < 0.1 else rng.randint(t, 4 * t))
        for _ in range(n)
    ]
    total = sum(values)
    with_total_row = rng.random() < 0.5
    rows = values + ([total] if with_total_row else [])
    df = pd.DataFrame({"g": 1, "employees": rows, "is_total": [False] * n + [True] * with_total_row})
    out = suppress(
        df,
        count_col="employees",
        group_cols=["g"],
        total_rows="is_total" if with_total_row else None,
        threshold=t,
    )
    view = with_markers(out)["employees"].tolist()
    members = view[:n]
    # every small group is hidden; nothing shown is a small group
    for value, cell in zip(values, members, strict=True):
        if 0 < value < t:
            assert isinstance(cell, str)
        else:
            assert isinstance(cell, str) or cell == value
    if with_total_row and isinstance(view[-1], str):
        return  # the total is hidden: the hidden cells add up to something unknown
    if "unprotected_groups" in out.attrs:
        assert all(c == X for c in members if isinstance(c, str))
        return
    hidden_sum = total - sum(c for c in members if not isinstance(c, str))
    for cell, feasible in zip(
        [c for c in members if isinstance(c, str)], reader_ranges(members, hidden_sum, t), strict=True
    ):
        if cell == f"<{t}" and total >= t:
            assert feasible == set(range(1, t)), (values, members)


def test_output_dtypes_suit_charts() -> None:
    df = pd.DataFrame({"employees": np.array([2, 30], dtype="int64"), "share": [0.5, 0.25]})
    out = suppress(df, count_col="employees", value_cols=["share"])
    assert out["employees"].dtype == float and out["share"].dtype == float
    assert out["employees_suppressed"].dtype == bool
    assert out.attrs["min_group_size"] == 5
