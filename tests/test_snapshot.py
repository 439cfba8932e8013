"""Published snapshots (issue #13, ``analytics.snapshot``): a writer works on a copy and
publishes it in one rename; readers keep the snapshot they opened; writers take turns
across processes; a failed write publishes nothing; the CLI loads while another process
reads the database."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from analytics import db as adb
from analytics import snapshot

ROOT = Path(__file__).resolve().parents[1]
EVALUATIONS = "select count(*) from performance_evaluations"


@pytest.fixture
def db(small_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "asn.duckdb"
    shutil.copyfile(small_db, path)
    return path


def one(con: duckdb.DuckDBPyConnection, sql: str, params=()):
    return con.execute(sql, list(params)).fetchall()[0][0]


def drop_evaluations(con: duckdb.DuckDBPyConnection, n: int) -> None:
    con.execute(
        f"delete from performance_evaluations where rowid in (select rowid from performance_evaluations limit {n})"
    )


def test_a_write_is_published_and_a_reader_keeps_its_snapshot(db: Path) -> None:
    target, reader = adb.read_current(db)
    assert target == db  # a plain file (a fresh demo) is its own snapshot
    before = one(reader, EVALUATIONS)
    with snapshot.writing(db) as w:
        drop_evaluations(w.con, 10)
    assert db.is_symlink() and snapshot.current(db) == w.path
    assert w.path.name.startswith("asn.duckdb.v") and set(w.timings) == {"copy", "checkpoint", "publish"}
    assert one(reader, EVALUATIONS) == before  # the open reader still reads what it opened
    target2, fresh = adb.read_current(db)
    assert target2 == w.path and one(fresh, EVALUATIONS) == before - 10
    assert not Path(f"{w.path}.wal").exists()  # published checkpointed: readers need no log
    reader.close()
    fresh.close()


def test_a_failed_write_publishes_nothing(db: Path) -> None:
    before = one(duckdb.connect(str(db), read_only=True), EVALUATIONS)
    with pytest.raises(ZeroDivisionError), snapshot.writing(db) as w:
        drop_evaluations(w.con, 10)
        _ = 1 / 0
    assert not db.is_symlink() and snapshot.snapshots(db) == [] and not w.path.exists()
    with snapshot.writing(db) as w:
        drop_evaluations(w.con, 10)
        w.discard()
    assert not db.is_symlink() and snapshot.snapshots(db) == []
    with duckdb.connect(str(db), read_only=True) as con:
        assert one(con, EVALUATIONS) == before


def test_a_refusal_can_still_publish_what_was_committed(db: Path) -> None:
    """An import refused while writing rolls back its rows but logs the refusal."""
    with pytest.raises(LookupError), snapshot.writing(db, publish_despite=(LookupError,)) as w:
        w.con.execute("insert or replace into dataset_info values ('refused', 'yes')")
        raise LookupError("refused")
    _, con = adb.read_current(db)
    assert one(con, "select value from dataset_info where key = 'refused'") == "yes"
    con.close()


def test_only_the_current_and_previous_snapshots_stay(db: Path) -> None:
    made = []
    for i in range(4):
        with snapshot.writing(db) as w:
            w.con.execute("insert or replace into dataset_info values ('round', ?)", [str(i)])
        made.append(w.path)
        if i == 1:
            _, reader = adb.read_current(db)  # reads round 1
    assert snapshot.snapshots(db) == made[-2:]
    assert not made[1].exists()
    assert one(reader, "select value from dataset_info where key = 'round'") == "1"  # deleted, still read
    reader.close()


def test_a_second_writer_waits_or_is_told_busy(db: Path) -> None:
    with snapshot.writer_lock(db):
        start = time.monotonic()
        with pytest.raises(snapshot.WriterBusy), snapshot.writing(db, timeout=0.3):
            pass
        assert time.monotonic() - start >= 0.3
    assert snapshot.snapshots(db) == []


WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from analytics import snapshot
    db, key, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    while not go.exists():
        time.sleep(0.01)
    with snapshot.writing(db) as w:
        w.con.execute("insert or replace into dataset_info values (?, 'written')", [key])
        time.sleep(0.5)  # the other writer starts meanwhile
    """
)


