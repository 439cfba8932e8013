"""Names to codes: what a SIASN export refers to, found in the database or made.

An export names things, it does not code them: a region by ``INSTANSI KERJA
NAMA`` ("Pemerintah Kota Bogor"), a unit by ``UNOR NAMA``, a post by
``JABATAN NAMA``, a person (in the riwayat exports) by SIASN's PNS ID. After
every file of an upload is staged (:mod:`data.importing.validate`), a
:class:`Resolver` fills those codes, in SQL over the staged tables:

* a region is matched on its name with the prefixes folded ("Pemerintah Kota X",
  "Pemkot X" and "Kota X" are one region; so are "Pemerintah Provinsi DKI
  Jakarta" and "Pemprov DKI Jakarta"), else made with a stable id from that
  name (``KOTA-BOGOR``, ``KAB-BOGOR``, ``PROV-JAWA-BARAT``);
* a unit on (region, name) and a post on (unit, name), names compared by
  :func:`fold` (case, accents, punctuation, line breaks and repeated spaces
  ignored), else made: ``<region>-U<6 hex>`` and ``<unit>-J<6 hex>`` from a hash of
  the folded name, so the same export gives the same codes whenever it is
  loaded. A made post has no ABK need, required field or competency standard
  (``auto_created``); its jenjang comes from the eselon (struktural), the
  jenjang words of its name (fungsional: Ahli Muda, Terampil ...) or is
  Pelaksana; a name without a jenjang leaves it empty;
* a NIP from the PNS ID of an employee in the database or the same upload.

Made rows sit in ``_imp_new_regions``, ``_imp_new_units`` and
``_imp_new_positions`` with the index of the file that caused them; the loader
writes them in the same transaction. A row whose code cannot be found says why
in ``_why_<column>`` (``region_unknown``, ``unit_missing`` with the closest
existing post named, ``position_ambiguous`` ...), which row_errors reports.

A riwayat jabatan (a history of posts) becomes placements here too:
:func:`history_placements`.
"""

from __future__ import annotations

import duckdb

from analytics import reference as ref
from data.importing.validate import Batch, _code_sql

SIMILAR = 0.92  # Jaro-Winkler similarity of folded names above which a made post is "like" an existing one


def fold(x: str) -> str:
    """SQL: a name as compared (lower case, no accents, punctuation or repeated spaces)."""
    return f"trim(regexp_replace(lower(strip_accents({x})), '[^a-z0-9]+', ' ', 'g'))"


def tidy(x: str) -> str:
    """SQL: a name as stored when made from an export (line breaks and repeated spaces made one)."""
    return f"trim(regexp_replace({x}, '\\s+', ' ', 'g'))"


def region_key(x: str) -> str:
    """SQL: a region's name with its prefixes folded: 'provinsi dki jakarta', 'kota bogor', 'kabupaten bogor'."""
    f = fold(x)
    gov = "^(pemerintah )?(daerah )?"
    f = f"regexp_replace({f}, '{gov}(pemerintah provinsi|pemprov|pemprop|provinsi|propinsi|prov)( |$)', 'provinsi ')"
    f = f"regexp_replace({f}, '{gov}(pemerintah kota|pemkot|kota)( |$)', 'kota ')"
    f = f"regexp_replace({f}, '{gov}(pemerintah kabupaten|pemkab|kabupaten|kab)( |$)', 'kabupaten ')"
    return f"trim({f})"


def region_id_from_key(key: str) -> str:
    """SQL: a stable short id from a region key: KOTA-BOGOR, KAB-BOGOR, PROV-DKI-JAKARTA."""
    short = f"regexp_replace(regexp_replace({key}, '^kabupaten ', 'kab '), '^provinsi ', 'prov ')"
    return f"upper(left(replace({short}, ' ', '-'), 30))"


def unit_kind(f: str) -> str:
    """SQL: the kind of a unit from its folded name (else 'lainnya')."""
    rules = [
        ("sekretariat", "^sekretariat( |$)"),
        ("dinas", "^dinas( |$)"),
        ("badan", "^badan( |$)"),
        ("kecamatan", "^kecamatan( |$)"),
        ("kelurahan", "^kelurahan( |$)"),
        ("inspektorat", "^inspektorat"),
        ("satpol", "^(satuan polisi pamong praja|satpol)"),
        ("rsud", "^(rsud|rumah sakit)"),
        ("puskesmas", "(^| )puskesmas( |$)"),
        ("sekolah", "^(sd|sdn|smp|smpn|sma|sman|smk|smkn|tk|tkn|slb|sekolah)( |$)"),
        ("upt", "^(upt|uptd)( |$)"),
    ]
    whens = " ".join(f"when regexp_matches({f}, '{pattern}') then '{kind}'" for kind, pattern in rules)
    return f"(case {whens} else 'lainnya' end)"


