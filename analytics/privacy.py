"""Small-group suppression for what leaves the dashboard: the presentation view
and the report / table exports.

A group of fewer than ``min_group_size()`` employees (default 5) never shows its
count or anything computed over it; the count shows as ``"<5"``. Totals and
differences must not give the hidden number back, so more cells are hidden
where needed (complementary, or secondary, suppression).

Threshold
    ``min_group_size()``: the environment variable ``ASN_MIN_GROUP_SIZE`` (a
    whole number >= 1; 1 switches suppression off), else 5. An environment
    variable and not a ``settings`` row, because every data load rewrites the
    ``settings`` table from ``analytics/reference.py`` and would silently undo
    an administrator's choice. Every function also takes ``threshold=``.

Representation (what :func:`suppress` returns)
    The frame stays numeric, so charts and exports need no parsing: a hidden
    cell is ``NaN`` (its true value is gone from the frame, so no hover text,
    CSV or chart can leak it) and a boolean ``<col>_suppressed`` column marks
    it. Count columns also get ``<col>_small``: True where the cell itself is
    a group below the threshold and shows ``"<5"``; every other hidden cell (a
    mean or share of a small group, or a count hidden to protect another)
    shows ``SECONDARY_MARKER`` ("x"), since printing "<5" in a share column
    would read as "under 5 %" and on a large group would be false. Counts
    become float columns (NaN needs it). ``frame.attrs["min_group_size"]``
    keeps the threshold used. Helpers: :func:`marker`, :func:`markers`,
    :func:`display_value`, :func:`with_markers` (numbers stay numbers, hidden
    cells become their marker text: for tables, CSV and XLSX).

Why secondary cells must be chosen with care
    A reader who sees a group total, the shown cells and the markers knows the
    sum of the hidden cells, that each "<5" cell is 1..4 and that each "x"
    count is at least 5. From that alone the total can pin a "<5" cell: with
    cells 1, 5, 9, 30 and total 45, hiding 1 and the next-smallest 5 leaves
    "1 + 5 = 6, the x is >= 5, so the <5 is 1". So a group counts as
    protected only when, for every small cell, each value the marker allows
    (1..4) is still possible given the sum and the other hidden cells' known
    ranges; secondary cells are added (the smallest that protects on its own,
    else the largest, repeatedly) until it is. If the group runs out of cells,
    a total row in the frame is hidden instead; if the total is shown
    elsewhere (``group_cols`` only), the group's hidden cells all show "x", so
    no range is given away (recorded in ``attrs["unprotected_groups"]``).

Scope: each count column is protected against its group totals, and each
part column (``part_cols``) against its own total and against the row's
count (a part is hidden when it or ``count - part`` is small, and once any
part of a row is hidden all its parts are). A full audit of two-way tables
with both margins published (linear programming, as tau-ARGUS does) is not
done.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

DEFAULT_MIN_GROUP_SIZE = 5
ENV_VAR = "ASN_MIN_GROUP_SIZE"
SECONDARY_MARKER = "x"
SUPPRESSED = "_suppressed"
SMALL = "_small"
ATTR_THRESHOLD = "min_group_size"

_INF = math.inf


def _check_threshold(value: Any, source: str) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        number = None
    if number is None or number < 1 or str(number) != str(value).strip():
        raise ValueError(f"{source} must be a whole number of at least 1 (got {value!r})")
    return number


def min_group_size() -> int:
    """The smallest group shown: ``$ASN_MIN_GROUP_SIZE`` if set, else 5.

    Raises ValueError for a value that is not a whole number >= 1, rather than
    quietly showing small groups.
    """
    raw = os.environ.get(ENV_VAR, "").strip()
    if not raw:
        return DEFAULT_MIN_GROUP_SIZE
    return _check_threshold(raw, ENV_VAR)


def _threshold(threshold: int | None) -> int:
    return min_group_size() if threshold is None else _check_threshold(threshold, "threshold")


def marker(threshold: int | None = None) -> str:
    """What a group below the threshold shows: ``"<5"`` (``"<3"`` with threshold 3)."""
    return f"<{_threshold(threshold)}"


# ---------------------------------------------------------------- suppress
class _Column:
    """One count column being protected: values, hidden cells, and the markers."""

    def __init__(self, values: np.ndarray) -> None:
        self.v = values
        n = len(values)
        self.hidden = np.zeros(n, bool)
        self.small = np.zeros(n, bool)  # shows "<t"
        self.sensitive = np.zeros(n, bool)  # its range must stay what its marker says
        self.prot = np.zeros((n, 2))  # that range: lo, hi

    def hide(self, i: int, *, small: bool = False, protect: tuple[float, float] | None = None) -> None:
        self.hidden[i] = True
        self.small[i] = self.small[i] or small
        if protect is not None:
            self.sensitive[i] = True
            self.prot[i] = protect


def _positive(x: float) -> bool:
    return not math.isnan(x) and x > 0


def suppress(
    df: pd.DataFrame,
    *,
    count_col: str,
    value_cols: Sequence[str] = (),
    group_cols: Sequence[str] = (),
    total_rows: Sequence[bool] | pd.Series | str | None = None,
    threshold: int | None = None,
    part_cols: Sequence[str] | Mapping[str, Sequence[str]] = (),
) -> pd.DataFrame:
    """A copy of ``df`` with small groups, and whatever would give them back, hidden.

    count_col
        The number of employees (or evaluations, ...) each row is about. A row
        with ``0 < count < threshold`` is hidden: the count shows "<5", every
        column in ``value_cols`` shows "x".
    value_cols
        Columns computed over the row's group (means, shares, rates, scores):
        hidden with the count.
    group_cols
        Rows with equal values here add up to a total the reader sees or can
        work out: a total row in this frame, a total elsewhere on the page, or
        shares that add up to 100 %. Within each group, secondary cells are
        hidden so no hidden count can be recovered (see the module docstring).
        Without ``group_cols`` and ``total_rows`` rows are independent.
    total_rows
        A boolean mask (or the name of a boolean column) of rows that are the
        totals of their group (the other rows with the same ``group_cols``;
        the whole frame if there are none). A total can itself be small, and
        is hidden if its group cannot be protected otherwise.
    part_cols
        Sub-counts of ``count_col`` in the same row (``pns`` of ``employees``,
        ``met`` of ``employees``), as a list or as ``{part: [its value
        columns]}``. A part is hidden when it or ``count - part`` is below the
        threshold ("<5" if the part itself is small, else "x"), and is
        protected against its own column total like ``count_col``.
    threshold
        Defaults to :func:`min_group_size`.
    """
    t = _threshold(threshold)
    parts = (
        {p: list(v) for p, v in part_cols.items()}
        if isinstance(part_cols, Mapping)
        else {p: [] for p in part_cols}
    )
    missing = [
        c
        for c in [count_col, *value_cols, *group_cols, *parts, *(v for vs in parts.values() for v in vs)]
        if c not in df
    ]
    if missing:
        raise KeyError(f"suppress: no column(s) {missing} in the frame")

    out = df.copy()
    n = len(out)
    is_total = _total_mask(out, total_rows)
    groups = _groups(out, group_cols, is_total) if (group_cols or total_rows is not None) else []
    unprotected: list[dict] = []

    # 1. the count: small rows, then their groups
    count = _Column(out[count_col].to_numpy(dtype=float, na_value=np.nan))
    for i in range(n):
        if _positive(count.v[i]) and count.v[i] < t:
            count.hide(i, small=True, protect=(1, t - 1))
    # a group whose total is itself small: no breakdown at all, and nothing to solve
    groups = [g for g in groups if not _hide_small_group(count, *g, t)]

    def count_prior(i: int) -> tuple[float, float]:
        return (1, t - 1) if count.small[i] else (t, _INF)

    for members, total in groups:
        _protect(count, members, total, external=bool(group_cols), prior=count_prior, t=t, log_to=unprotected)

    # 2. parts: hidden with their row, when small, when their complement is small
    columns = {count_col: count}
    for part in parts:
        col = _Column(out[part].to_numpy(dtype=float, na_value=np.nan))
        for i in range(n):
            if count.hidden[i]:
                col.hide(i, small=count.small[i], protect=(0, t - 1) if count.small[i] else None)
            elif _positive(col.v[i]) and col.v[i] < t:
                col.hide(i, small=True, protect=(1, t - 1))
            elif _positive(count.v[i] - col.v[i]) and count.v[i] - col.v[i] < t:
                c = count.v[i]
                col.hide(i, protect=(c - t + 1, c - 1))
        columns[part] = col

    for part in parts:
        col = columns[part]

        def part_prior(i: int, col: _Column = col) -> tuple[float, float]:
            if count.hidden[i]:
                return (0, t - 1) if count.small[i] else (0, _INF)
            if col.small[i]:
                return (1, t - 1)
            c = count.v[i]
            return (min(t, c - t + 1), c)  # "x": the complement is small, or it protects another cell

        for members, total in groups:
            _protect(
                col, members, total, external=bool(group_cols), prior=part_prior, t=t, log_to=unprotected
            )

    # 3. a row with one part hidden hides all its parts (parts may add up to the count)
    if parts:
        any_part = np.logical_or.reduce([columns[p].hidden for p in parts])
        for p in parts:
            columns[p].hidden |= any_part

    # 4. write: NaN where hidden, masks beside
    hidden_by = {count_col: count.hidden, **{p: columns[p].hidden for p in parts}}
    for v in value_cols:
        hidden_by[v] = hidden_by.get(v, np.zeros(n, bool)) | count.hidden
    for p, values in parts.items():
        for v in values:
            hidden_by[v] = hidden_by.get(v, np.zeros(n, bool)) | columns[p].hidden
    for col, mask in hidden_by.items():
        numeric = pd.to_numeric(out[col], errors="coerce").astype(float)
        out[col] = numeric.mask(mask)
        out[col + SUPPRESSED] = mask
    for col, state in columns.items():
        out[col + SMALL] = state.small & state.hidden
    out.attrs[ATTR_THRESHOLD] = t
    if unprotected:
        out.attrs["unprotected_groups"] = unprotected
    return out


def _total_mask(df: pd.DataFrame, total_rows) -> np.ndarray:
    if total_rows is None:
        return np.zeros(len(df), bool)
    if isinstance(total_rows, str):
        total_rows = df[total_rows]
    mask = np.asarray(total_rows, dtype=bool)
    if mask.shape != (len(df),):
        raise ValueError("suppress: total_rows must have one entry per row")
    return mask


def _groups(
    df: pd.DataFrame, group_cols: Sequence[str], is_total: np.ndarray
) -> list[tuple[list[int], int | None]]:
    """(member positions, position of the group's total row or None) per group."""
    if group_cols:
        keys = df[list(group_cols)].astype(object).where(df[list(group_cols)].notna(), None)
        labels = list(keys.itertuples(index=False, name=None))
    else:
        labels = [()] * len(df)
    order: dict[tuple, tuple[list[int], list[int]]] = {}
    for i, key in enumerate(labels):
        members, totals = order.setdefault(key, ([], []))
        (totals if is_total[i] else members).append(i)
    groups = []
    for key, (members, totals) in order.items():
        if len(totals) > 1:
            raise ValueError(f"suppress: more than one total row for group {key}")
        groups.append((members, totals[0] if totals else None))
    return groups


def _hide_small_group(col: _Column, members: list[int], total: int | None, t: int) -> bool:
    """A group whose total is itself small shows none of its breakdown (zeros too): True.

    Its total, wherever it is shown, is a small group too and shows "<5", so the
    group needs no secondary cells.
    """
    values = [col.v[i] for i in members if not math.isnan(col.v[i])]
    group_total = col.v[total] if total is not None else sum(values)
    if not (_positive(group_total) and group_total < t):
        return False
    for i in [*members, *([total] if total is not None else [])]:
        col.hide(i, small=True)
    return True


def _protected(col: _Column, hidden: list[int], prior: Callable[[int], tuple[float, float]]) -> bool:
    """Does every sensitive hidden cell keep its whole range, given the sum of the hidden cells?"""
    if not hidden:
        return True
    bounds = {i: prior(i) for i in hidden}
    total = sum(col.v[i] for i in hidden)
    sum_lo = sum(lo for lo, _ in bounds.values())
    sum_hi = sum(hi for _, hi in bounds.values())
    for i in hidden:
        if not col.sensitive[i]:
            continue
        lo, hi = bounds[i]
        others_lo, others_hi = sum_lo - lo, sum_hi - hi
        can_reach_top = total - others_lo >= col.prot[i][1]
        can_reach_bottom = (others_hi == _INF) or total - others_hi <= col.prot[i][0]
        if not (can_reach_top and can_reach_bottom):
            return False
    return True


def _protect(
    col: _Column,
    members: list[int],
    total: int | None,
    *,
    external: bool,
    prior: Callable[[int], tuple[float, float]],
    t: int,
    log_to: list[dict],
) -> None:
    """Hide secondary cells in one group until no sensitive cell can be worked out."""
    known_total = (total is not None and not col.hidden[total]) or (total is None and external)
    if not known_total:
        return
    hidden = [i for i in members if col.hidden[i]]
    if not any(col.sensitive[i] for i in hidden):
        return
    added: list[int] = []
    while not _protected(col, hidden, prior):
        candidates = sorted(
            (i for i in members if not col.hidden[i] and _positive(col.v[i])), key=lambda i: col.v[i]
        )
        if not candidates:
            if total is not None:  # hide the total instead; then the secondaries are not needed
                col.hide(total)
                for i in added:
                    col.hidden[i] = False
            else:  # the total is shown elsewhere: give no ranges away in this group
                for i in hidden:
                    col.small[i] = False
                log_to.append({"rows": hidden, "reason": "group total shown elsewhere"})
                # expected on viewer pages (every page load): debug, not a warning
                log.debug(
                    "suppress: a group could not be protected; its hidden cells show %r", SECONDARY_MARKER
                )
            return
        pick = next((i for i in candidates if _protected(col, [*hidden, i], prior)), candidates[-1])
        col.hide(pick)
        hidden.append(pick)
        added.append(pick)


# ---------------------------------------------------------------- display
def is_suppressed(df: pd.DataFrame, col: str) -> pd.Series:
    """Boolean mask of the hidden cells of ``col`` (all False if it was not suppressed)."""
    mask = df.get(col + SUPPRESSED)
    return pd.Series(False, index=df.index) if mask is None else mask.astype(bool)


def has_suppression(df: pd.DataFrame) -> bool:
    """Does the frame carry suppression masks (was it passed through :func:`suppress`)?"""
    return any(str(c).endswith(SUPPRESSED) for c in df.columns)


def suppressed_columns(df: pd.DataFrame) -> list[str]:
    """The columns that have a ``<col>_suppressed`` mask."""
    return [c for c in df.columns if f"{c}{SUPPRESSED}" in df.columns]


def _frame_threshold(df: pd.DataFrame, threshold: int | None) -> int:
    if threshold is not None:
        return _threshold(threshold)
    return int(df.attrs.get(ATTR_THRESHOLD) or min_group_size())


def markers(df: pd.DataFrame, col: str, threshold: int | None = None) -> pd.Series:
    """Per row: ``"<5"``, ``"x"`` or None (shown) for ``col``; e.g. for chart annotations."""
    t = _frame_threshold(df, threshold)
    hidden = is_suppressed(df, col)
    small = df[col + SMALL].astype(bool) if col + SMALL in df else pd.Series(False, index=df.index)
    text = np.where(small, marker(t), SECONDARY_MARKER)
    return pd.Series(np.where(hidden, text, None), index=df.index, dtype=object)


def display_value(
    value: Any,
    suppressed: bool | str | None = False,
    *,
    formatter: Callable[[Any], str] = str,
    small: bool = True,
    threshold: int | None = None,
) -> str:
    """The text for one cell: its marker if hidden, else ``formatter(value)``.

    ``suppressed`` is the cell's ``<col>_suppressed`` flag, ``small`` its
    ``<col>_small`` flag ("<5" if True, else "x"), or pass a marker string
    from :func:`markers` as ``suppressed``.
    """
    if isinstance(suppressed, str):
        return suppressed
    if suppressed:
        return marker(threshold) if small else SECONDARY_MARKER
    return formatter(value)


def with_markers(
    df: pd.DataFrame,
    threshold: int | None = None,
    *,
    formatters: Mapping[str, Callable[[Any], Any]] | None = None,
) -> pd.DataFrame:
    """The frame to show or export: hidden cells become their marker text, the mask
    columns are dropped, everything else keeps its type (whole-number counts turn
    back into ints). ``formatters`` (by column) apply to shown cells only."""
    t = _frame_threshold(df, threshold)
    formatters = formatters or {}
    out = df.drop(columns=[c for c in df.columns if str(c).endswith((SUPPRESSED, SMALL))])
    for col in suppressed_columns(df):
        text = markers(df, col, t)
        fmt = formatters.get(col)
        if fmt:
            convert = fmt
        elif col + SMALL in df:  # a count: whole numbers back to int
            convert = _plain
        else:
            convert = _same
        cells = [m if m is not None else convert(v) for m, v in zip(text, out[col], strict=True)]
        out[col] = pd.Series(cells, index=out.index, dtype=object)
    for col, fmt in formatters.items():
        if col in out and col not in suppressed_columns(df):
            out[col] = out[col].map(fmt)
    out.attrs = {}
    return out


def _same(value: Any) -> Any:
    return value


def _plain(value: Any) -> Any:
    """A float that holds a whole number back to int (counts were made float by NaN)."""
    if isinstance(value, float | np.floating) and not math.isnan(value) and float(value).is_integer():
        return int(value)
    return value


# ---------------------------------------------------------------- a metric's frame, by its spec
def protect(df: pd.DataFrame | None, declared, threshold: int | None = None) -> pd.DataFrame | None:
    """``df`` as anyone but a signed-in analyst may see it, by the metric's spec
    (:class:`analytics.spec.Spec`): each of its rules through :func:`suppress` (a cell
    is hidden if any rule hides it: "<5" where it is a small group itself, else "x"),
    and a ranked metric's hidden rows lose their rank and go last. The one function the
    pages and every report go through, so the screen and the handout cannot differ.

    A spec whose ``protect`` is a function (a frame whose rows count different things)
    is applied as it is; a personal metric (names, NIPs) is refused — it is for signed-in
    analysts only and never goes out suppressed."""
    if df is None:
        return None
    if declared.personal:
        raise PermissionError("a personal metric has no view for viewers")
    if callable(declared.protect):
        return df if df.empty else declared.protect(df, threshold)
    if df.empty or not declared.rules:
        out = df.copy()
        out.attrs[ATTR_THRESHOLD] = _threshold(threshold)
        return out
    results = [
        suppress(
            df,
            count_col=rule.count,
            value_cols=rule.values,
            part_cols={p: list(v) for p, v in rule.parts.items()},
            group_cols=rule.group,
            total_rows=rule.total_rows,
            threshold=threshold,
        )
        for rule in declared.rules
    ]
    out = _merge(df, results)
    if declared.rank is not None:
        hidden = is_suppressed(out, declared.rules[0].count).to_numpy()
        out = _rerank(out, declared.rank, hidden, declared.rank_within)
    return out


def _merge(df: pd.DataFrame, results: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """The frames of several rules over the same rows as one: a cell hidden by any."""
    out = results[0]
    for extra in results[1:]:
        for col in suppressed_columns(extra):
            mask = is_suppressed(extra, col).to_numpy() | is_suppressed(out, col).to_numpy()
            out[col] = pd.to_numeric(df[col], errors="coerce").astype(float).mask(mask)
            out[col + SUPPRESSED] = mask
            small = [f[col + SMALL].to_numpy(bool) for f in (out, extra) if col + SMALL in f]
            if small:
                out[col + SMALL] = np.logical_or.reduce(small) & mask
        unprotected = extra.attrs.get("unprotected_groups")
        if unprotected:
            out.attrs["unprotected_groups"] = [*out.attrs.get("unprotected_groups", []), *unprotected]
    return out


def _rerank(df: pd.DataFrame, rank_col: str, hidden: np.ndarray, within: Sequence[str]) -> pd.DataFrame:
    """A rank over a hidden value would place the hidden group between its neighbours:
    hidden rows get no rank ("x") and go to the end (ordered by their text columns), the
    others are ranked again among themselves (within ``within``), 1 = best as before."""
    shown = df[~hidden].copy()
    rest = df[hidden].copy()
    ranks = shown.groupby(list(within))[rank_col] if within else shown[rank_col]
    shown[rank_col] = ranks.rank(method="min")
    rest[rank_col] = np.nan
    labels = [
        c
        for c in df.columns
        if (df[c].dtype == object or pd.api.types.is_string_dtype(df[c]))
        and not str(c).endswith((SUPPRESSED, SMALL))
    ]
    rest = rest.sort_values([*within, *[c for c in labels if c not in within]], kind="stable")
    out = pd.concat([shown, rest])
    out[rank_col + SUPPRESSED] = np.r_[np.zeros(len(shown), bool), np.ones(len(rest), bool)]
    if within:  # hidden rows last within their group
        out = out.sort_values(list(within), kind="stable")
    out.attrs = df.attrs
    return out.reset_index(drop=True)
