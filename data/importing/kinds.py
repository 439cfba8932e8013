"""What a file is: a SIASN export or a template, told apart by its headers.

A :class:`Kind` names what a file was taken for (``Data PNS (SIASN)``,
``Riwayat kursus (SIASN)``, ``Templat pegawai`` ...), the table it fills, the
headers that identify it, and what its rows need beyond renamed columns:

* columns computed from several of the file's columns, as SQL over the raw
  text cells (``c0``, ``c1`` ...): an evaluation period from ``tahun`` +
  ``bulanMulaiPenilaian`` + ``bulanSelesaiPenilaian``, the title of a structural
  diklat from ``latihanStrukturalId``;
* helper columns (``h_*``) that :mod:`data.importing.resolve` turns into codes:
  a post and unit found, or made, from ``JABATAN NAMA`` + ``UNOR NAMA`` (+
  ``INSTANSI KERJA NAMA`` for the region), a NIP from SIASN's PNS ID.

SIASN field names are those of its web service (``nipBaru``, ``jumlahJam``,
``tmtJabatan`` ...; the public SDK black-coffee04/ws-siasn-php lists them) and
of its web exports (``NIP BARU``, ``JUMLAH JAM``, ``TMT JABATAN``), compared
after :func:`~data.importing.tables.header_key`. :func:`detect` picks the kind;
:func:`known_header_keys` is what the header-row search in
:mod:`data.importing.read` looks for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from analytics import reference as ref
from data.importing.tables import _NIP_HEADERS, TABLES, Col, Table, _nip, header_key


def _keys(*names: str) -> frozenset[str]:
    return frozenset(header_key(n) for n in names)


NIP_KEYS = _keys("nip", *_NIP_HEADERS)
PNS_ID_KEYS = _keys("PNS ID", "pnsId", "pnsOrangId", "pnsDinilaiId", "id pns", "PNS ORANG ID")
POST_NAME_KEYS = _keys(
    "JABATAN NAMA", "nama jabatan", "jabatanNama", "jabatanFungsionalNama", "jabatanStrukturalNama",
    "jabatanFungsionalUmumNama", "jabatanPelaksanaNama", "NAMA JABATAN FUNGSIONAL", "NAMA JABATAN STRUKTURAL",
)  # fmt: skip
UNIT_NAME_KEYS = _keys("UNOR NAMA", "nama unor", "nama unit", "unorNama", "unit kerja", "NAMA UNOR")
AGENCY_KEYS = _keys(
    "INSTANSI KERJA NAMA", "instansi", "instansiKerjaNama", "nama instansi", "INSTANSI INDUK NAMA"
)
JENIS_KEYS = _keys(
    "JENIS JABATAN NAMA", "JENIS JABATAN ID", "jenisJabatan", "jenis jabatan", "jenisJabatanId"
)
ESELON_KEYS = _keys("ESELON NAMA", "ESELON ID", "eselonId", "eselon", "eselonNama")
YEAR_KEYS = _keys("tahun", "tahun penilaian", "TAHUN SKP")
MONTH_FROM_KEYS = _keys("bulanMulaiPenilaian", "bulan mulai penilaian", "bulan mulai")
MONTH_TO_KEYS = _keys("bulanSelesaiPenilaian", "bulan selesai penilaian", "bulan selesai")
YEAR_FROM_KEYS = _keys("tahunMulaiPenilaian", "tahun mulai penilaian")
YEAR_TO_KEYS = _keys("tahunSelesaiPenilaian", "tahun selesai penilaian")
PERIODIK_KEYS = _keys("periodikId", "periodik id", "jenis periodik")
COURSE_YEAR_KEYS = _keys("tahunKursus", "tahun kursus", "tahun diklat", "tahun")
STRUCT_ID_KEYS = _keys("latihanStrukturalId", "latihan struktural id")
STRUCT_NAME_KEYS = _keys(
    "latihanStrukturalNama", "latihan struktural nama", "nama diklat struktural", "diklat struktural"
)
STRUCT_DATE_KEYS = _keys("tanggal", "tanggal diklat", "tanggal mulai diklat")
STRUCT_END_KEYS = _keys("tanggalSelesai", "tanggal selesai", "tanggal selesai diklat")

# Helper columns: resolved into codes by data.importing.resolve
HELPER_KEYS: dict[str, frozenset[str]] = {
    "position_name": POST_NAME_KEYS,
    "unit_name": UNIT_NAME_KEYS,
    "agency_name": AGENCY_KEYS,
    "jenis": JENIS_KEYS,
    "eselon": ESELON_KEYS,
    "pns_id": PNS_ID_KEYS,
}


def _first(idx: dict[str, int], keys: frozenset[str]) -> int | None:
    """The index of the first column whose header is one of ``keys``."""
    found = [i for k, i in idx.items() if k in keys]
    return min(found) if found else None


def _cell(i: int) -> str:
    return f"nullif(trim(c{i}), '')"


# ---------------------------------------------------------------- computed columns
Exprs = dict[str, tuple[str, str]]  # column -> (SQL over c-cells giving text, the headers it is made from)


def _period_exprs(idx: dict[str, int], headers: list[str]) -> Exprs:
    """period_type, period_start, period_end of a SIASN kinerja row from tahun and months.

    bulanMulai = bulanSelesai: bulanan; three months: triwulan; 1..12, or no months
    at all (an annual SKP): tahunan. SIASN's periodikId (1 bulanan, 2 triwulan) wins
    where present. Year-spanning periods take tahunMulai/tahunSelesaiPenilaian.
    """
    year = _first(idx, YEAR_KEYS)
    m0, m1 = _first(idx, MONTH_FROM_KEYS), _first(idx, MONTH_TO_KEYS)
    y0, y1 = _first(idx, YEAR_FROM_KEYS), _first(idx, YEAR_TO_KEYS)
    periodik = _first(idx, PERIODIK_KEYS)
    if year is None and y0 is None:
        return {}
    ys = _cell(y0) if y0 is not None else _cell(year)
    ye = _cell(y1) if y1 is not None else _cell(year) if year is not None else ys
    ms = _cell(m0) if m0 is not None else "'1'"
    me = _cell(m1) if m1 is not None else (_cell(m0) if m0 is not None else "'12'")

    def as_int(v: str) -> str:
        return f"try_cast(try_cast({v} as double) as integer)"

    start = f"make_date({as_int(ys)}, {as_int(ms)}, 1)"
    end = f"last_day(make_date({as_int(ye)}, {as_int(me)}, 1))"
    span = f"(({as_int(ye)} * 12 + {as_int(me)}) - ({as_int(ys)} * 12 + {as_int(ms)}))"
    by_span = f"case {span} when 0 then 'bulanan' when 2 then 'triwulan' when 11 then 'tahunan' end"
    if periodik is not None:
        p = _cell(periodik)
        kind = f"coalesce(case {p} when '1' then 'bulanan' when '2' then 'triwulan' else {p} end, {by_span})"
    else:
        kind = by_span
    names = [headers[i] for i in (year, y0, y1, m0, m1) if i is not None]
    shown = " + ".join(dict.fromkeys(names))
    return {
        "period_type": (kind, shown),
        "period_start": (f"strftime(try({start}), '%Y-%m-%d')", shown),
        "period_end": (f"strftime(try({end}), '%Y-%m-%d')", shown),
    }


def _course_exprs(idx: dict[str, int], headers: list[str]) -> Exprs:
    """A course record with a year and no date starts (and ends) on 1 January of that year."""
    year = _first(idx, COURSE_YEAR_KEYS)
    out: Exprs = {}
    start_col = TABLES["trainings"].col("start_date")
    start = next((i for k, i in idx.items() if k in start_col.headers()), None)
    if year is not None:
        y = _cell(year)
        fallback = (
            f"case when try_cast(try_cast({y} as double) as integer) is not null then {y} || '-01-01' end"
        )
        if start is None:
            out["start_date"] = (fallback, headers[year])
        else:
            out["start_date"] = (
                f"coalesce({_cell(start)}, {fallback})",
                f"{headers[start]} / {headers[year]}",
            )
    return out


def _struct_exprs(idx: dict[str, int], headers: list[str]) -> Exprs:
    """Riwayat diklat struktural: the title from SIASN's latihanStrukturalId (or its name),
    jenis diklat 1 (Struktural), category leadership, dates from tanggal (or tahun)."""
    out: Exprs = {}
    sid, sname = _first(idx, STRUCT_ID_KEYS), _first(idx, STRUCT_NAME_KEYS)
    names = " ".join(f"when '{k}' then '{v}'" for k, v in ref.LATIHAN_STRUKTURAL.items())
    if sname is not None:
        out["title"] = (_cell(sname), headers[sname])
    elif sid is not None:
        out["title"] = (f"case {_cell(sid)} {names} else {_cell(sid)} end", headers[sid])
    out["jenis_diklat"] = ("'1'", headers[sid if sid is not None else sname])
    out["category"] = ("'leadership'", headers[sid if sid is not None else sname])
    date, end, year = _first(idx, STRUCT_DATE_KEYS), _first(idx, STRUCT_END_KEYS), _first(idx, YEAR_KEYS)
    fallback = (
        f"case when try_cast(try_cast({_cell(year)} as double) as integer) is not null "
        f"then {_cell(year)} || '-01-01' end"
        if year is not None
        else "null"
    )
    if date is not None:
        out["start_date"] = (f"coalesce({_cell(date)}, {fallback})", headers[date])
    elif year is not None:
        out["start_date"] = (fallback, headers[year])
    if end is not None:
        out["end_date"] = (_cell(end), headers[end])
    return out


# ---------------------------------------------------------------- kinds
@dataclass(frozen=True)
class Kind:
    name: str
    table: str  # the TABLES entry it fills ("placements" for a riwayat jabatan)
    title: tuple[str, str]
    markers: tuple[frozenset[str], ...] = ()  # one header of each group must be present
    absent: frozenset[str] = frozenset()  # none of these may be present
    exprs: Callable[[dict[str, int], list[str]], Exprs] | None = None
    helpers: tuple[str, ...] = ()  # HELPER_KEYS the kind reads
    siasn: bool = True
    note: tuple[str, str] = ("", "")  # what the kind does beyond renaming, for the page and docs
    extra_keys: frozenset[str] = field(default_factory=frozenset)  # further headers it reads

    @property
    def spec(self) -> Table:
        return HISTORY if self.name == "riwayat_jabatan" else TABLES[self.table]

    def matches(self, keys: set[str]) -> bool:
        return all(group & keys for group in self.markers) and not (self.absent & keys)

    def computed(self, headers: list[str]) -> Exprs:
        if self.exprs is None:
            return {}
        idx: dict[str, int] = {}
        for i, h in enumerate(headers):
            idx.setdefault(header_key(h), i)
        return self.exprs(idx, headers)


# A riwayat jabatan is a history of posts, not of moves: it is staged as this table
# (one row per post held), its posts found or made by name, and consecutive rows of
# one NIP become placements (resolve.history_placements).
HISTORY = Table(
    "post_history",
    "_post_history",
    ("Riwayat jabatan", "Post history"),
    (
        _nip(),
        Col(
            "position_start",
            "date",
            ("TMT jabatan", "Start in post"),
            "2021-03-01",
            label="TMT Jabatan",
            aliases=("tmtJabatan", "TMT JABATAN"),
            date_range=("1960-01-01", "+1y"),
        ),
        Col(
            "position_id",
            "text",
            ("Kode jabatan (kosong: dari nama jabatan dan unor)", "Post code (empty: from the names)"),
            "",
            required=False,
            label="ID Jabatan",
            refers=("positions", "position_id"),
        ),
    ),
    key=("nip", "position_start", "position_id"),
    order=10,
)

_NAME_HELPERS = ("position_name", "unit_name", "agency_name", "jenis", "eselon")
_ANY_RATING = _keys(
    "hasilKinerjaNilai", "perilakuKerjaNilai", "kuadranKinerjaNilai", "rating hasil kerja", "rating perilaku",
    "hasil kinerja", "perilaku kerja", "predikat", "predikat kinerja",
)  # fmt: skip
_ANY_SCORE = _keys("nilai skp", "nilai prestasi kerja", "nilai", "nilai kinerja", "nilai akhir")
_ID = NIP_KEYS | PNS_ID_KEYS

SIASN_KINDS: tuple[Kind, ...] = (
    Kind(
        "riwayat_jabatan",
        "placements",
        ("Riwayat jabatan (SIASN)", "Post history (SIASN)"),
        markers=(_ID, _keys("tmtJabatan", "TMT JABATAN"), POST_NAME_KEYS),
        absent=_keys("TANGGAL LAHIR", "tgl lahir", "birth date"),
        helpers=(*_NAME_HELPERS, "pns_id"),
        note=(
            "Jabatan berurutan satu NIP menjadi perpindahan (promosi bila jenjang naik, rotasi dalam unit yang "
            "sama, mutasi bila lain), ditandai 'disimpulkan'; jabatan dan unit yang belum ada dibuat.",
            "Consecutive posts of one NIP become moves (promotion when the level rises, rotation within "
            "the same unit, transfer otherwise), marked inferred; posts and units not yet known are made.",
        ),
    ),
    Kind(
        "data_pns",
        "employees",
        ("Data PNS (SIASN)", "Data PNS (SIASN)"),
        markers=(
            NIP_KEYS,
            _keys("nama"),
            _keys("TANGGAL LAHIR", "tgl lahir"),
            POST_NAME_KEYS | UNIT_NAME_KEYS,
        ),
        helpers=(*_NAME_HELPERS,),
        note=(
            "Wilayah dari INSTANSI KERJA NAMA, unit dari UNOR NAMA dan jabatan dari JABATAN NAMA dicari "
            "menurut nama; yang belum ada dibuat (tanpa kebutuhan ABK dan standar kompetensi).",
            "Region from INSTANSI KERJA NAMA, unit from UNOR NAMA and post from JABATAN NAMA are found "
            "by name; those not yet known are made (no ABK need or competency standard yet).",
        ),
    ),
    Kind(
        "riwayat_kinerja",
        "evaluations",
        ("Riwayat kinerja periodik (SIASN)", "Periodic kinerja history (SIASN)"),
        markers=(_ID, YEAR_KEYS | YEAR_FROM_KEYS, MONTH_FROM_KEYS, _ANY_RATING | _ANY_SCORE),
        exprs=_period_exprs,
        helpers=("pns_id",),
        note=(
            "Periode dari tahun dan bulan mulai/selesai penilaian (bulanan, triwulan); rating boleh kode "
            "1-3 atau kata; predikat dari matriks bila kosong; kuadran disimpan.",
            "Period from the year and start/end months (monthly, quarterly); ratings as codes 1-3 or "
            "words; predikat from the matrix when empty; the quadrant is stored.",
        ),
    ),
    Kind(
        "riwayat_skp",
        "evaluations",
        ("Riwayat SKP tahunan (SIASN)", "Annual SKP history (SIASN)"),
        markers=(_ID, YEAR_KEYS, _ANY_RATING | _ANY_SCORE),
        absent=MONTH_FROM_KEYS | _keys("periode", "awal periode", "period start"),
        exprs=_period_exprs,
        helpers=("pns_id",),
        note=(
            "Satu penilaian tahunan per tahun (1 Januari - 31 Desember); tanpa rating, nilai 0-100 dibaca "
            "sebagai PP 46/2011 dan predikat dari pita nilainya (ditandai).",
            "One annual evaluation per year (1 January - 31 December); without ratings a 0-100 score is "
            "read as PP 46/2011 and the predikat taken from its band (marked).",
        ),
    ),
    Kind(
        "riwayat_diklat",
        "trainings",
        ("Riwayat diklat struktural (SIASN)", "Structural training history (SIASN)"),
        markers=(_ID, STRUCT_ID_KEYS | STRUCT_NAME_KEYS),
        exprs=_struct_exprs,
        helpers=("pns_id",),
        note=(
            "Judul dari latihanStrukturalId (Diklatpim, PKP, PKA ...), jenis diklat 1 Struktural, kategori "
            "kepemimpinan.",
            "Title from latihanStrukturalId (Diklatpim, PKP, PKA ...), training type 1 Structural, category "
            "leadership.",
        ),
    ),
    Kind(
        "riwayat_kursus",
        "trainings",
        ("Riwayat kursus/diklat (SIASN)", "Course history (SIASN)"),
        markers=(_ID, _keys("namaKursus", "nama kursus", "nama diklat"), _keys("jumlahJam", "jumlah jam")),
        exprs=_course_exprs,
        helpers=("pns_id",),
        note=(
            "Jenis diklat boleh kode atau nama SIASN; kategori dari jenis dan judul bila kosong; tanpa "
            "tanggal, 1 Januari tahunKursus.",
            "Training type as SIASN code or name; category from type and title when empty; without a "
            "date, 1 January of tahunKursus.",
        ),
    ),
)

TEMPLATE_KINDS: dict[str, Kind] = {
    name: Kind(
        name,
        name,
        (f"Templat {spec.title[0]}", f"Template {spec.title[1]}"),
        # employees carry the PNS ID (a column); tables keyed by NIP may name people by it instead
        helpers=_NAME_HELPERS if name == "employees" else ("pns_id",) if "nip" in spec.names else (),
        siasn=False,
    )
    for name, spec in TABLES.items()
}
KINDS: dict[str, Kind] = {k.name: k for k in SIASN_KINDS} | TEMPLATE_KINDS


def kind(name: str) -> Kind:
    """A kind by name: a SIASN kind (``data_pns`` ...) or a table's template (``employees``)."""
    return KINDS[name]


