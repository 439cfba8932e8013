"""The server side of a password sign-in: failed attempts counted across sessions, and
the sign-in cookie that survives a reload.

Both live in this process, not in a browser session (``st.session_state`` is one
tab's, and a reload starts a new one — issue #12):

- :data:`THROTTLE` counts failed sign-ins per username and per client address,
  whatever session they come from. :data:`USER_FAILURES` failures of one username
  (or :data:`ADDRESS_FAILURES` from one address) within :data:`WINDOW_S` lock it
  for :data:`LOCKOUT_S`; while locked no password is checked, not even the right one.
- :data:`SIGN_INS` remembers who signed in, under a random id, for at most
  :data:`SIGN_IN_S`. The browser holds the id in a signed, HTTP-only, SameSite=Strict
  cookie (:data:`COOKIE`), set by :func:`set_cookie_route` when the page after a
  sign-in fetches it with a one-time code (a script run cannot set an HTTP-only
  cookie itself). A reload sends the cookie with the new session's websocket and
  ``ui.auth`` reads it from ``st.context.cookies``. Signing out ends the sign-in
  here (the cookie is then worth nothing) and clears the cookie the same way.

A server restart forgets both (the cookie's key is made at start): everybody signs
in again. Nothing here imports Streamlit's script API; the routes are Starlette's.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass

COOKIE = "asn_signin"
SIGN_IN_S = 8 * 3600.0  # a working day; then sign in again
CODE_S = 120.0  # a one-time code must be fetched this soon
COOKIE_PATH = "/asn-auth/cookie"  # under server.baseUrlPath
CLEAR_PATH = "/asn-auth/clear"

WINDOW_S = 15 * 60.0
USER_FAILURES = 5  # failures of one username within WINDOW_S lock it
ADDRESS_FAILURES = 20  # failures from one client address (any usernames) lock it
LOCKOUT_S = 300.0


# ---------------------------------------------------------------- failed sign-ins
class Throttle:
    """Failed sign-ins per key (``user:<name>``, ``addr:<address>``) in a sliding window."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._failures: dict[str, deque[float]] = {}
        self._locked: dict[str, float] = {}  # key -> until (time.monotonic())

    @staticmethod
    def keys(username: str, address: str | None) -> tuple[str, str]:
        return f"user:{username}", f"addr:{address or 'local'}"

    def locked_for(self, username: str, address: str | None) -> float:
        """Seconds either key stays locked (0 if neither is)."""
        now = time.monotonic()
        with self._lock:
            return max(0.0, *(self._locked.get(k, 0.0) - now for k in self.keys(username, address)))

    def failed(self, username: str, address: str | None) -> tuple[int, bool]:
        """Count a failure; returns (failures of this username in the window, whether it now locks)."""
        now = time.monotonic()
        user_key, addr_key = self.keys(username, address)
        locks = False
        with self._lock:
            counts = {}
            for key in (user_key, addr_key):
                q = self._failures.setdefault(key, deque())
                q.append(now)
                while q and q[0] < now - WINDOW_S:
                    q.popleft()
                counts[key] = len(q)
            for key, limit in ((user_key, USER_FAILURES), (addr_key, ADDRESS_FAILURES)):
                if counts[key] >= limit:
                    self._locked[key] = now + LOCKOUT_S
                    self._failures.pop(key, None)
                    locks = True
            self._prune(now)
        return counts[user_key], locks

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(f"user:{username}", None)

    def reset(self) -> None:
        with self._lock:
            self._failures.clear()
            self._locked.clear()

    def _prune(self, now: float) -> None:
        for key in [k for k, until in self._locked.items() if until <= now]:
            del self._locked[key]
        if len(self._failures) > 10_000:  # someone trying many names: keep the recent ones
            for key in [k for k, q in self._failures.items() if not q or q[-1] < now - WINDOW_S]:
                del self._failures[key]


# ---------------------------------------------------------------- the sign-in cookie
@dataclass(frozen=True)
class SignIn:
    username: str
    until: float  # time.time()


