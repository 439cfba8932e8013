"""Page times in a real browser: the dashboard beside a hello-world floor, and 15 viewers at once.

Issue #13 wants "warm page time at most 1.5x the hello-world floor, measured side
by side in one run" and "15 concurrent viewer sessions at scale 1 with a median
page time at most 3 s, measured by a bounded script on 127.0.0.1", and each page's
script run once on a first visit. Here, on a copy of ``--db`` (never written):

- two servers on 127.0.0.1: ``streamlit run dashboard.py`` (``ASN_DB_PATH`` = the
  copy, the command of tests/test_browser.py) and a hello-world app (a title and
  a line of text), each started through a small wrapper that logs every script
  run the server starts (``AppSession._on_scriptrunner_event``, SCRIPT_STARTED);
- Playwright driving Debian's Chromium (``/usr/bin/chromium``). A **page time**
  is from ``page.goto(url)`` until the app says the run is over and the page is
  drawn: ``data-test-script-state="notRunning"``, no status widget, a heading
  in the main area, every Plotly chart container holding its plot (the test
  suite's ``wait_for_app`` without its ``networkidle``, which adds a fixed
  0.5 s to every figure), and no element still a loading skeleton
  (``stSkeleton``: its code, e.g. Plotly's or the data grid's, not loaded yet,
  so no chart container to check; once the server's run got fast, visits were
  counted done before the charts existed). Each visit is a new Streamlit session (a fresh
  websocket) in a browser context that keeps its HTTP cache;
- **first visit** of each page (every ``st.cache_data`` of that page cold):
  its time and the number of script runs the server started for it (target: 1);
- **warm**: ``--repeat`` further visits of each page, each right after a visit
  of the hello-world app, so the two are measured side by side under the same
  load; the median of each and their ratio (target <= 1.5x);
- **concurrency**: ``--sessions`` browser contexts (15) in the one Chromium,
  all started at once, each visiting ``--rounds`` pages (a different page each,
  in turn), every visit bounded by ``--visit-timeout``; the median and p90 page
  time (target: median <= 3 s). These are full browser sessions: Chromium's
  drawing of 15 pages shares the machine's CPUs with the server, so on a small
  machine this is a harder test than 15 people on their own computers.

Run: ``python bench/browser_bench.py --db /path/to/scale1.duckdb``. Every table
says the machine load it ran under.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.dbcopy import current_copy  # noqa: E402
from bench.machine import load_note  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [  # as tests/test_browser.py
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PAGES = [  # every page a viewer opens (unggah asks to sign in; presentasi with --pages)
    "ringkasan",
    "kompetensi",
    "kinerja",
    "pelatihan",
    "talenta",
    "kebutuhan",
    "penempatan",
    "layanan",
    "kualitas",
    "publik",
]
WARM_RATIO_TARGET = 1.5
CONCURRENT_MEDIAN_TARGET_S = 3.0
VIEWPORT = {"width": 1400, "height": 1000}

HELLO = """import streamlit as st

st.title("Hello")
st.write("hello, world")
"""

# Started instead of ``python -m streamlit``: logs each script run the server starts.
WRAPPER = """import sys, time
from streamlit.runtime.app_session import AppSession
from streamlit.runtime.scriptrunner import ScriptRunnerEvent

LOG = {log!r}
_original = AppSession._on_scriptrunner_event


def _logged(self, sender, *args, **kwargs):
    event = kwargs.get("event", args[0] if args else None)
    if event == ScriptRunnerEvent.SCRIPT_STARTED:
        kind = "fragment" if kwargs.get("fragment_ids_this_run") else "full"
        with open(LOG, "a", encoding="utf-8") as out:
            out.write(f"{{time.time():.3f}} {{self.id}} {{kind}}\\n")
    return _original(self, sender, *args, **kwargs)


AppSession._on_scriptrunner_event = _logged
from streamlit.web.cli import main

sys.exit(main())
"""

# The test suite's wait_for_app in one check, polled by the browser.
DONE_JS = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
    if (!document.querySelector('[data-testid="stMain"] h1')) return false;
    // an element whose code is still loading (Plotly, the data grid, widgets) shows a
    // skeleton and no stPlotlyChart yet: not drawn
    if (document.querySelector('[data-testid="stSkeleton"]')) return false;
    for (const c of document.querySelectorAll('[data-testid="stPlotlyChart"]')) {
        if (!c.querySelector('.js-plotly-plot')) return false;
    }
    return true;
}"""


