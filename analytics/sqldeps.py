"""What a SQL script reads and writes, for refreshing only the marts a load touches.

A small parser, enough for ``schema.sql``, ``views.sql`` and ``marts/*.sql``: it
splits a script into statements (``;`` outside quotes and comments), and per
statement finds what it makes (``create [or replace] [temp] table|view|macro
NAME``), what it drops (``drop table|view|macro [if exists] NAME``) and every
word it mentions outside comments (but the names of its CTEs), string literals included (``sliced('mart_x',
...)`` names a relation in a string). The caller keeps the words that are names
of known tables, views and macros; a column that happens to share a table's name
only makes a statement look like it reads more than it does, which costs time,
never correctness.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# strings, quoted identifiers, comments, words, brackets and commas, statement ends;
# anything else is skipped
_TOKEN = re.compile(
    r"""
    (?P<string>'(?:[^']|'')*')
  | (?P<quoted>"(?:[^"]|"")*")
  | (?P<line_comment>--[^\n]*)
  | (?P<block_comment>/\*.*?\*/)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<punct>[(),])
  | (?P<end>;)
    """,
    re.VERBOSE | re.DOTALL,
)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CREATE = re.compile(
    r"^create\s+(?:or\s+replace\s+)?(?P<temp>temp\s+|temporary\s+)?(?P<kind>table|view|macro)\s+"
    r"(?:if\s+not\s+exists\s+)?(?P<name>\w+)",
    re.IGNORECASE,
)
_CTE = re.compile(r"(?:\bwith|,)\s+(?:recursive\s+)?(\w+)\s+as\s*\(", re.IGNORECASE)
_DROP = re.compile(r"^drop\s+(?P<kind>table|view|macro)\s+(?:if\s+exists\s+)?(?P<name>\w+)", re.IGNORECASE)


@dataclass
class Statement:
    sql: str  # the statement's text, comments kept, without the closing ';'
    creates: str | None = None  # the object it makes (lower case)
    kind: str | None = None  # table, view or macro
    temp: bool = False  # a temp table or view: gone when the connection closes
    drops: str | None = None  # the object it drops
    words: set[str] = field(default_factory=set)  # every word outside comments, lower case
    ctes: set[str] = field(default_factory=set)  # names of its common table expressions (with x as ...)

    def reads(self, known: set[str]) -> set[str]:
        """The known objects it mentions, other than the one it makes and its own CTEs (a
        CTE named like a table shadows it)."""
        return (self.words & known) - {self.creates} - self.ctes


def statements(script: str) -> list[Statement]:
    """The statements of a script, in order (empty ones left out)."""
    out: list[Statement] = []
    start, code, words = 0, [], set()

    def close(end: int) -> None:
        text = script[start:end].strip()
        head = " ".join(code)
        if head.strip():
            out.append(_statement(text, head, words))

    for m in _TOKEN.finditer(script):
        kind = m.lastgroup
        if kind == "end":
            close(m.start())
            start, code, words = m.end(), [], set()
        elif kind == "punct":
            code.append(m.group())
        elif kind == "word":
            code.append(m.group())
            words.add(m.group().lower())
        elif kind in ("string", "quoted"):
            code.append(m.group())
            words.update(w.lower() for w in _WORD.findall(m.group()[1:-1]))
    close(len(script))
    return out


def _statement(text: str, head: str, words: set[str]) -> Statement:
    st = Statement(text, words=set(words), ctes={n.lower() for n in _CTE.findall(head)})
    if m := _CREATE.match(head):
        st.creates, st.kind, st.temp = m["name"].lower(), m["kind"].lower(), bool(m["temp"])
    elif m := _DROP.match(head):
        st.drops, st.kind = m["name"].lower(), m["kind"].lower()
    return st


def definitions(script: str) -> dict[str, set[str]]:
    """{object made by the script: the words its statement mentions}, e.g. for views.sql."""
    return {st.creates: st.words - {st.creates} - st.ctes for st in statements(script) if st.creates}


def closure(names: set[str], defined: dict[str, set[str]]) -> set[str]:
    """``names`` and, through ``defined`` (views and macros), everything they read."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(defined.get(name, ()))
    return seen


def query_of(sql: str) -> str:
    """The query of a ``create [or replace] [temp] table NAME as QUERY`` statement."""
    m = re.search(
        r"\bcreate\s+(?:or\s+replace\s+)?(?:temp\s+|temporary\s+)?table\s+\w+\s+as\b", sql, re.IGNORECASE
    )
    if m is None:
        raise ValueError("not a create table ... as statement")
    return sql[m.end() :]


def replace_relation(query: str, name: str, replacement: str) -> str:
    """``query`` reading ``replacement`` wherever it names the relation ``name`` (a whole
    word; a column that shares the name would be replaced too, so callers pass names no
    column has)."""
    return re.sub(rf"\b{re.escape(name)}\b", replacement, query)
