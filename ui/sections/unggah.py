"""The Unggah Data page's drawing: the upload tab (files, the table each is for, check and
load, every problem by row and column), the import log with undo, and the templates with
the data dictionary. The work is done by the import engine (:mod:`data.importing`)."""

from __future__ import annotations

import logging

import duckdb
import pandas as pd
import streamlit as st

from analytics.safelog import log_failure
from data.importing import TABLES, ImportProblem, import_log, latest_imports, table, undo_latest
from data.importing.errors import db_problem
from data.importing.templates import dictionary, template_bytes
from reporting import fmt
from reporting.safe import md
from ui import components as ui
from ui import db
from ui import uploads as up
from ui.i18n import current_lang, t

log = logging.getLogger(__name__)
SHOWN_ERRORS = 500


def table_title(name: str, lang: str) -> str:
    spec = table(name)
    return f"{spec.title[0 if lang == 'id' else 1]} ({spec.name})"


def show_report(report) -> None:
    """One file's outcome: problems as a table (full list downloadable), or counts and a preview."""
    lang = current_lang()
    st.markdown(
        t(
            "unggah.file.head",
            file=md(report.file_name),
            kind=md(report.kind_title[0 if lang == "id" else 1] or report.table),
            table=report.table,
            rows=f"{report.file_rows:n}",
            encoding=report.encoding,
        )
    )
    if report.header_row > 1:
        st.caption(t("unggah.file.header_row", row=report.header_row))
    if report.ignored_columns:
        st.caption(t("unggah.file.ignored", columns=md(", ".join(report.ignored_columns))))
    if report.problem is not None:
        st.error(md(report.problem.text(lang)), icon=":material/error:")
        return
    if report.problems:
        st.error(
            t("unggah.file.problems", problems=f"{report.problems:n}", rows=f"{report.rejected:n}"),
            icon=":material/error:",
        )
        listed = len(report.errors)
        if listed > SHOWN_ERRORS:
            st.caption(t("unggah.file.shown", shown=SHOWN_ERRORS))
        if report.problems > listed:  # the list stops at MAX_ROW_ERRORS; the count does not
            st.caption(t("unggah.file.capped", listed=f"{listed:n}", problems=f"{report.problems:n}"))
        # this draws on every rerun while the check is shown: word only the rows shown,
        # and the (up to 100,000-row) full list only when it is downloaded
        st.dataframe(up.error_frame(report, lang, limit=SHOWN_ERRORS), hide_index=True, width="stretch")
        st.download_button(
            t("unggah.errors.download"),
            data=lambda: ui.csv_bytes(up.error_frame(report, lang)),
            file_name=f"masalah_{report.table}.csv",
            mime="text/csv",
            key=f"errors_{report.table}_{report.sha256[:8]}",
            on_click="ignore",
            icon=":material/download:",
        )
        return
    counts = {k: f"{getattr(report, k):n}" for k in ("inserted", "updated", "unchanged", "deleted")}
    for note in report.notes:
        st.info(md(note.text(lang)), icon=":material/info:")
    st.success(t("unggah.file.ok") + " " + t("unggah.would", **counts), icon=":material/check_circle:")
    if report.made:
        with st.expander(t("unggah.made", what=up.made_summary(report, lang))):
            st.dataframe(up.made_frame(report, lang), hide_index=True, width="stretch")
    if report.preview is not None:
        with st.expander(t("unggah.preview")):
            st.dataframe(up.preview_frame(report, lang), hide_index=True, width="stretch")


def attempt(choices, mode: str, *, dry_run: bool, user):
    """Check (dry run) or load the chosen files with a progress bar; None if it could not run."""
    lang = current_lang()
    bar = st.progress(0.0, text=t("unggah.checking" if dry_run else "unggah.loading"))
    try:
        return up.run_import(choices, mode=mode, dry_run=dry_run, user=user.username, bar=bar)
    except up.ImportBusy:
        st.warning(t("unggah.busy"), icon=":material/hourglass_top:")
    except ImportProblem as problem:  # e.g. a replace that would orphan rows
        st.error(md(problem.text(lang)), icon=":material/error:")
    except duckdb.OutOfMemoryException as exc:  # the limit, and how to raise it
        log_failure(log, "checking an upload" if dry_run else "loading an upload", exc)
        st.error(md(db_problem(exc).text(lang)), icon=":material/error:")
    except Exception as exc:
        log_failure(log, "checking an upload" if dry_run else "loading an upload", exc)
        st.error(t("unggah.failed"), icon=":material/error:")
    finally:
        bar.empty()
    return None


