"""One declaration per metric: what its frame holds and how it is protected.

Each analytics function that returns a metric carries a :class:`Spec` (set by the
:func:`metric` decorator beside it), and everything that needs to know about the
metric's columns reads that one declaration:

- the invariant tests (``tests/test_invariants.py``): keys unique and not null,
  counts never negative, shares within 0..1, intervals around their value, shares
  that add up to 1, the values a code column may take — and the frame's columns
  are exactly the declared ones, in order;
- the docs check (``tests/test_docs.py``): ``docs/metrics.md`` lists the columns;
- tables, charts and exports: a column's header and format
  (``ui.tables``, ``reporting``);
- privacy (:func:`analytics.privacy.protect`): which count protects which values,
  and which rows add up to a total, so that the screen and every file apply the
  same rule.

Columns are written as a small table, one column a line::

    region_id        key
    employees        count
    share_baik       share
    share_baik_low   share     col.ci_low
    mean_jp          number+   num1

``name kind [format] [header]``. The kind says what the number is (and so its
invariant and default format); ``+`` after a kind means "never negative". The
format is one of :data:`FORMATS` (default by kind, :data:`KINDS`); the header is
the key of its text in ``ui.i18n`` (default ``col.<name>``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

# kind -> (default format, invariant): "nonneg" never below 0, "unit" within 0..1
KINDS: Mapping[str, tuple[str, str | None]] = MappingProxyType(
    {
        "key": ("text", None),  # identifies a row (region_id, unit_id, period ...)
        "label": ("text", None),  # a name shown beside a key
        "code": ("text", None),  # a coded value (predikat, band, move type ...)
        "count": ("int", "nonneg"),  # people, posts, evaluations, moves
        "share": ("pct", "unit"),  # a fraction 0..1 (shown as %)
        "score": ("num1", None),  # a mean score or index (0-100, JPM)
        "number": ("num1", None),  # any other number (estimates, JP, ratios)
        "rate": ("num1", "nonneg"),  # per 100 employees a year and the like
        "rank": ("int", "nonneg"),  # 1 = best
        "year": ("year", None),
        "date": ("text", None),
        "flag": ("text", None),  # a boolean
        "text": ("text", None),  # free text, lists
    }
)
# headers of columns many metrics share, where not col.<name>
DEFAULT_HEADERS = MappingProxyType(
    {"region_id": "col.region", "region_name": "col.region", "unit_name": "col.unit"}
)
# what reporting.fmt.formatter and the label formatters of the tables know
FORMATS = frozenset(
    {
        "int", "num1", "num2", "pct", "pts", "pp", "text", "region", "year", "predikat",
        "jenis_jabatan", "band", "category", "indicator", "competency",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Col:
    """One column of a metric's frame."""

    name: str
    kind: str
    fmt: str
    header: str
    nonneg: bool = False

    @property
    def invariant(self) -> str | None:
        if self.nonneg:
            return "nonneg"
        return KINDS[self.kind][1]


@dataclass(frozen=True)
class Protect:
    """One privacy rule (the arguments of :func:`analytics.privacy.suppress`).

    ``count``: the number of employees (or evaluations, moves ...) a row is about; a
    row whose count is below the threshold shows "<5". ``values``: what is computed
    over that group ("x" when it is hidden). ``parts``: sub-counts of ``count`` in the
    same row, each with the values computed over it. ``group``: rows with equal values
    here add up to a total the reader sees (a total row, a total elsewhere on the page,
    shares of 100 %): hidden cells are protected against it. ``total_rows``: the name
    of a boolean column marking such total rows."""

    count: str
    values: tuple[str, ...] = ()
    parts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    group: tuple[str, ...] = ()
    total_rows: str | None = None

    def columns(self) -> set[str]:
        cols = {self.count, *self.values, *self.group, *self.parts}
        cols.update(v for vs in self.parts.values() for v in vs)
        if self.total_rows:
            cols.add(self.total_rows)
        return cols


@dataclass(frozen=True)
class Spec:
    """What a metric returns and how it is protected (see the module docstring)."""

    keys: tuple[str, ...]
    columns: tuple[Col, ...]
    # the privacy rules, or a function (frame, threshold) -> frame for a frame whose rows
    # count different things (analytics.quality.protect_readiness)
    protect: tuple[Protect, ...] | Callable = ()
    rank: str | None = None  # hidden rows lose their rank and go last (privacy.protect)
    rank_within: tuple[str, ...] = ()
    sums_to_one: tuple[str, tuple[str, ...]] | None = None  # (share, group columns)
    values: Mapping[str, tuple] = field(default_factory=dict)  # column -> allowed values
    personal: bool = False  # names / NIPs: analysts only, never suppressed or exported to viewers
    intervals: tuple[tuple[str, str, str], ...] = ()  # (value, low, high) beyond <x>_low / <x>_high
    subcounts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # whole -> parts never above it

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def col(self, name: str) -> Col:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"no column {name!r} in the spec")

    def of_kind(self, *kinds: str) -> list[str]:
        return [c.name for c in self.columns if c.kind in kinds]

    @property
    def rules(self) -> tuple[Protect, ...]:
        return () if callable(self.protect) else self.protect

    def parts(self) -> dict[str, tuple[str, ...]]:
        """Whole -> the counts that are parts of it (never above it): the parts of every
        privacy rule and :attr:`subcounts`."""
        out: dict[str, list[str]] = {}
        for rule in self.rules:
            out.setdefault(rule.count, []).extend(rule.parts)
        for whole, parts in self.subcounts.items():
            out.setdefault(whole, []).extend(parts)
        return {w: tuple(dict.fromkeys(p)) for w, p in out.items() if p}

    def within(self) -> list[tuple[str, str, str]]:
        """(value, low, high) column triples whose low <= value <= high: every ``x`` with
        ``x_low`` and ``x_high``, plus :attr:`intervals`."""
        names = set(self.names)
        found = [(n, f"{n}_low", f"{n}_high") for n in self.names if {f"{n}_low", f"{n}_high"} <= names]
        return [*found, *self.intervals]

    def table(self, *names: str, headers: Mapping[str, str] | None = None) -> list[tuple[str, str, str]]:
        """``(column, header key, format)`` for the named columns (all if none), in the
        order given: what a table shows and exports."""
        headers = headers or {}
        chosen = [self.col(n) for n in names] if names else list(self.columns)
        return [(c.name, headers.get(c.name, c.header), c.fmt) for c in chosen]


