"""Small groups on the pages (issue #5): a viewer (not signed in) sees a group of
fewer than 5 employees as "<5" and what is computed over it as "x", on screen,
in the CSV downloads and in the charts; a signed-in analyst sees every number.

The counts are checked against independent SQL on the raw tables of the small
demo database (scale 0.03: many units have 1–4 employees). The suppression rule
itself is tested in tests/test_privacy.py; here, that the pages apply it
(``ui.get``: each metric through :func:`analytics.privacy.protect` by its spec) and that nothing hidden reaches the screen or the files.
"""

from __future__ import annotations

import io
import json

import numpy as np
import pandas as pd
import pytest
import test_pages as base  # the pages' AppTest fixtures and helpers (tests/ is on sys.path)
import test_pages_penempatan as pen
from streamlit import dataframe_util

from analytics import privacy, spec
from data.demo import REGIONS
from reporting import fmt
from ui import components as ui
from ui import data
from ui.i18n import t

running_server_page_mode = base.running_server_page_mode
ui_db = base.ui_db
app_env = base.app_env
raw = base.raw
demo_accounts = pen.demo_accounts
open_page, assert_ok = base.open_page, base.assert_ok
sign_in = pen.sign_in_as_analyst

SMALL, X = "<5", privacy.SECONDARY_MARKER
REGION_IDS = {name: region_id for region_id, name, *_ in REGIONS}


@pytest.fixture(autouse=True)
def default_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(privacy.ENV_VAR, raising=False)


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """The CSV bytes of every table download a run offers, by file name (without .csv):
    ``ui.tables.download`` makes them with ``csv_bytes(export_frame(...))``."""
    from ui import tables

    files: dict[str, bytes] = {}
    real = tables.download

    def recording(df, columns, filename, *, key):
        files[filename] = ui.csv_bytes(ui.export_frame(df, columns))
        return real(df, columns, filename, key=key)

    monkeypatch.setattr(tables, "download", recording)  # what ui.table calls
    monkeypatch.setattr(ui, "download", recording)  # what a page calls itself
    return files


def csv_file(files: dict[str, bytes], prefix: str) -> pd.DataFrame:
    names = [n for n in files if n.startswith(prefix)]
    assert len(names) == 1, (prefix, list(files))
    return pd.read_csv(io.BytesIO(files[names[0]]), encoding="utf-8-sig", dtype=str, keep_default_na=False)


def displayed(element) -> pd.DataFrame:
    """A table as the browser shows it: the Styler's display text of every cell."""
    return dataframe_util.convert_arrow_bytes_to_pandas_df(element.proto.arrow_data.styler.display_values)


def table_with(at, *header_keys: str):
    headers = [t(k) for k in header_keys]
    found = [df for df in at.dataframe if all(h in df.value.columns for h in headers)]
    assert len(found) == 1, header_keys
    return found[0]


def key_of(row: pd.Series) -> tuple[str, str]:
    return REGION_IDS[row[t("col.region")]], row[t("col.unit")]


def as_number(text: str) -> float | None:
    """A count cell's text as a number ("1.860" on screen, "1860" in a CSV), else None."""
    try:
        return float(text.replace(".", "").replace(",", "."))
    except ValueError:
        return None


def assert_suppressed_like_sql(cells: pd.Series, keys: list, truth: dict, *, value: str) -> None:
    """Every cell of a count column: "<5" where the raw count is 1–4, else the count itself,
    "x" (a group of at least 5 hidden to protect a small one) or, for a zero in a row whose
    group is small (no one retiring in a unit of 3), "<5"."""
    for key, cell in zip(keys, cells, strict=True):
        n = truth.get(key, 0)
        if 1 <= n <= 4:
            assert cell == SMALL, (value, key, n, cell)
        else:
            allowed = {SMALL} if n == 0 else {X}
            assert cell in allowed or as_number(cell) == n, (value, key, n, cell)
    numbers = [as_number(c) for c in cells]
    assert not [v for v in numbers if v is not None and 1 <= v <= 4], value


# ---------------------------------------------------------------- SQL on the raw tables


def headcount_by_unit(raw) -> dict[tuple[str, str], int]:
    rows = raw(
        "select u.region_id, u.name, count(e.nip) from units u join positions p using (unit_id) "
        "left join employees e on e.position_id = p.position_id group by all"
    )
    return {(r, name): n for r, name, n in rows}