_LEVEL_BY_ESELON = " ".join(
    f"when {e} then '{lvl}'"
    for e, lvl in (
        (11, "JPT Madya"),
        (12, "JPT Madya"),
        (21, "JPT Pratama"),
        (22, "JPT Pratama"),
        (31, "Administrator"),
        (32, "Administrator"),
        (41, "Pengawas"),
        (42, "Pengawas"),
    )
)
_JENJANG_WORDS = (
    ("ahli utama", "Ahli Utama"),
    ("ahli madya", "Ahli Madya"),
    ("ahli muda", "Ahli Muda"),
    ("ahli pertama", "Ahli Pertama"),
    ("penyelia", "Terampil"),
    ("mahir", "Terampil"),
    ("terampil", "Terampil"),
    ("pemula", "Terampil"),
)
assert {lvl for _w, lvl in _JENJANG_WORDS} <= {lvl for lvl, *_ in ref.JABATAN_LEVELS}


def _jenjang(f: str) -> str:
    whens = " ".join(f"when contains(' ' || {f} || ' ', ' {w} ') then '{lvl}'" for w, lvl in _JENJANG_WORDS)
    return f"(case {whens} end)"


class Resolver:
    """Finds and makes the regions, units and posts of one upload (see the module doc).

    ``batch``: the staged tables of the upload by table name (files for regions,
    units, positions and employees count as known, like the database's rows).
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, batch: Batch):
        self.con = con
        self.batch = batch
        con.execute(
            "create or replace temp table _imp_new_regions as "
            "select region_id, name, province, sort_order, 0::integer as _source from regions where false"
        )
        con.execute(
            "create or replace temp table _imp_new_units as "
            "select unit_id, region_id, name, kind, auto_created, 0::integer as _source from units where false"
        )
        con.execute(
            "create or replace temp table _imp_new_positions as select position_id, unit_id, name, jenis_jabatan, "
            "level, eselon, required_field, staffing_need, auto_created, 0::integer as _source "
            "from positions where false"
        )
        self.refresh_known()

    def _union(self, table: str, cols: str, new: str) -> str:
        parts = [f"select {cols} from {table}"]
        parts += [f"select {cols} from {staged}" for staged in self.batch.get(table, [])]
        parts.append(f"select {cols} from {new}")
        return " union all ".join(parts)

    def refresh_known(self) -> None:
        """The regions, units and posts names are matched against: database, files, made."""
        con = self.con
        con.execute(
            f"""
            create or replace temp table _imp_known_regions as
            select distinct region_id, {region_key("name")} as rkey
            from ({self._union("regions", "region_id, name", "_imp_new_regions")})
            """
        )
        con.execute(
            f"""
            create or replace temp table _imp_known_units as
            select distinct unit_id, region_id, {fold("name")} as ukey
            from ({self._union("units", "unit_id, region_id, name", "_imp_new_units")})
            """
        )
        con.execute(
            f"""
            create or replace temp table _imp_known_posts as
            select distinct position_id, unit_id, {fold("name")} as pkey, name, level, auto_created
            from ({self._union("positions", "position_id, unit_id, name, level, auto_created", "_imp_new_positions")})
            """
        )

    # ---------------------------------------------------------------- codes given as names
    def region_ids(self, name: str) -> None:
        """A units file may name its region ("Kota Salatiga") instead of coding it."""
        self.con.execute(
            f"""
            create or replace temp table {name} as
            select t.* replace (coalesce(
                (select k.region_id from _imp_known_regions k where k.region_id = t.region_id limit 1),
                (select min(k.region_id) from _imp_known_regions k where k.rkey = {region_key("t.region_id")}),
                t.region_id) as region_id)
            from {name} t
            """
        )

    def nips(self, name: str, *, diagnostic: bool = False) -> None:
        """Fill an empty NIP from SIASN's PNS ID (employees of the database or the upload).

        ``diagnostic``: the table keeps the raw text (``v_nip``), so a NIP that was given
        but cannot be read is left to its own cell check instead of being "required"."""
        given = "t.v_nip is not null" if diagnostic else "false"
        known = ["select nip, pns_id from employees where pns_id is not null"]
        known += [
            f"select nip, pns_id from {s} where pns_id is not null" for s in self.batch.get("employees", [])
        ]
        self.con.execute(
            f"""
            create or replace temp table {name} as
            with known as ({" union all ".join(known)}),
            found as (
                select t.rowid as _rid, min(k.nip) as nip, count(distinct k.nip) as n
                from {name} t join known k on k.pns_id = t.h_pns_id
                where t.nip is null
                group by t.rowid
            )
            select t.* replace (coalesce(t.nip, case when f.n = 1 then f.nip end) as nip),
                case when t.nip is not null or {given} then null
                     when t.h_pns_id is null then 'required'
                     when f.n > 1 then 'pns_id_ambiguous'
                     when f.nip is null then 'pns_id_not_found' end as _why_nip,
                null::varchar as _hint_nip
            from {name} t left join found f on f._rid = t.rowid
            """
        )
        self._flag(name, "nip")

    def _flag(self, name: str, col: str) -> None:
        self.con.execute(
            f"create or replace temp table {name} as "
            f"select * replace (_bad or _why_{col} is not null as _bad) from {name}"
        )

    # ---------------------------------------------------------------- posts by name
    def posts(
        self, name: str, source: int, *, helpers: set[str], employees: bool, create: bool = True
    ) -> None:
        """Fill the post of every row of staged ``name`` that names it instead of coding it.

        ``employees``: rows are employees (a row with a unit and no post name is an
        employee without a post: its unit_id is set); otherwise a post history (the
        region is the employee's). ``create``: make what is not found (the first pass);
        the diagnostic pass only finds, and so sees the same results.
        """
        con = self.con

        def helper(h: str) -> str:
            return f"t.h_{h}" if h in helpers else "null::varchar"

        jenis = _code_sql(helper("jenis"), "jenis_jabatan") if "jenis" in helpers else "null::integer"
        eselon = (
            _code_sql(_blank_eselon(helper("eselon")), "eselon") if "eselon" in helpers else "null::integer"
        )
        region_hint = (
            "null::varchar"
            if employees
            else "(select r.region_id from _imp_emp_regions r where r.nip = t.nip)"
        )
        # an employee coded to a unit and naming no post is one without a post: nothing to find
        coded_unit = (
            f" and not (t.unit_id is not null and {helper('position_name')} is null and {helper('unit_name')} is null)"
            if employees
            else ""
        )
        con.execute(
            f"""
            create or replace temp table _rs as
            select t.rowid as _rid, {helper("agency_name")} as agency, {helper("unit_name")} as unit_name,
                {helper("position_name")} as post_name, coalesce({fold(helper("unit_name"))}, '') as ukey,
                coalesce({fold(helper("position_name"))}, '') as pkey, {jenis} as jenis, {eselon} as eselon,
                {region_hint} as region_hint
            from {name} t
            where t.position_id is null{coded_unit}
            """
        )
        # regions: by name; one region in all is the region of rows that name none
        only = con.execute(
            "select min(region_id), count(distinct region_id) from _imp_known_regions"
        ).fetchall()[0]
        province = tidy("regexp_replace(w.name, '^.*?(Provinsi|Propinsi|Prov[.]?|Pemprov) *', '', 'i')")
        if create:
            con.execute(
                f"""
                insert into _imp_new_regions
                with wanted as (
                    select {region_key("agency")} as rkey, min({tidy("agency")}) as name
                    from _rs where agency is not null group by all
                )
                select {region_id_from_key("w.rkey")}, w.name,
                    case when w.rkey like 'provinsi %' then {province} end,
                    (select coalesce(max(sort_order), 0) from ({self._union("regions", "sort_order", "_imp_new_regions")}))
                        + row_number() over (order by w.rkey),
                    {int(source)}
                from wanted w
                where not exists (select 1 from _imp_known_regions k where k.rkey = w.rkey)
                  and not exists (select 1 from _imp_known_regions k
                                  where k.region_id = {region_id_from_key("w.rkey")})
                """
            )
            self.refresh_known()
        single = f"'{only[0]}'" if only[1] == 1 else "null::varchar"
        # without INSTANSI KERJA NAMA: the employee's region (a history), the only region, or
        # the region of the only unit of that name
        con.execute(
            f"""
            create or replace temp table _rs as
            with by_unit as (
                select ukey, min(region_id) as region_id, count(distinct region_id) as regions
                from _imp_known_units group by all
            )
            select r.*, coalesce(
                (select min(k.region_id) from _imp_known_regions k where k.rkey = {region_key("r.agency")}),
                r.region_hint,
                case when r.agency is null then {single} end,
                case when r.agency is null and u.regions = 1 then u.region_id end) as region_id,
                coalesce(u.regions, 0) as unit_regions
            from _rs r left join by_unit u on u.ukey = r.ukey
            """
        )
        # units: by (region, folded name); made where not found
        if create:
            con.execute(
                f"""
                insert into _imp_new_units
                with wanted as (
                    select region_id, ukey, min({tidy("unit_name")}) as name
                    from _rs where region_id is not null and ukey <> '' group by all
                )
                select w.region_id || '-U' || upper(left(md5(w.region_id || '|' || w.ukey), 6)), w.region_id,
                    w.name, {unit_kind("w.ukey")}, true, {int(source)}
                from wanted w
                where not exists (select 1 from _imp_known_units k where k.region_id = w.region_id and k.ukey = w.ukey)
                """
            )
            self.refresh_known()
        con.execute(
            """
            create or replace temp table _rs as
            select r.*, u.unit_id, coalesce(u.n, 0) as unit_matches
            from _rs r
            left join (
                select region_id, ukey, min(unit_id) as unit_id, count(*) as n
                from _imp_known_units group by all
            ) u on u.region_id = r.region_id and u.ukey = r.ukey
            """
        )
        # posts: by (unit, folded name); made where not found
        jenis_final = (
            "case when eselon is not null then 1 when jenis is not null then jenis "
            f"when {_jenjang('pkey')} is not null then 2 else 4 end"
        )
        if create:
            con.execute(
                f"""
                insert into _imp_new_positions
                with wanted as (
                    select unit_id, pkey, min({tidy("post_name")}) as name, mode(jenis) as jenis, mode(eselon) as eselon
                    from _rs where unit_id is not null and unit_matches = 1 and pkey <> '' group by all
                ),
                typed as (select *, {jenis_final} as jenis_final from wanted)
                select w.unit_id || '-J' || upper(left(md5(w.unit_id || '|' || w.pkey), 6)), w.unit_id, w.name,
                    w.jenis_final,
                    case w.jenis_final when 1 then (case w.eselon {_LEVEL_BY_ESELON} end)
                        when 2 then {_jenjang("w.pkey")} else 'Pelaksana' end,
                    case when w.jenis_final = 1 then w.eselon end,
                    null, null, true, {int(source)}
                from typed w
                where not exists (select 1 from _imp_known_posts k where k.unit_id = w.unit_id and k.pkey = w.pkey)
                  and not (w.jenis_final = 1 and w.eselon is null)
                """
            )
            self.refresh_known()
        closest = """(select arg_max(k.name, jaro_winkler_similarity(k.pkey, r.pkey))
                      from _imp_known_posts k join _imp_known_units u using (unit_id)
                      where u.region_id = r.region_id and not k.auto_created)"""
        con.execute(
            f"""
            create or replace temp table _rs as
            with matches as (
                select unit_id, pkey, min(position_id) as position_id, count(*) as n
                from _imp_known_posts group by all
            )
            select r.*, m.position_id, coalesce(m.n, 0) as post_matches,
                case
                    when r.ukey = '' and r.pkey = '' then 'required'
                    when r.region_id is null and r.unit_regions > 1 then 'position_ambiguous'
                    when r.region_id is null then 'region_unknown'
                    when r.ukey = '' then 'unit_missing'
                    when r.unit_matches > 1 then 'unit_ambiguous'
                    when r.pkey = '' then {"null" if employees else "'required'"}
                    when coalesce(m.n, 0) > 1 then 'position_ambiguous'
                    when m.position_id is null and r.eselon is null
                         and (r.jenis = 1) then 'eselon_missing'
                    when m.position_id is null then 'position_not_found'
                end as why,
                case when r.ukey = '' and r.pkey <> '' then {closest} end as hint
            from _rs r
            left join matches m on m.unit_id = r.unit_id and m.pkey = r.pkey
            """
        )
        unit_col = (
            ", case when position_id is null and why is null then unit_id end as _unit" if employees else ""
        )
        con.execute(
            f"""
            create or replace temp table {name} as
            with r as (select _rid, position_id, why, hint, unit_id{unit_col} from _rs)
            select t.* replace (
                    coalesce(t.position_id, r.position_id) as position_id
                    {", coalesce(t.unit_id, r._unit) as unit_id" if employees else ""}
                ),
                r.why as _why_position_id, r.hint as _hint_position_id
            from {name} t left join r on r._rid = t.rowid
            """
        )
        self._flag(name, "position_id")

    def employee_regions(self) -> None:
        """nip -> region of every employee in the database or the upload (a post history's region)."""
        parts = ["select nip, region_id from v_employees"]
        for staged in self.batch.get("employees", []):
            parts.append(
                f"""select e.nip, u.region_id from {staged} e
                    left join _imp_known_posts p on p.position_id = e.position_id
                    join _imp_known_units u on u.unit_id = coalesce(p.unit_id, e.unit_id)"""
            )
        self.con.execute(
            "create or replace temp table _imp_emp_regions as "
            "select nip, arg_max(region_id, src) as region_id from ("
            + " union all ".join(f"select *, {i} as src from ({p})" for i, p in enumerate(parts))
            + ") group by nip"
        )

    # ---------------------------------------------------------------- what was made
    def made(self, source: int) -> dict[str, int]:
        """How many regions, units and posts file ``source`` made."""
        out = {}
        for table in ("regions", "units", "positions"):
            out[table] = int(
                self.con.execute(
                    f"select count(*) from _imp_new_{table} where _source = ?", [source]
                ).fetchall()[0][0]
            )
        return out

    def similar_posts(self, source: int, limit: int = 20) -> list[tuple[str, str]]:
        """(made post, existing post) pairs whose names are nearly the same: a typo in the export?"""
        return self.con.execute(
            f"""
            select n.name, arg_max(k.name, jaro_winkler_similarity({fold("n.name")}, k.pkey)) as closest
            from _imp_new_positions n
            join _imp_known_posts k on k.unit_id = n.unit_id and not k.auto_created
            where n._source = ? and jaro_winkler_similarity({fold("n.name")}, k.pkey) >= {SIMILAR}
            group by n.name order by n.name limit {int(limit)}
            """,
            [source],
        ).fetchall()

    def staged_new(self, table: str, source: int) -> str:
        """A staged table of what file ``source`` made for ``table`` (its columns, ``_bad`` false)."""
        name = f"_imp_made_{table}_{source}"
        self.con.execute(
            f"create or replace temp table {name} as "
            f"select * exclude (_source), false as _bad from _imp_new_{table} where _source = {int(source)}"
        )
        return name


def _blank_eselon(v: str) -> str:
    """SIASN's eselon "NON", "-", "00" or "99" is no eselon."""
    norm = f"lower(regexp_replace({v}, '[\\s_.\\-]', '', 'g'))"
    return f"(case when {norm} in ('non', 'noneselon', '', '0', '00', '99') then null else {v} end)"


def history_placements(con: duckdb.DuckDBPyConnection, history: str, name: str) -> int:
    """Placements from a staged post history: consecutive posts of one NIP are a move.

    The first post of a NIP is its appointment (pengangkatan); each later change
    of post is a move on the TMT of the new post: promosi when the jenjang rises
    (jabatan_levels.rank_order), else rotasi within the same unit, else mutasi.
    A row repeating the post before it (a new SK for the same post) is no move.
    All are executed and marked inferred. Returns the number of placements.
    """
    con.execute(
        f"""
        create or replace temp table {name} as
        with h as (
            select nip, position_start, position_id, _bad,
                lag(position_id) over (partition by nip order by position_start, rowid) as previous
            from {history}
            where nip is not null and position_id is not null and position_start is not null
        ),
        moves as (
            select h.nip, h.position_start as effective_date, h.previous as from_position_id,
                h.position_id as to_position_id,
                case
                    when h.previous is null then 'pengangkatan'
                    when lt.rank_order < lf.rank_order then 'promosi'
                    when pt.unit_id = pf.unit_id then 'rotasi'
                    else 'mutasi'
                end as move_type
            from h
            left join _imp_known_posts pf on pf.position_id = h.previous
            left join _imp_known_posts pt on pt.position_id = h.position_id
            left join jabatan_levels lf on lf.level = pf.level
            left join jabatan_levels lt on lt.level = pt.level
            where h.previous is distinct from h.position_id
        )
        select nip, effective_date, from_position_id, to_position_id, move_type,
            'executed' as status, null::varchar as reason, true as inferred, false as _bad
        from moves
        qualify row_number() over (partition by nip, effective_date, to_position_id order by from_position_id) = 1
        """
    )
    return int(con.execute(f"select count(*) from {name}").fetchall()[0][0])
