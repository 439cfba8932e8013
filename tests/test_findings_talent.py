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


# Sawahlunto of the demo: box 6 has 4 people ("<5"); the rule hides box 9 (28) with it, as
# the shares add up to 100 %. Boxes 7 and 8 (109 + 78 = 187 of 2.031) are shown: 9,2 %; the
# hidden boxes hold 2.031 - 1.999 = 32 people: box 9 is at most 32, the pool at most
# (187 + 32) / 2.031 = 10,8 %.
SWL = (120, 713, 42, 33, 904, 4, 109, 78, 28)
SLT = (10, 767, 20, 565, 621, 0, 1027, 32, 119)  # pool 1.178 of 3.161 = 37,3 %
JMB = (198, 3129, 30, 403, 3620, 25, 1078, 266, 196)  # pool 1.540 of 8.945 = 17,2 %


def test_a_hidden_pool_box_gives_the_range_the_grid_allows() -> None:
    shown = privacy.protect(grid(SWL=SWL), talent.talent_grid.spec, 5)
    hidden = shown.loc[privacy.is_suppressed(shown, "share"), "box"].tolist()
    assert hidden == [6, 9]  # what this test is about
    shares = ft.box_shares(shown).iloc[0]
    assert shares["low"] == pytest.approx(187 / 2031)
    assert shares["high"] == pytest.approx((187 + 32) / 2031)
    text = ft.grid_sentence(shown)
    # boxes 1-3 all shown: 875 / 2.031 = 43,1 %, exact
    assert text == (
        t("talenta.lead.grid.one", region="Kota Sawahlunto", top="9,2–10,8 %", n="2.031", low="43,1 %")
        + " "
        + t("talenta.lead.range")
    )
    assert "28" not in text and t("story.f.suppressed", k=5) != text
    # an analyst sees every box: (109 + 78 + 28) / 2.031 = 10,6 %, no range
    assert ft.grid_sentence(grid(SWL=SWL)) == t(
        "talenta.lead.grid.one", region="Kota Sawahlunto", top="10,6 %", n="2.031", low="43,1 %"
    )


def test_regions_ranked_by_their_pool_share() -> None:
    everyone = grid(SLT=SLT, JMB=JMB, SWL=SWL)
    assert ft.grid_sentence(everyone) == t(
        "talenta.lead.grid.many", hi="Kota Salatiga", hi_v="37,3 %", hi_n="3.161", lo="Kota Sawahlunto",
        lo_v="10,6 %", lo_n="2.031",
    )  # fmt: skip
    shown = privacy.protect(everyone, talent.talent_grid.spec, 5)
    text = ft.grid_sentence(shown)
    assert "terkecil di Kota Sawahlunto (9,2–10,8 % dari 2.031)" in text
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
