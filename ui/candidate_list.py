"""The named list of placement candidates on the Penempatan page (signed-in analysts
only): the fit issues and the reason in words, written from the columns
:func:`analytics.placement.placement_candidates` returns, and the list's own filters.

Presentational: nothing here computes a metric. Personal data passes through
these functions; nothing here logs.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analytics.reference import EDUCATION_FIELDS
from reporting import fmt
from reporting.safe import md
from ui.i18n import current_lang, pick, t

ISSUES = ("field", "kms")  # education field not as the post requires; JPM in band KMS
_FIELDS = {code: (name_id, name_en) for code, name_id, name_en in EDUCATION_FIELDS}
_SEARCHED = ("name", "nip", "position_name", "unit_name", "target_position_name", "target_unit_name")


def field_label(code, lang: str | None = None) -> str:
    """An education field's name (``hukum`` -> Hukum / Law); the code if unknown, – if none."""
    if code is None or (isinstance(code, float) and pd.isna(code)):
        return fmt.MISSING
    pair = _FIELDS.get(code)
    if pair is None:
        return str(code)
    return pick(pair, lang)


def _has_issue(row, issue: str) -> bool:
    if issue == "field":
        return not bool(row.qualification_fit)
    return row.band == "KMS"


def _issue_texts(row, lang: str, kind: str) -> list[str]:
    """The fit issues of a row, worded by the ``penempatan.<kind>.field`` / ``.kms`` strings
    (``issue``: short, for the table; ``reason``: a clause of the sentence)."""
    texts = []
    if _has_issue(row, "field"):
        texts.append(
            t(
                f"penempatan.{kind}.field",
                lang,
                field=field_label(row.education_field, lang),
                required=field_label(row.required_field, lang),
            )
        )
    if _has_issue(row, "kms"):
        texts.append(t(f"penempatan.{kind}.kms", lang, jpm=fmt.number(row.jpm, 0, lang=lang)))
    return texts


def fit_issues(row, lang: str | None = None) -> str:
    """Short: why the current post fits poorly (``pendidikan Hukum ≠ syarat Perencanaan Wilayah``)."""
    return "; ".join(_issue_texts(row, lang or current_lang(), "issue"))


def performance(row, lang: str | None = None) -> str:
    """How well the candidate performs against the region, on the basis the data have:
    the mean score of the last 12 months (points) or, in a region with ratings only, the
    share of its periods rated hasil kerja Di Atas Ekspektasi (percentage points)."""
    lang = lang or current_lang()
    if row.basis == "score":
        return t(
            "penempatan.perf.score",
            lang,
            score=fmt.number(row.recent_value, 1, lang=lang),
            median=fmt.number(row.region_median, 1, lang=lang),
            diff=fmt.points(row.above_median, 1, lang=lang),
        )
    return t(
        "penempatan.perf.di_atas",
        lang,
        share=fmt.percent(row.recent_value, 0, lang=lang),
        periods=fmt.integer(row.periods, lang=lang),
        median=fmt.percent(row.region_median, 0, lang=lang),
        diff=fmt.points(row.above_median * 100, 0, lang=lang),
    )


def target_reason(row, lang: str | None = None, *, markdown: bool = False) -> str:
    """Why the target post fits better: field, competencies, staffing gap. ``markdown``:
    for a Markdown element, the post and unit names (data) escaped (reporting.safe.md)."""
    lang = lang or current_lang()
    text = md if markdown else str
    if row.target_field_match:
        field = t("penempatan.reason.target.field", lang, field=field_label(row.target_required_field, lang))
    else:
        field = t("penempatan.reason.target.open", lang)
    return t(
        "penempatan.reason.target",
        lang,
        post=text(row.target_position_name),
        unit=text(row.target_unit_name),
        field=field,
        gap=fmt.integer(row.target_gap, lang=lang),
    )


def reason(row, lang: str | None = None) -> str:
    """One row (candidate × target post) in words."""
    lang = lang or current_lang()
    issues = _issue_texts(row, lang, "reason")
    return t(
        "penempatan.reason",
        lang,
        performance=performance(row, lang),
        issues=t("penempatan.reason.and", lang).join(issues),
        target=target_reason(row, lang),
    )


def with_reasons(df: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """Add ``performance``, ``fit_issues`` and ``reason`` (text in the user's language) to
    the list."""
    lang = lang or current_lang()
    rows = list(df.itertuples(index=False))
    return df.assign(
        performance=[performance(r, lang) for r in rows],
        fit_issues=[fit_issues(r, lang) for r in rows],
        reason=[reason(r, lang) for r in rows],
    )


def target_unit_options(df: pd.DataFrame) -> dict[str, str]:
    """Target units in the list: unit_id -> name, by name."""
    pairs = df[["target_unit_id", "target_unit_name"]].drop_duplicates()
    return dict(
        sorted(zip(pairs["target_unit_id"], pairs["target_unit_name"], strict=True), key=lambda p: p[1])
    )


def _normalise(text: str) -> str:
    return " ".join(str(text).casefold().split())


def filter_list(
    df: pd.DataFrame, *, target_units: Iterable[str] = (), issues: Iterable[str] = (), search: str = ""
) -> pd.DataFrame:
    """Rows going to one of ``target_units``, with any of ``issues``, matching ``search``
    (part of a name, NIP — spaces ignored, as NIPs are often printed spaced — post or unit)."""
    mask = pd.Series(True, index=df.index)
    target_units, issues = list(target_units), list(issues)
    if target_units:
        mask &= df["target_unit_id"].isin(target_units)
    if issues:
        any_issue = pd.Series(False, index=df.index)
        for issue in issues:
            any_issue |= pd.Series([_has_issue(r, issue) for r in df.itertuples(index=False)], index=df.index)
        mask &= any_issue
    query = _normalise(search)
    if query:
        digits = query.replace(" ", "")
        hit = df["nip"].astype(str).str.contains(digits, regex=False) if digits.isdigit() else False
        for column in _SEARCHED:
            hit = hit | df[column].astype(str).map(_normalise).str.contains(query, regex=False)
        mask &= hit
    return df[mask]


def people(df: pd.DataFrame) -> dict[str, str]:
    """The people in the list, best rank first: NIP -> ``rank. name (NIP)``."""
    first = df.sort_values(["rank", "target_rank"]).drop_duplicates("nip")
    return {r.nip: f"{r.rank}. {r.name} ({r.nip})" for r in first.itertuples(index=False)}


def person_reason(df: pd.DataFrame, nip: str, lang: str | None = None) -> str:
    """Markdown: one candidate's situation and every target post in the list. Names of
    people, posts and units are data, never markup: escaped (reporting.safe.md)."""
    lang = lang or current_lang()
    rows = list(df[df["nip"] == nip].sort_values("target_rank").itertuples(index=False))
    first = rows[0]
    lines = [
        t(
            "penempatan.reason.person",
            lang,
            name=md(first.name),
            post=md(first.position_name),
            unit=md(first.unit_name),
            performance=performance(first, lang),
            issues=fit_issues(first, lang),
        ),
        "",
        t("penempatan.reason.targets", lang),
    ]
    lines += [f"{i}. {target_reason(r, lang, markdown=True)}" for i, r in enumerate(rows, start=1)]
    return "\n".join(lines)
