"""Data Publik: the public transparency view (issue #14). No sign-in; per region and unit
only aggregates — headcount, how performance was rated, 20 JP coverage, public
satisfaction (IKM and mutu), feedback resolved — with the privacy threshold always applied
(an analyst sees it as the public does), and its open data."""

from __future__ import annotations

import streamlit as st

from analytics import kinerja, outcomes, privacy
from reporting.charts import outcomes as oc
from reporting.findings import outcomes as fo
from ui import components as ui
from ui.filters import current
from ui.i18n import t
from ui.sections import publik as sec
from ui.sections.headline import headline

filters = current(__file__)
k = privacy.min_group_size()
st.title(t("publik.title"))
st.caption(t("publik.intro", year=filters.year_to, k=k))
if not sec.enabled():
    st.stop()

regions = ui.public(outcomes.public_regions, filters)
headline(fo.public_sentences(regions, filters.year_to))

ui.section(t("publik.regions.q"), t("publik.regions.c"))
ui.table(
    regions,
    ui.spec_columns(
        outcomes.public_regions, "region_name", "employees", "share_baik", "share_jp_met", "ikm", "mutu",
        "share_resolved",
    ),
    f"data_publik_wilayah_{filters.year_to}",
    key="public_regions",
)  # fmt: skip

ui.section(t("publik.predikat.q"), t("publik.predikat.c", year=filters.year_to))
spread = ui.public(kinerja.predikat_distribution, filters, grain="year")
if ui.has_rows(spread):
    last = spread[spread["period"].dt.year == filters.year_to]
    ui.chart(ui.figure(oc.predikat_spread_chart, last), key="public_predikat", data=last)

with st.expander(t("publik.units.q")):
    st.caption(t("publik.units.c", k=k, small=privacy.marker(k)))
    ui.table(
        ui.public(outcomes.public_units, filters),
        ui.spec_columns(
            outcomes.public_units, "region_id", "unit_name", "employees", "share_baik", "share_jp_met", "ikm",
            "mutu", "share_resolved",
        ),
        f"data_publik_unit_{filters.year_to}",
        key="public_units",
        height=420,
    )  # fmt: skip

sec.open_data(filters)