def retiring_by_unit(raw, years: int) -> dict[tuple[str, str], int]:
    """From 31 Dec of the last year with any evaluation; teachers (Guru ...) at 60 (UU 14/2005)."""
    rows = raw(
        """with as_of as (select make_date(max(year(period_start)), 12, 31) d from performance_evaluations)
           select u.region_id, u.name, count(*) from employees e join positions p using (position_id)
           join units u on u.unit_id = p.unit_id join jabatan_levels l on l.level = p.level, as_of
           where e.birth_date + to_years(case when lower(p.name) like 'guru %' then 60 else l.retirement_age end)
                 <= as_of.d + to_years(?)
           group by all""",
        years,
    )
    return {(r, name): n for r, name, n in rows}


# ---------------------------------------------------------------- viewers


def test_viewer_sees_small_units_as_markers_on_screen_and_in_the_csv(app_env, raw, downloads) -> None:
    at = open_page("kebutuhan")
    heads = headcount_by_unit(raw)
    assert sum(1 <= n <= 4 for n in heads.values()) >= 5  # the fixture has small units

    # headcount per unit: on screen ...
    element = table_with(at, "col.unit", "col.headcount", "col.fill_rate")
    shown = displayed(element)
    keys = [key_of(row) for _, row in shown.iterrows()]
    assert_suppressed_like_sql(shown[t("col.headcount")], keys, heads, value="screen")
    small = [i for i, k in enumerate(keys) if 1 <= heads[k] <= 4]
    assert (shown.loc[small, t("col.gap")] == X).all()  # headcount - need would give it back
    assert (shown.loc[small, t("col.fill_rate")] == X).all()
    # ... where the hidden numbers are gone from the data the browser gets, not only painted over
    # (a column with hidden cells goes as its display text: "<5", never 1-4)
    values = element.value[t("col.headcount")]
    assert (values == SMALL).sum() >= len(small)
    assert not values.isin([fmt.integer(n) for n in range(1, 5)]).any()
    # ... and in the CSV
    csv = csv_file(downloads, "kebutuhan_unit_")
    keys = [key_of(row) for _, row in csv.iterrows()]
    assert_suppressed_like_sql(csv[t("col.headcount")], keys, heads, value="csv")
    assert (csv.loc[[k in {keys[i] for i in small} for k in keys], t("col.gap")] == X).all()

    # retirements per unit within the horizon shown
    horizon = at.segmented_control(key="pensiun").value
    retiring = retiring_by_unit(raw, horizon)
    assert any(1 <= n <= 4 for n in retiring.values())
    shown = displayed(table_with(at, "col.unit", "col.retiring_n", "col.share_retiring"))
    keys = [key_of(row) for _, row in shown.iterrows()]
    assert_suppressed_like_sql(shown[t("col.retiring_n")], keys, retiring, value="retiring")
    csv = csv_file(downloads, "kebutuhan_pensiun_unit_")
    keys = [key_of(row) for _, row in csv.iterrows()]
    assert_suppressed_like_sql(csv[t("col.retiring_n")], keys, retiring, value="retiring csv")
    # the legend says what the markers mean
    assert any(c.value.startswith(f"{SMALL} = ") for c in at.caption)


def test_viewer_candidate_counts_per_unit_are_suppressed(app_env, raw, downloads) -> None:
    at = open_page("penempatan")
    truth = {
        (r, name): n
        for r, name, n in raw(
            "select u.region_id, u.name, count(distinct c.nip) from mart_placement_candidates c "
            "join units u using (unit_id) group by all"
        )
    }
    assert any(1 <= n <= 4 for n in truth.values())
    shown = displayed(table_with(at, "col.unit", "penempatan.col.candidates"))
    keys = [key_of(row) for _, row in shown.iterrows()]
    assert_suppressed_like_sql(shown[t("penempatan.col.candidates")], keys, truth, value="screen")
    csv = csv_file(downloads, "penempatan_kandidat_per_unit")
    keys = [key_of(row) for _, row in csv.iterrows()]
    assert_suppressed_like_sql(csv[t("penempatan.col.candidates")], keys, truth, value="csv")
    # the chart adds up only what the table shows, and says that groups are left out
    spec = json.loads(next(c for c in at.get("plotly_chart") if "candidates" in c.proto.id).proto.spec)
    drawn = sum(
        v for trace in spec["data"] for v in trace.get("x" if trace.get("orientation") == "h" else "y")
    )
    shown_sum = sum(as_number(c) for c in shown[t("penempatan.col.candidates")] if as_number(c) is not None)
    assert drawn == shown_sum < sum(truth.values())
    assert t("privacy.chart", k=5) in [c.value for c in at.caption]