def done_message() -> None:
    """The outcome of the last load or undo, above the tabs so it shows whichever tab was used
    (always in the same container, so the tabs below keep their place in the page and the tab
    a user picked stays picked when the message goes away on the next run)."""
    done = st.session_state.pop(up.DONE_KEY, None)
    with st.container():
        if done is not None:
            st.success(done, icon=":material/check_circle:")


def upload(user) -> None:
    """The files, the table each is for, the mode, check and load, and each file's report."""
    lang = current_lang()
    files = st.file_uploader(
        t("unggah.files"),
        type=["csv", "txt", "tsv", "xlsx"],
        accept_multiple_files=True,
        help=t("unggah.files.help"),
        key=up.uploader_key(),
    )
    staged = up.stage_files(files or [])
    choices: list[up.Choice] = []
    names = up.KIND_NAMES
    for item, uploaded in staged:
        cols = st.columns([2, 1]) if item.sheets else [st.container()]
        guess = item.guess
        chosen = cols[0].selectbox(
            t("unggah.table_for", file=md(item.name)),
            options=names,
            index=names.index(guess) if guess in names else None,
            format_func=lambda k: up.kind_title(k, lang),
            placeholder=t("unggah.table.unknown"),
            key=f"unggah_table_{item.file_id}",
        )
        if item.problem is not None:
            cols[0].error(md(item.problem.text(lang)), icon=":material/error:")
        elif guess:
            cols[0].caption(t("unggah.table.guess", table=md(up.kind_title(guess, lang))))
        else:
            cols[0].caption(t("unggah.table.noguess"))
        sheet = None
        if item.sheets:
            sheet = cols[1].selectbox(t("unggah.sheet"), item.sheets, key=f"unggah_sheet_{item.file_id}")
        choices.append(up.Choice(item, chosen, sheet, uploaded))

    if choices:
        mode = st.radio(
            t("unggah.mode"),
            options=["append", "replace"],
            format_func=lambda m: t(f"unggah.mode.{m}"),
            horizontal=True,
            key="unggah_mode",
        )
        if mode == "replace":
            st.warning(t("unggah.mode.replace.warn"), icon=":material/warning:")
        ready = all(c.kind for c in choices)
        signature = up.signature(choices, mode)
        check_col, load_col = st.columns(2)
        if check_col.button(t("unggah.check"), disabled=not ready, type="secondary", width="stretch"):
            st.session_state[up.CHECK_KEY] = (signature, attempt(choices, mode, dry_run=True, user=user))
        checked_sig, checked = st.session_state.get(up.CHECK_KEY, (None, None))
        current = checked if checked_sig == signature else None
        confirmed = True
        if current is not None and current.ok and mode == "replace":
            # a tick belongs to the files it was given for, not to the next upload
            confirmed = st.checkbox(
                t("unggah.confirm_replace"), key=f"unggah_confirm_{up.signature_key(signature)}"
            )
        can_load = current is not None and current.ok and confirmed
        if load_col.button(t("unggah.load"), disabled=not can_load, type="primary", width="stretch"):
            result = attempt(choices, mode, dry_run=False, user=user)
            if result is not None and result.written:
                db.clear()
                st.session_state.pop(up.CHECK_KEY, None)
                up.forget_files()
                st.session_state[up.DONE_KEY] = "\n\n".join(
                    t(
                        "unggah.done",
                        seconds=fmt.number(result.seconds, 1),
                        **{k: f"{getattr(f, k):n}" for k in ("inserted", "updated", "unchanged", "deleted")},
                    )
                    + f" ({md(f.file_name)} → {f.table})"
                    for f in result.files
                )
                st.rerun()
            elif result is not None:
                current = result  # the database changed since the check: show what is wrong now
                st.session_state[up.CHECK_KEY] = (signature, result)
        if current is None:
            st.caption(t("unggah.not_ready"))
        else:
            for report in current.files:
                with st.container(border=True):
                    show_report(report)