def detect(headers: list[str]) -> Kind | None:
    """The kind a file's headers say it is: a SIASN export first (they are specific),
    else the template whose required columns the headers cover best."""
    keys = {header_key(h) for h in headers}
    for k in SIASN_KINDS:
        if k.matches(keys):
            return k
    from data.importing.validate import guess_table

    guessed = guess_table(headers)
    return TEMPLATE_KINDS[guessed] if guessed else None


def helper_index(kind_: Kind, headers: list[str]) -> dict[str, int]:
    """The file columns of the helpers the kind reads (first header of each)."""
    idx: dict[str, int] = {}
    for i, h in enumerate(headers):
        idx.setdefault(header_key(h), i)
    out = {}
    for name in kind_.helpers:
        i = _first(idx, HELPER_KEYS[name])
        if i is not None:
            out[name] = i
    return out


def known_header_keys() -> frozenset[str]:
    """Every header some kind reads: what a header row is recognised by."""
    keys: set[str] = set()
    for spec in (*TABLES.values(), HISTORY):
        for col in spec.columns:
            keys |= col.headers()
    for group in HELPER_KEYS.values():
        keys |= group
    for k in SIASN_KINDS:
        for group in k.markers:
            keys |= group
    keys |= YEAR_KEYS | MONTH_FROM_KEYS | MONTH_TO_KEYS | YEAR_FROM_KEYS | YEAR_TO_KEYS | PERIODIK_KEYS
    keys |= COURSE_YEAR_KEYS | STRUCT_ID_KEYS | STRUCT_NAME_KEYS | STRUCT_DATE_KEYS | STRUCT_END_KEYS
    keys |= _keys("no", "nomor", "no urut")  # a numbering column is part of many header rows
    keys.discard("")
    return frozenset(keys)