# ---------------------------------------------------------------- servers


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
            return resp.status == 200 and resp.read().strip() == b"ok"
    except OSError:
        return False


@dataclass
class Server:
    name: str
    url: str
    proc: subprocess.Popen
    runs_log: Path
    log: Path

    def runs(self) -> list[tuple[float, str, str]]:
        """(time, session id, full|fragment) of every script run so far."""
        if not self.runs_log.exists():
            return []
        out = []
        for line in self.runs_log.read_text(encoding="utf-8").splitlines():
            t, session, kind = line.split()
            out.append((float(t), session, kind))
        return out

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


def start_server(name: str, script: Path, workdir: Path, env: dict[str, str]) -> Server:
    runs_log, log = workdir / f"{name}.runs", workdir / f"{name}.log"
    wrapper = workdir / f"{name}_server.py"
    wrapper.write_text(WRAPPER.format(log=str(runs_log)), encoding="utf-8")
    port = free_port()
    cmd = [
        sys.executable, str(wrapper), "run", str(script), "--server.headless", "true",
        "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **env, "PYTHONUNBUFFERED": "1"},
                                stdout=out, stderr=subprocess.STDOUT)  # fmt: skip
    server = Server(name, f"http://127.0.0.1:{port}", proc, runs_log, log)
    deadline = time.monotonic() + 120
    while not healthy(server.url):
        if proc.poll() is not None or time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"{name} did not start:\n{log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.25)
    return server


def copy_db(source: Path, workdir: Path) -> Path:
    """A copy with this code's marts (so the server's first start does not rebuild them)."""
    db = workdir / "asn.duckdb"
    with current_copy(source, db):
        pass
    return db


# ---------------------------------------------------------------- browser


@dataclass
class Visit:
    url: str
    seconds: float
    runs: int = 0  # script runs the server started during the visit (sequential visits only)
    error: str = ""


async def visit(page, url: str, timeout_s: float, server: Server | None = None) -> Visit:
    """Open ``url`` and wait until the run is over and the page drawn (see DONE_JS)."""
    before = len(server.runs()) if server else 0
    started = time.perf_counter()
    try:
        await page.goto(url, wait_until="commit", timeout=timeout_s * 1000)
        left = max(1.0, timeout_s - (time.perf_counter() - started))
        await page.wait_for_function(DONE_JS, polling=50, timeout=left * 1000)
        seconds, error = time.perf_counter() - started, ""
        if await page.locator('[data-testid="stException"]').count():
            error = "exception box on the page"
    except Exception as exc:  # a timeout: the visit counts as failed, the run goes on
        seconds, error = time.perf_counter() - started, f"{type(exc).__name__}: {str(exc)[:100]}"
    runs = 0
    if server:
        await asyncio.sleep(0.3)  # a run started right at the end (a redirect) is logged too
        runs = len([r for r in server.runs()[before:] if r[2] == "full"])
    return Visit(url, seconds, runs, error)


@dataclass
class Sequential:
    first: dict[str, Visit] = field(default_factory=dict)
    warm: dict[str, list[Visit]] = field(default_factory=dict)
    hello: list[Visit] = field(default_factory=list)
    hello_first: Visit | None = None
    load: str = ""


async def sequential(browser, app: Server, hello: Server, pages: list[str], repeat: int, timeout_s: float):
    """First visits, then warm visits of each page with a hello-world visit right before each."""
    out = Sequential()
    ctx_app = await browser.new_context(viewport=VIEWPORT)
    ctx_hello = await browser.new_context(viewport=VIEWPORT)
    page_app, page_hello = await ctx_app.new_page(), await ctx_hello.new_page()
    try:
        out.hello_first = await visit(page_hello, hello.url, timeout_s, hello)
        for name in pages:
            out.first[name] = await visit(page_app, f"{app.url}/{name}", timeout_s, app)
            print(f"  first visit {name}: {out.first[name].seconds:.2f} s, {out.first[name].runs} script run(s)"
                  f"{' ' + out.first[name].error if out.first[name].error else ''}", flush=True)  # fmt: skip
        for _ in range(repeat):
            for name in pages:
                out.hello.append(await visit(page_hello, hello.url, timeout_s, hello))
                out.warm.setdefault(name, []).append(
                    await visit(page_app, f"{app.url}/{name}", timeout_s, app)
                )
        out.load = load_note()
    finally:
        await ctx_app.close()
        await ctx_hello.close()
    return out


