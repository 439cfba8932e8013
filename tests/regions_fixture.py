"""Test databases with more regions than the demo's: the small demo plus copies of its regions.

:func:`add_region_copy` copies one region of a database (its units, posts and
their competency standards, employees and everything recorded about them) into a
new region, with new ids and new NIPs, so that every page has a region more to
draw and the copy's numbers are known (they equal the source region's).
:func:`build_many_regions` builds the small demo and adds copies up to ``n``
regions (used by ``tests/test_regions.py`` and for looking at the pages by hand:
``python tests/regions_fixture.py /tmp/six.duckdb 6``).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import duckdb

# New regions, in the shape a SIASN export makes them (data/importing): an id from the
# instansi's name and its full name. Copies of the demo's regions, not real data.
EXTRA_REGIONS = [
    ("KOTA-BOGOR", "Pemerintah Kota Bogor"),
    ("KAB-BANYUMAS", "Pemerintah Kabupaten Banyumas"),
    ("KOTA-PADANG", "Pemerintah Kota Padang"),
    ("KAB-SLEMAN", "Pemerintah Kabupaten Sleman"),
    ("KOTA-MAKASSAR", "Pemerintah Kota Makassar"),
    ("KAB-KUTAI-KARTANEGARA", "Pemerintah Kabupaten Kutai Kartanegara"),
    ("KOTA-AMBON", "Pemerintah Kota Ambon"),
    ("PROV-BALI", "Pemerintah Provinsi Bali"),
    ("KOTA-KUPANG", "Pemerintah Kota Kupang"),
]


def region_of_employee_sql() -> str:
    """Each employee's region from the raw tables: through the post, or the unit of one without."""
    return """
        select e.nip, u.region_id
        from employees e
        left join positions p on p.position_id = e.position_id
        join units u on u.unit_id = coalesce(p.unit_id, e.unit_id)
    """


