"""The Talenta page's answer in words (reporting.findings.talent), also the 9-box and
succession slides' findings, on small frames whose every number is worked out here.

The case of the issue: with Sawahlunto chosen, the slide said "the numbers are too small"
above a 9-box of 2.035 people whose cells were nearly all shown. Now a hidden box of the
succession pool gives the range the shown cells allow, which anyone can work out from
the grid (the boxes shown; plus everything the hidden boxes hold)."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics import privacy, talent
from reporting import regions
from reporting.findings import talent as ft
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


def grid(**by_region) -> pd.DataFrame:
    """A talent_grid frame: per region the counts of boxes 1..9."""
    rows = []
    for region_id, counts in by_region.items():
        assessed = sum(counts)
        for (box, kin, pot, rec_id, rec_en), n in zip(talent.NINE_BOX, counts, strict=True):
            rows.append(dict(region_id=region_id, box=box, kinerja_level=kin, potensi_level=pot, employees=n,
                             share=n / assessed, assessed=assessed, succession_pool=box >= 7,
                             recommendation_id=rec_id, recommendation_en=rec_en, by_rating=assessed,
                             by_score=0))  # fmt: skip
    return pd.DataFrame(rows)


# Sawahlunto of the demo: box 6 has 4 people ("<5"). Boxes 7-9 (109 + 78 + 28 = 215 of
# 2.031, 10,6 %) are the succession pool, which the page and the report show beside the grid.
SWL = (120, 713, 42, 33, 904, 4, 109, 78, 28)
SLT = (10, 767, 20, 565, 621, 0, 1027, 32, 119)  # pool 1.178 of 3.161 = 37,3 %
JMB = (198, 3129, 30, 403, 3620, 25, 1078, 266, 196)  # pool 1.540 of 8.945 = 17,2 %


def test_a_small_box_outside_the_pool_is_hidden_with_another_outside_it() -> None:
    """The slide of the issue said "too small" for Sawahlunto: box 6 (4 people) was hidden
    with box 9 (28), and the pool shown beside the grid (215) gave box 9 back (215 - 109 -
    78), and with it box 6 (2.031 minus the rest). Now box 6's partner is box 4 (33, the
    smallest other box of 1-6): boxes 7-9 all show, and the share in them is exact."""
    shown = privacy.protect(grid(SWL=SWL), talent.talent_grid.spec, 5)
    assert shown.loc[privacy.is_suppressed(shown, "share"), "box"].tolist() == [4, 6]
    text = ft.grid_sentence(shown)
    # 215 / 2.031 = 10,6 %; boxes 1-3 (120 + 713 + 42 = 875) 43,1 %
    assert text == t("talenta.lead.grid.one", region="Kota Sawahlunto", top="10,6 %", n="2.031", low="43,1 %")
    assert ft.grid_sentence(grid(SWL=SWL)) == text  # as an analyst reads it


# Box 9 of 3 people: hidden ("<5") with box 8 (78), the smallest other box of 7-9; box 6 (4)
# with box 4 (33). Assessed 2.006.
SWL_SMALL_9 = (120, 713, 42, 33, 904, 4, 109, 78, 3)


def test_a_hidden_pool_box_gives_the_pool_shown_beside_the_grid_or_a_range() -> None:
    shown = privacy.protect(grid(SWL=SWL_SMALL_9), talent.talent_grid.spec, 5)
    assert shown.loc[privacy.is_suppressed(shown, "share"), "box"].tolist() == [4, 6, 8, 9]
    # the succession pool (190) shows beside the grid: 190 / 2.006 = 9,5 %, exact
    pools = succession(SWL=(190, 95, 24))
    assert ft.grid_sentence(shown, pools).startswith("Kota Sawahlunto: 9,5 % dari 2.006")
    # without it, the range of the grid's cells: box 7 shown, 109 / 2.006 = 5,4 %; the hidden
    # boxes hold 33 + 4 + 78 + 3 = 118: at most (109 + 118) / 2.006 = 11,3 %
    shares = ft.box_shares(shown).iloc[0]
    assert (shares["low"], shares["high"]) == (pytest.approx(109 / 2006), pytest.approx(227 / 2006))
    text = ft.grid_sentence(shown)
    # boxes 1-3 all show: 875 / 2.006 = 43,6 %
    assert text == (
        t("talenta.lead.grid.one", region="Kota Sawahlunto", top="5,4–11,3 %", n="2.006", low="43,6 %")
        + " "
        + t("talenta.lead.range")
    )
    assert "78" not in text and t("story.f.suppressed", k=5) not in text


def test_regions_ranked_by_their_pool_share() -> None:
    everyone = grid(SLT=SLT, JMB=JMB, SWL=SWL)
    expected = t(
        "talenta.lead.grid.many", hi="Kota Salatiga", hi_v="37,3 %", hi_n="3.161", lo="Kota Sawahlunto",
        lo_v="10,6 %", lo_n="2.031",
    )  # fmt: skip
    assert ft.grid_sentence(everyone) == expected
    assert ft.grid_sentence(privacy.protect(everyone, talent.talent_grid.spec, 5)) == expected
    # a range ranks by its middle, and says it is one
    ranged = privacy.protect(grid(SLT=SLT, SWL=SWL_SMALL_9), talent.talent_grid.spec, 5)
    text = ft.grid_sentence(ranged)
    assert "terkecil di Kota Sawahlunto (5,4–11,3 % dari 2.006)" in text
    assert text.endswith(t("talenta.lead.range"))


def test_nothing_shown_says_so() -> None:
    tiny = privacy.protect(grid(SWL=(1, 1, 0, 0, 1, 0, 0, 1, 0)), talent.talent_grid.spec, 5)
    assert ft.grid_sentence(tiny, threshold=5) == t("story.f.suppressed", k=5)
    assert ft.grid_sentence(None, threshold=5) == t("story.f.suppressed", k=5)


def succession(**by_region) -> pd.DataFrame:
    """succession_by_region: per region (pool, vacant, retiring)."""
    rows = [
        dict(region_id=r, pool=p, structural_posts=300, vacant=v, retiring=ret, posts_to_fill=v + ret,
             pool_per_post=p / (v + ret) if v + ret else None, as_of_date=pd.Timestamp("2025-12-31"))
        for r, (p, v, ret) in by_region.items()
    ]  # fmt: skip
    return pd.DataFrame(rows)


def test_succession_fewest_and_most_candidates_per_post() -> None:
    df = succession(SLT=(1178, 26, 31), SWL=(215, 95, 24), DKI=(15875, 41, 84))
    # 1.178 / 57 = 20,7; 215 / 119 = 1,8; 15.875 / 125 = 127,0
    assert ft.succession_sentence(df) == t(
        "talenta.lead.succ.many", lo="Kota Sawahlunto", lo_v="1,8", lo_pool="215", lo_posts="119",
        hi="Pemprov DKI Jakarta", hi_v="127,0", hi_pool="15.875", hi_posts="125",
    )  # fmt: skip
    # fewer than 5 retiring in Salatiga: its posts to fill and ratio are hidden, it is left out
    shown = privacy.protect(
        succession(SLT=(1178, 26, 3), SWL=(215, 95, 24)), talent.succession_by_region.spec, 5
    )
    assert ft.succession_sentence(shown) == t(
        "talenta.lead.succ.one", region="Kota Sawahlunto", pool="215", posts="119", ratio="1,8"
    )
    # below one candidate a post: two decimals, 8 / 164 = 0,05 (not "0,0")
    assert "(0,05 calon per jabatan)" in ft.succession_sentence(succession(SWL=(8, 150, 14)))


def test_succession_without_posts_or_with_everything_hidden() -> None:
    assert ft.succession_sentence(succession(SWL=(215, 0, 0))) == t("talenta.lead.succ.no_posts")
    shown = privacy.protect(succession(SWL=(3, 10, 10)), talent.succession_by_region.spec, 5)
    assert ft.succession_sentence(shown, threshold=5) == t("story.f.suppressed", k=5)


def test_headline_puts_candidates_per_post_first() -> None:
    sentences = ft.headline(grid(SWL=SWL), succession(SWL=(215, 95, 24)))
    assert sentences[0].startswith("Kota Sawahlunto: 215 pegawai di kotak 7–9 untuk 119 jabatan")
    assert sentences[1].startswith("Kota Sawahlunto: 10,6 %")