class SignIns:
    """Who signed in, by a random id the browser holds in a signed cookie."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key = secrets.token_bytes(32)
        self._by_id: dict[str, SignIn] = {}
        self._codes: dict[str, tuple[str, str, float]] = {}  # code -> (what, value, until)

    def _sign(self, text: str) -> str:
        mac = hmac.new(self._key, text.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).decode().rstrip("=")

    def start(self, username: str, seconds: float = SIGN_IN_S) -> str:
        """A new sign-in; returns its cookie value ``<id>.<until>.<signature>``."""
        sid = secrets.token_urlsafe(24)
        until = int(time.time() + seconds)
        with self._lock:
            self._prune()
            self._by_id[sid] = SignIn(username, until)
        text = f"{sid}.{until}"
        return f"{text}.{self._sign(text)}"

    def username(self, cookie: str | None) -> str | None:
        """The user a cookie value stands for, if it is ours, unexpired and not ended."""
        sid = self._verified_id(cookie)
        if sid is None:
            return None
        with self._lock:
            entry = self._by_id.get(sid)
        if entry is None or entry.until <= time.time():
            return None
        return entry.username

    def end(self, cookie: str | None) -> None:
        sid = self._verified_id(cookie)
        if sid is not None:
            with self._lock:
                self._by_id.pop(sid, None)

    def end_user(self, username: str) -> None:
        """End every sign-in of a user (e.g. an account removed from the configuration)."""
        with self._lock:
            for sid in [s for s, e in self._by_id.items() if e.username == username]:
                del self._by_id[sid]

    def _verified_id(self, cookie: str | None) -> str | None:
        if not cookie or cookie.count(".") != 2:
            return None
        sid, until, signature = cookie.split(".")
        if not hmac.compare_digest(signature, self._sign(f"{sid}.{until}")):
            return None
        try:
            if int(until) <= time.time():
                return None
        except ValueError:
            return None
        return sid

    # one-time codes: what the page's <img> fetches to set or clear the cookie
    def code(self, what: str, value: str = "") -> str:
        code = secrets.token_urlsafe(24)
        with self._lock:
            self._prune()
            self._codes[code] = (what, value, time.monotonic() + CODE_S)
        return code

    def redeem(self, code: str | None, what: str) -> str | None:
        with self._lock:
            entry = self._codes.pop(code or "", None)
        if entry is None or entry[0] != what or entry[2] <= time.monotonic():
            return None
        return entry[1]

    def reset(self) -> None:
        with self._lock:
            self._by_id.clear()
            self._codes.clear()

    def _prune(self) -> None:
        now, mono = time.time(), time.monotonic()
        for sid in [s for s, e in self._by_id.items() if e.until <= now]:
            del self._by_id[sid]
        for code in [c for c, e in self._codes.items() if e[2] <= mono]:
            del self._codes[code]


THROTTLE = Throttle()
SIGN_INS = SignIns()


# ---------------------------------------------------------------- routes (Starlette)
def _base_path() -> str:
    try:
        from streamlit import config

        base = (config.get_option("server.baseUrlPath") or "").strip("/")
    except Exception:
        base = ""
    return f"/{base}" if base else ""


def cookie_url(code: str) -> str:
    return f"{_base_path()}{COOKIE_PATH}?code={code}"


def clear_url(code: str) -> str:
    return f"{_base_path()}{CLEAR_PATH}?code={code}"


def _secure(request) -> bool:
    proto = request.headers.get("x-forwarded-proto", request.url.scheme)
    return proto.split(",")[0].strip() == "https"


async def set_cookie_route(request):
    """GET ``/asn-auth/cookie?code=...``: the sign-in cookie for a code issued at sign-in."""
    from starlette.responses import Response

    value = SIGN_INS.redeem(request.query_params.get("code"), "set")
    response = Response(status_code=204 if value else 403, headers={"Cache-Control": "no-store"})
    if value:
        until = int(value.split(".")[1])
        response.set_cookie(
            COOKIE,
            value,
            max_age=max(0, until - int(time.time())),
            path=_base_path() or "/",
            httponly=True,
            samesite="strict",
            secure=_secure(request),
        )
    return response


async def clear_cookie_route(request):
    """GET ``/asn-auth/clear?code=...``: the cookie removed (the sign-in has already ended)."""
    from starlette.responses import Response

    ok = SIGN_INS.redeem(request.query_params.get("code"), "clear") is not None
    response = Response(status_code=204 if ok else 403, headers={"Cache-Control": "no-store"})
    if ok:
        response.delete_cookie(COOKIE, path=_base_path() or "/", httponly=True, samesite="strict")
    return response


def routes() -> list:
    from starlette.routing import Route

    base = _base_path()
    return [
        Route(f"{base}{COOKIE_PATH}", set_cookie_route, methods=["GET"]),
        Route(f"{base}{CLEAR_PATH}", clear_cookie_route, methods=["GET"]),
    ]