def parse_columns(text: str) -> tuple[Col, ...]:
    """The column table of a spec (see the module docstring) as :class:`Col` objects."""
    cols = []
    for raw in text.strip().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        name, kind, *rest = line.split()
        nonneg = kind.endswith("+")
        kind = kind.rstrip("+")
        if kind not in KINDS:
            raise ValueError(f"column {name}: unknown kind {kind!r}")
        fmt = next((r for r in rest if r in FORMATS), None)
        header = next((r for r in rest if "." in r), None)
        unknown = [r for r in rest if r not in (fmt, header)]
        if unknown:
            raise ValueError(f"column {name}: cannot read {unknown}")
        if fmt is None:
            fmt = "region" if name == "region_id" else KINDS[kind][0]
        cols.append(Col(name, kind, fmt, header or DEFAULT_HEADERS.get(name, f"col.{name}"), nonneg))
    names = [c.name for c in cols]
    if len(set(names)) != len(names):
        raise ValueError(f"a column declared twice: {names}")
    return tuple(cols)


def spec(
    *,
    keys: Sequence[str] | str = (),
    columns: str,
    protect: Sequence[Protect] | Callable = (),
    rank: str | None = None,
    rank_within: Sequence[str] = (),
    sums_to_one: tuple[str, Sequence[str]] | None = None,
    values: Mapping[str, Sequence] | None = None,
    personal: bool = False,
    intervals: Sequence[tuple[str, str, str]] = (),
    subcounts: Mapping[str, Sequence[str]] | None = None,
) -> Spec:
    """A :class:`Spec` from its parts, checked: keys, protected columns, the rank and
    the value lists must be declared columns."""
    keys = (keys,) if isinstance(keys, str) else tuple(keys)
    result = Spec(
        keys=keys,
        columns=parse_columns(columns),
        protect=protect if callable(protect) else tuple(protect),
        rank=rank,
        rank_within=tuple(rank_within),
        sums_to_one=None if sums_to_one is None else (sums_to_one[0], tuple(sums_to_one[1])),
        values=MappingProxyType({k: tuple(v) for k, v in (values or {}).items()}),
        personal=personal,
        intervals=tuple(intervals),
        subcounts=MappingProxyType({k: tuple(v) for k, v in (subcounts or {}).items()}),
    )
    declared = set(result.names)
    used = set(keys) | {c for p in result.rules for c in p.columns()} | set(result.values)
    used |= set(result.subcounts) | {c for parts in result.subcounts.values() for c in parts}
    used |= {c for c in (rank, *rank_within) if c}
    used |= {c for triple in intervals for c in triple}
    if result.sums_to_one:
        used |= {result.sums_to_one[0], *result.sums_to_one[1]}
    unknown = used - declared
    if unknown:
        raise ValueError(f"spec names undeclared columns: {sorted(unknown)}")
    return result


def metric(declared: Spec) -> Callable[[Callable], Callable]:
    """Attach a :class:`Spec` to an analytics function (``fn.spec``)."""

    def attach(fn: Callable) -> Callable:
        fn.spec = declared
        return fn

    return attach


def spec_of(fn: Callable) -> Spec:
    """The spec of an analytics function (KeyError-like if it has none)."""
    found = getattr(fn, "spec", None)
    if found is None:
        raise LookupError(f"{getattr(fn, '__name__', fn)} has no spec (analytics.spec.metric)")
    return found


def metrics(*modules) -> Iterator[Callable]:
    """Every function with a spec in ``modules`` (default: every analytics module), in
    the order they are defined."""
    if not modules:
        from analytics import (
            competency,
            kinerja,
            outcomes,
            overview,
            placement,
            quality,
            staffing,
            talent,
            training,
        )

        modules = (overview, competency, kinerja, training, talent, staffing, placement, outcomes, quality)
    for module in modules:
        for value in vars(module).values():
            if (
                callable(value)
                and getattr(value, "spec", None) is not None
                and value.__module__ == module.__name__
            ):
                yield value


# ---------------------------------------------------------------- the catalogue's columns
def sync_catalogue(text: str) -> str:
    """``docs/metrics.md`` with the columns cell of every metric's table row written from
    its spec (``python -m analytics.catalogue`` rewrites the file; tests/test_docs.py checks it)."""
    names = {fn.__name__: fn.spec.names for fn in metrics()}
    lines = []
    for line in text.splitlines():
        cells = line.strip().strip("|").split("|")
        head = cells[0].strip() if len(cells) >= 3 else ""
        name = head[1:].split("`")[0].split("(")[0] if head.startswith("`") else ""
        if name in names:
            cells[-1] = " " + ", ".join(names[name]) + " "
            line = "|" + "|".join(cells) + "|"
        lines.append(line)
    return "\n".join(lines) + ("\n" if text.endswith("\n") else "")
