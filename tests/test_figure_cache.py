"""ui.figure: a chart's figure built once per its inputs and shared (issue #13), and never a
figure of other inputs: other rows, another language, other region names or colours."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analytics import kinerja, meta
from analytics.filters import Filters
from reporting import regions
from reporting.charts import kinerja as kc
from reporting.text import using_lang
from ui import charts


def _trend(con) -> pd.DataFrame:
    return kinerja.kinerja_trend(con, Filters(), grain="quarter")


def _json(fig: go.Figure) -> str:
    return fig.to_json()


def test_same_inputs_same_figure_as_built_directly(con):
    trend = _trend(con)
    with regions.using(meta.region_options(con)), using_lang("id"):
        direct = kc.trend_with_ci(trend, "share_baik", y_label="Baik")
        first = charts.figure(kc.trend_with_ci, trend, "share_baik", y_label="Baik")
        # an equal frame read again (a new object, as every cache read is) finds the same figure
        again = charts.figure(kc.trend_with_ci, trend.copy(), "share_baik", y_label="Baik")
    assert again is first
    assert _json(first) == _json(direct)


def test_other_inputs_other_figure(con):
    trend = _trend(con)
    where = meta.region_options(con)
    with regions.using(where), using_lang("id"):
        base = charts.figure(kc.trend_with_ci, trend, "share_baik", y_label="Baik")
        changed = trend.copy()
        changed.loc[changed.index[0], "share_baik"] = 0.123456
        other_rows = charts.figure(kc.trend_with_ci, changed, "share_baik", y_label="Baik")
        other_option = charts.figure(kc.trend_with_ci, trend, "share_baik", y_label="Baik", percent=False)
        direct_changed = kc.trend_with_ci(changed, "share_baik", y_label="Baik")
    with regions.using(where), using_lang("en"):
        english = charts.figure(kc.trend_with_ci, trend, "share_baik", y_label="Baik")
        direct_english = kc.trend_with_ci(trend, "share_baik", y_label="Baik")
    renamed = where.assign(region_name=where["region_name"] + " (baru)")
    with regions.using(renamed), using_lang("id"):
        other_names = charts.figure(kc.trend_with_ci, trend, "share_baik", y_label="Baik")
        direct_renamed = kc.trend_with_ci(trend, "share_baik", y_label="Baik")
    assert len({id(f) for f in (base, other_rows, other_option, english, other_names)}) == 5
    assert _json(other_rows) == _json(direct_changed)
    assert _json(english) == _json(direct_english)
    assert _json(other_names) == _json(direct_renamed)
    assert "(baru)" in _json(other_names) and "(baru)" not in _json(base)


BUILT: list[str] = []


def _labelled_bar(label) -> go.Figure:
    BUILT.append(label("a"))
    return go.Figure(go.Bar(x=[1], y=[2], name=label("a")))


def test_arguments_without_a_key_build_anew():
    """A lambda (its closure may differ between calls) is never a key: built every time;
    a module-level function is (here ``str.upper``'s stand-in, a named function)."""
    BUILT.clear()
    first = charts.figure(_labelled_bar, lambda s: s.upper())
    second = charts.figure(_labelled_bar, lambda s: s.upper())
    assert len(BUILT) == 2 and first is not second
    third = charts.figure(_labelled_bar, _upper)
    fourth = charts.figure(_labelled_bar, _upper)
    assert len(BUILT) == 3 and third is fourth


def _upper(s: str) -> str:
    return s.upper()


# ---------------------------------------------------------------- tables: ui.tables.styled
def _marshalled(styler, uuid: str):
    from streamlit.elements.lib.pandas_styler_utils import marshall_styler
    from streamlit.proto.ArrowData_pb2 import ArrowData

    proto = ArrowData()
    marshall_styler(proto, styler, uuid)
    return proto


def _plain_styler(df, columns):
    """What ui.tables.styled made before it kept anything: the same frame and formats in
    a plain pandas Styler."""
    from reporting import fmt
    from ui import tables

    shown, formatters = tables._shown(df, columns, "id")
    return shown.style.format(formatters, na_rep=fmt.MISSING)


def _cells(proto):
    """The display values of a marshalled table, decoded (the IPC bytes' layout may differ)."""
    import pyarrow as pa

    return pa.ipc.open_stream(proto.styler.display_values).read_all()


def test_kept_table_renders_as_a_plain_styler(con):
    from streamlit import dataframe_util

    from analytics import privacy
    from ui import tables

    columns = [
        ("region_id", "Wilayah", "region"),
        ("unit_name", "Unit", "text"),
        ("year", "Tahun", "year"),
        ("rated", "Dinilai", "int"),
        ("share", "Porsi", "pct"),
        ("over_by", "Lebih", "int"),
    ]
    with regions.using(meta.region_options(con)), using_lang("id"):
        cap = privacy.protect(kinerja.predikat_cap_check(con, Filters()), kinerja.predikat_cap_check.spec)
        frame = kc.cap_table_frame(cap)
        plain = _cells(_marshalled(_plain_styler(frame, columns), "u1"))
        first = _marshalled(tables.styled(frame, columns), "u1")
        second = tables.styled(frame.copy(), columns)  # an equal frame: the kept rendering
        assert dataframe_util.is_pandas_styler(second)  # st.dataframe takes it as a Styler
        assert len(tables._kept) and any(k.rendered for k in tables._kept.values())
        again = _marshalled(second, "u2")
        changed = frame.copy()
        changed.loc[changed.index[0], "rated"] = 987654
        other = _cells(_marshalled(tables.styled(changed, columns), "u1"))
        other_plain = _cells(_marshalled(_plain_styler(changed, columns), "u1"))
    assert _cells(first).equals(plain) and _cells(again).equals(plain)
    assert again.styler.styles == first.styler.styles == ""  # no cell styles: no element id in them
    assert not other.equals(plain) and other.equals(other_plain)
    assert "987.654" in other.column("Dinilai").to_pylist()