async def concurrent(browser, app: Server, pages: list[str], sessions: int, rounds: int, timeout_s: float):
    """``sessions`` contexts started together, each visiting ``rounds`` pages in turn."""
    contexts = [await browser.new_context(viewport=VIEWPORT) for _ in range(sessions)]
    tabs = [await c.new_page() for c in contexts]

    async def viewer(i: int) -> list[Visit]:
        done = []
        for r in range(rounds):
            name = pages[(i + r) % len(pages)]
            done.append(await visit(tabs[i], f"{app.url}/{name}", timeout_s))
        return done

    try:
        started = time.perf_counter()
        results = await asyncio.gather(*(viewer(i) for i in range(sessions)))
        wall = time.perf_counter() - started
        note = load_note()
    finally:
        for c in contexts:
            await c.close()
    return [v for vs in results for v in vs], wall, note


# ---------------------------------------------------------------- websocket sessions


async def ws_visit(url: str, page: str, timeout_s: float) -> Visit:
    """One Streamlit session without a browser: open the websocket, ask for ``page`` the way
    the front end's first message does, read until a run finishes successfully (not one cut
    short by a redirect). Counts the runs (new_session messages)."""
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    started = time.perf_counter()
    runs = 0
    try:
        async with asyncio.timeout(timeout_s):
            async with websockets.connect(
                url.replace("http://", "ws://") + "/_stcore/stream", subprotocols=["streamlit"], max_size=None
            ) as ws:
                msg = BackMsg()
                msg.rerun_script.query_string = ""
                msg.rerun_script.page_name = page
                await ws.send(msg.SerializeToString())
                while True:
                    fm = ForwardMsg()
                    fm.ParseFromString(await ws.recv())
                    kind = fm.WhichOneof("type")
                    runs += kind == "new_session"
                    if kind == "script_finished" and fm.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY:
                        break
        return Visit(f"{url}/{page}", time.perf_counter() - started, runs)
    except Exception as exc:
        return Visit(
            f"{url}/{page}", time.perf_counter() - started, runs, f"{type(exc).__name__}: {exc}"[:120]
        )


async def ws_concurrent(app: Server, pages: list[str], sessions: int, rounds: int, timeout_s: float):
    """``sessions`` websocket sessions started together, each asking for ``rounds`` pages in turn
    (a new session per page, like a browser's page load)."""

    async def viewer(i: int) -> list[Visit]:
        return [await ws_visit(app.url, pages[(i + r) % len(pages)], timeout_s) for r in range(rounds)]

    started = time.perf_counter()
    results = await asyncio.gather(*(viewer(i) for i in range(sessions)))
    return [v for vs in results for v in vs], time.perf_counter() - started, load_note()


# ---------------------------------------------------------------- report


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10, method="inclusive")[-1] if len(values) > 1 else values[0]