def test_writers_in_two_processes_take_turns_and_lose_nothing(db: Path, tmp_path: Path) -> None:
    go = tmp_path / "go"
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(db), f"writer_{i}", str(go)], cwd=ROOT)
        for i in range(2)
    ]
    time.sleep(1.5)  # both imported and waiting
    go.touch()
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    _, con = adb.read_current(db)
    keys = {k for (k,) in con.execute("select key from dataset_info where value = 'written'").fetchall()}
    assert keys == {"writer_0", "writer_1"}  # without the lock the second copy would drop the first's
    con.close()


READER = textwrap.dedent(
    """
    import sys
    from analytics import db as adb
    target, con = adb.read_current(sys.argv[1])
    q = "select count(*) from performance_evaluations"
    print(con.execute(q).fetchall()[0][0], flush=True)
    sys.stdin.readline()  # the test loads meanwhile
    print(con.execute(q).fetchall()[0][0], flush=True)
    print(adb.read_current(sys.argv[1])[1].execute(q).fetchall()[0][0], flush=True)
    """
)


def evaluation_csv(db: Path, path: Path) -> Path:
    """One new annual evaluation of an employee in a post, as the template has it."""
    with duckdb.connect(str(db), read_only=True) as con:
        nip, post = con.execute(
            "select e.nip, e.position_id from employees e where e.position_id is not null "
            "and not exists (select 1 from performance_evaluations p where p.nip = e.nip "
            "and p.period_start = date '2026-01-01' and p.period_type = 'tahunan') order by e.nip limit 1"
        ).fetchall()[0]
    path.write_text(
        "NIP,Periode,Awal Periode,Akhir Periode,ID Jabatan,Rating Hasil Kerja,Rating Perilaku,Predikat\n"
        f"{nip},tahunan,2026-01-01,2026-12-31,{post},2,2,2\n",
        encoding="utf-8",
    )
    return path


def test_the_cli_loads_while_another_process_reads(db: Path, tmp_path: Path) -> None:
    """Before #13 the loader refused: the dashboard's process held the file."""
    csv = evaluation_csv(db, tmp_path / "skp.csv")
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        before = int(reader.stdout.readline())
        run = subprocess.run(
            [sys.executable, "-m", "data.load", "evaluations", str(csv), "--db", str(db)],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        assert "baru 1" in run.stdout
        out, _ = reader.communicate("\n", timeout=120)
    finally:
        reader.kill()
    kept, fresh = (int(v) for v in out.split())
    assert (kept, fresh) == (before, before + 1)
    # the dry run and the log read the snapshot without writing one
    published = snapshot.snapshots(db)
    for args in (["evaluations", str(csv), "--dry-run"], ["--log"]):
        run = subprocess.run(
            [sys.executable, "-m", "data.load", *args, "--db", str(db)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stderr
    assert snapshot.snapshots(db) == published


def test_a_file_of_older_code_is_brought_up_to_date_by_a_writer(db: Path) -> None:
    with duckdb.connect(str(db)) as con:
        con.execute("update dataset_info set value = 'older' where key = 'derived_version'")
    target, con = adb.read_current(db)
    assert target != db and db.is_symlink() and adb.derived_is_current(con)
    assert os.access(target, os.R_OK)
    con.close()


def test_a_snapshot_pruned_while_being_opened_is_resolved_again(db: Path, monkeypatch) -> None:
    gone = db.with_name("asn.duckdb.v20000101T000000000000")
    answers = iter([gone])
    real = snapshot.current
    monkeypatch.setattr(snapshot, "current", lambda p: next(answers, None) or real(p))
    target, con = adb.read_current(db)
    assert target == db and not gone.exists()  # no empty file made in its place
    con.close()