def small_slice(raw) -> tuple[str, str, int, int]:
    """A unit and jenis jabatan with 1–4 employees (a region-level row under that filter)."""
    rows = raw(
        "select u.unit_id, u.region_id, p.jenis_jabatan, count(*) n from employees e "
        "join positions p using (position_id) join units u on u.unit_id = p.unit_id "
        "group by all having count(*) between 1 and 4 order by n, u.unit_id, p.jenis_jabatan limit 1"
    )
    if not rows:
        pytest.skip("no unit has 1-4 employees of one kind of post in this database")
    return rows[0]


def narrow(at, raw):
    unit_id, region_id, jenis, n = small_slice(raw)
    at.multiselect(key="wilayah").set_value([region_id]).run()
    at.selectbox(key="unit").set_value(unit_id).run()
    at.selectbox(key="jabatan").set_value(jenis).run()
    assert_ok(at)
    return n


def test_a_region_row_under_a_narrow_filter_is_suppressed_for_viewers(app_env, raw, downloads) -> None:
    at = open_page("ringkasan")
    n = narrow(at, raw)
    # the headline says the numbers are too small; the scorecard shows the markers, no number
    assert base.headline(at) == t("story.f.suppressed", k=5)
    card = base.scorecard(at)
    assert len(card["region"]) == 1 and t("ringkasan.card.employees", n=SMALL) in card["region"][0]
    assert [card[c] for c in ("share_baik", "share_optimal", "share_jp_met")] == [[f"<b>{X}</b>"]] * 3
    assert base.kpi_values(at, "col.employees") == [SMALL]
    assert base.kpi_values(at, "col.mean_score") == [X]
    shown = displayed(table_with(at, "col.employees", "col.share_baik"))
    assert shown[t("col.employees")].tolist() == [SMALL]
    assert shown[t("col.share_baik")].tolist() == [X]
    csv = csv_file(downloads, "ringkasan_")
    assert csv[t("col.employees")].tolist() == [SMALL]
    assert fmt.integer(n) not in base.kpi_values(at, "col.employees")
    assert t("ringkasan.card.employees", n=fmt.integer(n)) not in card["region"][0]


# ---------------------------------------------------------------- analysts see everything


def test_analyst_sees_the_exact_numbers(app_env, demo_accounts, raw, downloads) -> None:
    at = sign_in(open_page("kebutuhan"))
    heads = headcount_by_unit(raw)
    element = table_with(at, "col.unit", "col.headcount", "col.fill_rate")
    shown = displayed(element)
    assert not shown.isin([SMALL, X]).any().any()
    for (_, row), value in zip(shown.iterrows(), element.value[t("col.headcount")], strict=True):
        assert value == heads[key_of(row)]
    csv = csv_file(downloads, "kebutuhan_unit_")
    assert [int(v) for v in csv[t("col.headcount")]] == [heads[key_of(r)] for _, r in csv.iterrows()]
    # the retirements per unit add up to the employees due to retire
    horizon = at.segmented_control(key="pensiun").value
    units = table_with(at, "col.unit", "col.retiring_n", "col.share_retiring").value
    assert units[t("col.retiring_n")].sum() == sum(retiring_by_unit(raw, horizon).values())
    assert not [c for c in at.caption if c.value.startswith(f"{SMALL} = ")]


def test_analyst_counts_every_candidate(app_env, demo_accounts, raw, downloads) -> None:
    at = sign_in(open_page("penempatan"))
    (candidates,) = raw("select count(distinct nip) from mart_placement_candidates")[0]
    counts = table_with(at, "col.unit", "penempatan.col.candidates").value
    assert counts[t("penempatan.col.candidates")].sum() == candidates
    csv = csv_file(downloads, "penempatan_kandidat_per_unit")
    assert csv[t("penempatan.col.candidates")].astype(int).sum() == candidates