def table(title: str, head: list[str], rows: list[list[str]]) -> None:
    print(f"\n{title}")
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    for r in [head, ["-" * w for w in widths], *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


async def main_async(args) -> int:
    from playwright.async_api import async_playwright

    failures = []
    with tempfile.TemporaryDirectory(prefix="h13bench-browser-") as tmp:
        tmp = Path(tmp)
        db = copy_db(args.db.resolve(), tmp)
        hello_py = tmp / "hello.py"
        hello_py.write_text(HELLO, encoding="utf-8")
        print(f"Starting the dashboard on a copy of {args.db} and the hello-world app…", flush=True)
        app = start_server("dashboard", ROOT / "dashboard.py", tmp, {"ASN_DB_PATH": str(db)})
        hello = None
        try:
            hello = start_server("hello", hello_py, tmp, {})
            async with async_playwright() as pw:
                browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                try:
                    seq = await sequential(browser, app, hello, args.pages, args.repeat, args.visit_timeout)
                    conc = ws_conc = None
                    if args.ws_sessions:
                        print(
                            f"  {args.ws_sessions} websocket sessions at once, {args.rounds} pages each…",
                            flush=True,
                        )
                        ws_conc = await ws_concurrent(
                            app, args.pages, args.ws_sessions, args.rounds, args.visit_timeout
                        )
                    if args.sessions:
                        print(f"  {args.sessions} sessions at once, {args.rounds} pages each…", flush=True)
                        conc = await concurrent(
                            browser, app, args.pages, args.sessions, args.rounds, args.visit_timeout
                        )
                finally:
                    await browser.close()
        finally:
            app.stop()
            if hello:
                hello.stop()
            if "Traceback" in app.log.read_text(encoding="utf-8", errors="replace"):
                failures.append("a traceback in the dashboard's server log")

    rows = []
    hello_med = statistics.median(v.seconds for v in seq.hello)
    ratios = []
    for name in args.pages:
        first = seq.first[name]
        warm = [v.seconds for v in seq.warm[name]]
        errors = {v.error for v in [first, *seq.warm[name]] if v.error}
        ratio = statistics.median(warm) / hello_med
        ratios.append(ratio)
        runs_ok = first.runs == 1
        warm_runs = sorted({v.runs for v in seq.warm[name]})
        if name == args.pages[0]:
            name += " (first after server start)"
        rows.append([
            name, f"{first.seconds:.2f}", str(first.runs) + ("" if runs_ok else " (want 1)"),
            "/".join(map(str, warm_runs)), f"{statistics.median(warm):.2f}", f"{max(warm):.2f}", f"{ratio:.2f}x",
            "OK" if ratio <= WARM_RATIO_TARGET else "SLOW", "; ".join(sorted(errors)),
        ])  # fmt: skip
        if errors:
            failures.append(f"{name}: {'; '.join(sorted(errors))}")
    rows.append([
        "hello-world floor", f"{seq.hello_first.seconds:.2f}", str(seq.hello_first.runs),
        "/".join(map(str, sorted({v.runs for v in seq.hello}))), f"{hello_med:.2f}", f"{max(v.seconds for v in seq.hello):.2f}", "1.00x", "", "",
    ])  # fmt: skip
    table(
        f"Page time in Chromium, one viewer (s; warm = median of {args.repeat} visits, each right after a "
        f"hello-world visit; target warm <= {WARM_RATIO_TARGET}x the floor; first-visit script runs: "
        f"target 1; {seq.load})",
        ["page", "first visit", "script runs", "warm runs", "warm", "warm max", "vs floor", "", "errors"],
        rows,
    )
    print(
        f"\nAll pages: median warm/floor {statistics.median(ratios):.2f}x, worst {max(ratios):.2f}x "
        f"(target <= {WARM_RATIO_TARGET}x)"
    )
    for result, what, n in (
        (ws_conc, "websocket sessions (no browser: server time until the run finished)", args.ws_sessions),
        (conc, "viewer sessions (Chromium contexts in one browser)", args.sessions),
    ):
        if not result:
            continue
        visits, wall, note = result
        ok = [v.seconds for v in visits if not v.error]
        failed = [v for v in visits if v.error]
        med = statistics.median(ok) if ok else float("nan")
        table(
            f"{n} concurrent {what}, started together, {args.rounds} page visits each; {note}",
            ["visits", "failed", "median s", "p90 s", "max s", "wall s", "target median <= 3 s"],
            [[str(len(visits)), str(len(failed)), f"{med:.2f}", f"{p90(ok):.2f}" if ok else "-",
              f"{max(ok):.2f}" if ok else "-", f"{wall:.1f}",
              "OK" if med <= CONCURRENT_MEDIAN_TARGET_S else "SLOW"]],
        )  # fmt: skip
        for v in failed[:5]:
            print(f"  failed: {v.url}: {v.error}")
        if failed:
            failures.append(f"{len(failed)} of {len(visits)} concurrent visits failed ({what})")
    if failures:
        print("\nFAILURES:")
        for f in failures:
            print(f"  - {f}")
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True, help="database to serve (copied, never written)")
    ap.add_argument("--pages", nargs="+", default=PAGES, help="url paths of the pages to visit")
    ap.add_argument("--repeat", type=int, default=3, help="warm visits per page (median)")
    ap.add_argument("--sessions", type=int, default=15, help="concurrent viewer sessions (0: skip)")
    ap.add_argument(
        "--ws-sessions",
        type=int,
        default=15,
        help="concurrent websocket-level sessions, no browser (0: skip)",
    )
    ap.add_argument("--rounds", type=int, default=2, help="page visits per concurrent session")
    ap.add_argument(
        "--visit-timeout", type=float, default=120.0, help="seconds before a visit counts as failed"
    )
    args = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found (apt-get install chromium)")
        return 1
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