def add_region_copy(
    con: duckdb.DuckDBPyConnection, source_region_id: str, new_id: str, new_name: str, sort_order: int
) -> int:
    """Copy region ``source_region_id`` into a new region ``new_id`` / ``new_name`` at
    ``sort_order``; return the number of employees copied.

    Unit and post ids get the prefix ``<new_id>:``; each employee gets a new 18-digit
    NIP with the same first 15 digits (birth date YYYYMMDD, TMT CPNS YYYYMM, sex) and a
    serial (digits 16-18) no other NIP with that prefix has. Evaluations, trainings,
    competency and potential assessments and placements are copied with the new NIPs and
    post ids. Call :func:`analytics.db.refresh_derived` afterwards (or use
    :func:`build_many_regions`) so the marts include the copy.
    """
    prefix = f"{new_id}:"
    province = con.execute("select province from regions where region_id = ?", [source_region_id]).fetchone()
    assert province is not None, f"no region {source_region_id}"
    con.execute(
        "insert into regions (region_id, name, province, sort_order) values (?, ?, ?, ?)",
        [new_id, new_name, province[0], sort_order],
    )
    params = {"src": source_region_id, "prefix": prefix}
    con.execute(
        """create or replace temp table _copy_units as
           select unit_id as old_id, $prefix || unit_id as new_id from units where region_id = $src""",
        params,
    )
    con.execute(
        """create or replace temp table _copy_posts as
           select position_id as old_id, $prefix || position_id as new_id
           from positions where unit_id in (select old_id from _copy_units)""",
        {"prefix": prefix},
    )
    # the source region's employees (by post, or by unit for one without a post) and new NIPs
    con.execute(
        f"""create or replace temp table _copy_people as
            with people as (
                select nip from ({region_of_employee_sql()}) where region_id = $src
            ),
            taken as (  -- the highest serial in use per 15-digit prefix
                select substr(nip, 1, 15) as head, max(cast(substr(nip, 16, 3) as integer)) as top
                from employees group by all
            )
            select p.nip as old_nip,
                   substr(p.nip, 1, 15)
                   || lpad(cast(t.top + row_number() over (partition by substr(p.nip, 1, 15) order by p.nip)
                                as varchar), 3, '0') as new_nip
            from people p join taken t on t.head = substr(p.nip, 1, 15)""",
        {"src": source_region_id},
    )
    (too_big,) = con.execute("select count(*) from _copy_people where length(new_nip) <> 18").fetchone()
    assert too_big == 0, "no free NIP serial left for a copied employee"

    con.execute(
        """insert into units (unit_id, region_id, name, kind, auto_created)
           select c.new_id, $new, u.name, u.kind, u.auto_created
           from units u join _copy_units c on c.old_id = u.unit_id""",
        {"new": new_id},
    )
    con.execute(
        """insert into positions (position_id, unit_id, name, jenis_jabatan, level, eselon,
                                  required_field, staffing_need, auto_created)
           select c.new_id, cu.new_id, p.name, p.jenis_jabatan, p.level, p.eselon,
                  p.required_field, p.staffing_need, p.auto_created
           from positions p join _copy_posts c on c.old_id = p.position_id
           join _copy_units cu on cu.old_id = p.unit_id"""
    )
    con.execute(
        """insert into competency_standards (position_id, competency_id, required_level)
           select c.new_id, s.competency_id, s.required_level
           from competency_standards s join _copy_posts c on c.old_id = s.position_id"""
    )
    post = "(select new_id from _copy_posts where old_id = {col})"
    new_nip = "(select new_nip from _copy_people where old_nip = x.nip)"
    con.execute(
        f"""insert into employees
            select * replace ({new_nip} as nip,
                              {post.format(col="x.position_id")} as position_id,
                              (select new_id from _copy_units where old_id = x.unit_id) as unit_id)
            from employees x where nip in (select old_nip from _copy_people)"""
    )
    for table, posts in (
        ("performance_evaluations", ("position_id",)),
        ("trainings", ()),
        ("competency_assessments", ()),
        ("potential_assessments", ()),
        ("placements", ("from_position_id", "to_position_id")),
    ):
        replaced = ", ".join([f"{new_nip} as nip", *[f"{post.format(col='x.' + c)} as {c}" for c in posts]])
        con.execute(
            f"insert into {table} select * replace ({replaced}) from {table} x "
            "where nip in (select old_nip from _copy_people)"
        )
    (copied,) = con.execute("select count(*) from _copy_people").fetchone()
    for temp in ("_copy_units", "_copy_posts", "_copy_people"):
        con.execute(f"drop table {temp}")
    return int(copied)


def build_many_regions(path: str | Path, n: int, *, scale: float = 0.03) -> list[tuple[str, str, str]]:
    """The small demo at ``path`` with copies of its regions added until it has ``n``;
    returns the copies as (new id, new name, source id). The copies cycle over the
    demo's regions smallest first (fewest employees), so the file stays small."""
    from analytics import db as adb
    from data.demo import build_demo

    build_demo(path, scale=scale)
    con = adb.connect(path)
    try:
        sizes = con.execute(
            f"select region_id, count(*) from ({region_of_employee_sql()}) group by all order by 2, 1"
        ).fetchall()
        sources = [r for r, _ in sizes]
        (last,) = con.execute("select max(sort_order) from regions").fetchone()
        added = []
        for i, (new_id, new_name) in enumerate(EXTRA_REGIONS[: max(n - len(sources), 0)]):
            source = sources[i % len(sources)]
            add_region_copy(con, source, new_id, new_name, last + i + 1)
            added.append((new_id, new_name, source))
        assert n <= len(sources) + len(EXTRA_REGIONS), f"at most {len(sources) + len(EXTRA_REGIONS)} regions"
        adb.refresh_derived(con)
        # a new data version for the dashboard's caches, as an import would give
        con.execute(
            "insert or replace into dataset_info values ('imported_at', ?)", [datetime.now(UTC).isoformat()]
        )
        con.execute("checkpoint")
    finally:
        con.close()
    return added


if __name__ == "__main__":
    target, count = sys.argv[1], int(sys.argv[2])
    Path(target).unlink(missing_ok=True)
    for row in build_many_regions(target, count):
        print(*row)