def test_analyst_sees_the_small_region_under_a_narrow_filter(app_env, demo_accounts, raw) -> None:
    at = sign_in(open_page("ringkasan"))
    n = narrow(at, raw)
    assert base.kpi_values(at, "col.employees") == [fmt.integer(n)]
    assert t("ringkasan.card.employees", n=fmt.integer(n)) in base.scorecard(at)["region"][0]
    shown = displayed(table_with(at, "col.employees", "col.share_baik"))
    assert shown[t("col.employees")].tolist() == [fmt.integer(n)]


# ---------------------------------------------------------------- rankings


def evaluated_per_month(raw, y0: int, y1: int) -> dict[tuple[str, str], float]:
    """Employees evaluated per evaluation period, each region's finest period type (a region
    rating quarterly: per quarter)."""
    rows = raw(
        """with rows_ as (
               select u.region_id, u.name, ev.period_start,
                      case ev.period_type when 'bulanan' then 1 when 'triwulan' then 2 else 3 end as rank_
               from performance_evaluations ev join employees e using (nip)
               join positions p on p.position_id = coalesce(ev.position_id, e.position_id)
               join units u on u.unit_id = p.unit_id
               where year(ev.period_start) between ? and ?)
           select region_id, name, count(*) / count(distinct period_start)
           from rows_
           where rank_ = (select min(r.rank_) from rows_ r where r.region_id = rows_.region_id)
           group by all""",
        y0,
        y1,
    )
    return {(r, name): n for r, name, n in rows}


def test_small_units_get_no_place_in_the_ranking(app_env, raw, downloads) -> None:
    at = open_page("kinerja")
    y0, y1 = at.slider(key="tahun").value
    size = evaluated_per_month(raw, y0, y1)
    small = {k for k, n in size.items() if n < 5}
    assert small and len(small) < len(size)
    rank, unit = t("col.rank"), t("col.unit")
    csv = csv_file(downloads, "kinerja_peringkat_unit_")
    ranked = csv[csv[rank] != X]
    hidden = csv[csv[rank] == X]
    assert {key_of(r) for _, r in hidden.iterrows()} == small
    # the ranked units come first, numbered again among themselves; the others last,
    # in name order rather than by their score
    assert len(ranked) + len(hidden) == len(csv) and (csv.index[: len(ranked)] == ranked.index).all()
    ranks = ranked[rank].astype(int).tolist()
    assert ranks[0] == 1 and ranks == sorted(ranks) and max(ranks) <= len(ranked)
    assert (hidden[t("col.mean_score")] == X).all()
    # the top and bottom lists on screen have no small unit
    names_small = {name for _, name in small} - {name for k, name in size if k not in small}
    for element in at.dataframe[:3]:
        if rank in element.value.columns and unit in element.value.columns:
            assert not set(displayed(element)[unit]) & names_small


# ---------------------------------------------------------------- the mechanism


@pytest.fixture
def viewer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "sees_everything", lambda: False)


def as_metric(declared: spec.Spec):
    """A stand-in analytics function carrying ``declared`` (what ui.protected reads)."""
    return spec.metric(declared)(lambda con, filters: None)


def test_an_analysts_frame_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "sees_everything", lambda: True)
    df = pd.DataFrame({"employees": [3, 40], "mean": [1.0, 2.0]})
    declared = spec.spec(
        columns="employees count\nmean number", protect=[spec.Protect("employees", values=("mean",))]
    )
    assert ui.protected(df, as_metric(declared)) is df


def test_the_rules_of_a_spec_are_merged(viewer) -> None:
    df = pd.DataFrame(
        {
            "unit": ["a", "b", "c"],
            "employees": [3, 40, 50],
            "moves": [10, 2, 20],
            "rate": [0.5, 0.05, 0.4],
        }
    )
    declared = spec.spec(
        columns="unit key\nemployees count\nmoves count\nrate share",
        protect=[spec.Protect("employees", values=("rate",)), spec.Protect("moves", values=("rate",))],
    )
    out = ui.protected(df, as_metric(declared))
    assert privacy.markers(out, "employees").tolist() == [SMALL, None, None]
    assert privacy.markers(out, "moves").tolist() == [None, SMALL, None]
    assert privacy.markers(out, "rate").tolist() == [X, X, None]
    assert out["rate"].iloc[:2].isna().all() and np.isnan(out.loc[1, "moves"])
    assert out.loc[2, "rate"] == 0.4 and df["rate"].tolist() == [0.5, 0.05, 0.4]  # input untouched