def log_and_undo(user) -> None:
    """The import log, and undoing the latest import of a table."""
    lang = current_lang()
    cur = db.connection().cursor()
    try:
        history = import_log(cur)
        latest = latest_imports(cur)
    finally:
        cur.close()
    st.caption(t("unggah.log.caption"))
    if history.empty:
        st.info(t("unggah.log.empty"))
    else:
        st.dataframe(up.log_frame(history, lang), hide_index=True, width="stretch")

    st.subheader(t("unggah.undo.title"))
    undoable = [name for name in TABLES if name in latest]  # in load order
    if not undoable:
        st.caption(t("unggah.undo.none"))
    else:
        name = st.selectbox(
            t("unggah.undo.table"),
            undoable,
            format_func=lambda name: table_title(name, lang),
            key="unggah_undo_table",
        )
        entry = latest[name]
        st.markdown(
            t(
                "unggah.undo.which",
                id=int(entry["import_id"]),
                file=md(entry["file_name"]),
                user=md(entry["username"]),
                when=pd.Timestamp(entry["started_at"]).strftime("%d-%m-%Y %H:%M"),
                inserted=f"{int(entry['inserted']):n}",
                updated=f"{int(entry['updated']):n}",
                deleted=f"{int(entry['deleted']):n}",
            )
        )
        sure = st.checkbox(t("unggah.undo.confirm"), key=f"unggah_undo_confirm_{int(entry['import_id'])}")
        if st.button(t("unggah.undo.button"), disabled=not sure, type="primary"):
            try:
                with up.import_lock_or_busy(), up.writing_or_busy() as w:
                    undo_latest(w.con, name, user=user.username, expected=int(entry["import_id"]))
            except up.ImportBusy:
                st.warning(t("unggah.busy"), icon=":material/hourglass_top:")
            except ImportProblem as problem:
                st.error(problem.text(lang), icon=":material/error:")
            except Exception as exc:
                log_failure(log, "undoing an import", exc)
                st.error(t("unggah.failed"), icon=":material/error:")
            else:
                db.clear()
                st.session_state[up.DONE_KEY] = t("unggah.undo.done", id=int(entry["import_id"]))
                st.rerun()


def _with_cursor(fn, *args):
    """Run ``fn(*args, con)`` on a cursor of its own (templates read this database's codes)."""
    cur = db.connection().cursor()
    try:
        return fn(*args, cur)
    finally:
        cur.close()


def templates() -> None:
    """A table's template (CSV/XLSX with an example row and this database's codes) and its
    data dictionary."""
    lang = current_lang()
    st.caption(t("unggah.tpl.caption"))
    name = st.selectbox(
        t("unggah.tpl.table"),
        list(TABLES),
        format_func=lambda name: table_title(name, lang),
        key="unggah_tpl_table",
    )
    spec = table(name)
    st.caption(t("unggah.tpl.key", keys=", ".join(spec.key)))
    st.dataframe(_with_cursor(dictionary, spec, lang), hide_index=True, width="stretch")
    with st.container(horizontal=True, gap="small"):
        st.download_button(
            t("unggah.tpl.csv"),
            data=lambda: _with_cursor(template_bytes, spec, "csv"),
            file_name=f"templat_{spec.name}.csv",
            mime="text/csv",
            on_click="ignore",
            icon=":material/download:",
        )
        st.download_button(
            t("unggah.tpl.xlsx"),
            data=lambda: _with_cursor(template_bytes, spec, "xlsx"),
            file_name=f"templat_{spec.name}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            on_click="ignore",
            icon=":material/download:",
        )
    with st.expander(t("unggah.admin.title")):
        st.markdown(t("unggah.admin.body"))