def test_a_ranked_metric_ranks_the_shown_rows_only(viewer) -> None:
    df = pd.DataFrame(
        {
            "rank": [1, 2, 3, 4, 4],
            "unit": ["d", "c", "b", "a", "e"],
            "employees": [30, 2, 40, 50, 3],
            "score": [90.0, 85.0, 80.0, 70.0, 70.0],
        }
    )
    declared = spec.spec(
        columns="rank rank\nunit key\nemployees count\nscore score",
        protect=[spec.Protect("employees", values=("score",))],
        rank="rank",
    )
    out = ui.protected(df, as_metric(declared))
    assert out["unit"].tolist() == ["d", "b", "a", "c", "e"]  # hidden last, by name
    assert out["rank"].tolist()[:3] == [1, 2, 3] and out["rank"].iloc[3:].isna().all()
    assert privacy.markers(out, "rank").tolist() == [None, None, None, X, X]
    top, bottom = ui.top_bottom(out, "rank", 2)
    assert top["unit"].tolist() == ["d", "b"] and bottom["unit"].tolist() == ["a", "b"]


def test_styled_table_keeps_numbers_and_shows_markers(viewer) -> None:
    df = pd.DataFrame({"region_id": ["SLT", "JMB"], "employees": [3, 1860], "share": [0.5, 0.25]})
    hidden = privacy.suppress(df, count_col="employees", value_cols=["share"])
    columns = [("region_id", "Wilayah", "region"), ("employees", "Pegawai", "int"), ("share", "%", "pct")]
    style = ui.styled(hidden, columns)
    # Streamlit draws an empty cell as "None" whatever the Styler says: a column with hidden
    # cells goes as its display text, with the marker in the cell and no number behind it
    assert style.data["Pegawai"].tolist() == [SMALL, fmt.integer(1860, lang="id")]
    assert style.data["%"].tolist() == [X, fmt.percent(0.25, lang="id")]
    text = style._translate(False, False)["body"]
    cells = [[c["display_value"] for c in row[1:]] for row in text]
    assert cells[0][1:] == [SMALL, X]
    assert cells[1][1] == fmt.integer(1860, lang="id")
    # a column with no empty cell stays numeric (sorted as numbers in the browser)
    full = ui.styled(df, columns)
    assert full.data["Pegawai"].dtype.kind == "i"


def _talent_spec() -> spec.Spec:
    """The talent grid's privacy rules, over the columns this test's grid has."""
    from analytics import talent

    return spec.spec(
        columns="region_id key\nbox code\nkinerja_level code\npotensi_level code\nemployees count\n"
        "share share\nassessed count\nsuccession_pool flag",
        protect=talent.talent_grid.spec.rules,
    )


def test_nine_box_cells_show_markers_not_numbers(viewer) -> None:
    from reporting.charts import talent as pt

    grid = pd.DataFrame(
        {
            "region_id": ["SLT"] * 9,
            "box": range(1, 10),
            "kinerja_level": [1, 2, 1, 3, 2, 1, 3, 2, 3],
            "potensi_level": [1, 1, 2, 1, 2, 3, 2, 3, 3],
            "employees": [0, 2, 10, 20, 30, 0, 12, 9, 17],
            "share": np.array([0, 2, 10, 20, 30, 0, 12, 9, 17]) / 100,
        }
    )
    hidden = privacy.protect(grid.assign(assessed=100, succession_pool=grid["box"] >= 7), _talent_spec())
    fig = pt.nine_box_chart(hidden)
    text = list(fig.data[0].text)
    assert f"<br>{SMALL}<br>{X}" in text[1]
    assert sum(f"<br>{X}<br>{X}" in s for s in text) >= 1  # the secondary cell
    assert "<br>2,0 %" not in " ".join(text) and np.isnan(fig.data[0].z[1])
