"""Sign-in and roles: viewer < analyst < admin.

Browsing is open: nobody signed in is a viewer. Pages (or parts of pages) that
need more call :func:`require_role` (draws a sign-in prompt and stops the page)
or check :func:`current_user` (``current_user().can("analyst")``).

Two ways to sign in (docs/access.md):

- **Identity provider (OIDC)**, when ``st.secrets`` has an ``[auth]`` section
  with a provider: ``st.login()``; the e-mail address is mapped to a role by the
  ``[auth_roles]`` table (``analyst = [...]``, ``admin = [...]``), anyone else
  is a viewer. Password accounts are not used then.
- **Password accounts** otherwise, from the first of: ``st.secrets["auth_users"]``;
  the TOML file named by ``$ASN_USERS_FILE`` (same ``[auth_users.<name>]``
  tables); the demo accounts in ``.streamlit/demo_users.toml`` — those only
  while the loaded database is the synthetic demo and ``ASN_DEMO_USERS`` is not
  ``"0"`` (local use only; the sign-in form then names them and their public
  passwords, :data:`DEMO_PASSWORDS`). Passwords are stored as salted scrypt hashes
  (``python -m ui.auth hash`` makes one; n = 2^17, and a hash made with a lower
  cost is rewritten at the next sign-in where its file can be written). A password
  sign-in survives a reload for up to eight hours: a signed, HTTP-only cookie
  (:mod:`ui.auth_server`); signing out ends it.

Failed sign-ins get one generic message and cost a short delay; they are counted on
the server per username and per client address, whatever browser session they come
from, and lock that username (or address) for a while. Only usernames are logged.
A session signed in as an analyst may upload files (:mod:`ui.upload_guard`).
"""

from __future__ import annotations

import argparse
import base64
import getpass
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import sys
import threading
import time
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, NoReturn

import streamlit as st

from reporting.safe import md
from ui import auth_server, upload_guard
from ui.i18n import t

log = logging.getLogger(__name__)

ROLES = ("viewer", "analyst", "admin")  # each may do what the ones before it may

USERS_FILE_ENV = "ASN_USERS_FILE"
DEMO_USERS_ENV = "ASN_DEMO_USERS"
DEMO_USERS_FILE = Path(__file__).resolve().parents[1] / ".streamlit" / "demo_users.toml"
# The demo accounts' passwords are public (README "Access"): the sign-in form names them
# while the demo database is loaded. tests/test_auth.py checks they match DEMO_USERS_FILE.
DEMO_PASSWORDS = {"analis": "demo-analis", "admin": "demo-admin"}

# scrypt: n = 2**17, r = 8, p = 1 (current guidance) takes 128 MiB and about 0.4 s per
# check; at most SCRYPT_SLOTS run at once, so parallel sign-ins cannot fill the memory
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_DKLEN, SALT_BYTES = 2**17, 8, 1, 32, 16
_SCRYPT_LIMITS = {"n": 2**20, "r": 32, "p": 16}  # a hash asking for more is refused, not computed
SCRYPT_SLOTS = threading.BoundedSemaphore(2)
MIN_PASSWORD_LENGTH = 10

# failed sign-ins, counted on the server (ui.auth_server.THROTTLE) across sessions
FAILURE_DELAY_S = 1.0  # every failure waits this long
MAX_FAILURES = auth_server.USER_FAILURES  # of one username within auth_server.WINDOW_S: locked
LOCKOUT_S = auth_server.LOCKOUT_S

_USER = "_auth_user"  # session state: the username signed in with a password
_SIGN_IN = "_auth_sign_in"  # the sign-in's cookie value (ui.auth_server.SIGN_INS)
_SET_COOKIE = "_auth_set_cookie"  # one-time code the next run hands the browser to set it
_CLEAR_COOKIE = "_auth_clear_cookie"  # ... to clear it after a sign-out
_TRIED = "_auth_tried"  # the username last tried in this session (its lock is shown)
_FAILED = "_auth_failed"  # the form whose sign-in just failed (said once, under that form)


# ---------------------------------------------------------------- users and roles
@dataclass(frozen=True)
class User:
    """Who is using the dashboard. ``username`` is empty for a viewer nobody signed in as."""

    username: str
    display_name: str
    role: str

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, not {self.role!r}")

    def can(self, role: str) -> bool:
        """May this user do what ``role`` may (admin ≥ analyst ≥ viewer)?"""
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, not {role!r}")
        return ROLES.index(self.role) >= ROLES.index(role)

    @property
    def signed_in(self) -> bool:
        return bool(self.username)


VIEWER = User("", "", "viewer")


@dataclass(frozen=True)
class Account:
    """A password account from the configuration."""

    username: str
    password_hash: str
    role: str
    display_name: str


class Accounts(NamedTuple):
    """The password accounts in force and where they came from:
    "secrets", "file", "demo" or "none"."""

    source: str
    users: dict[str, Account]


# ---------------------------------------------------------------- password hashes
def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(
    password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P, salt: bytes | None = None
) -> str:
    """``scrypt$n$r$p$salt$hash`` (salt and hash in base64) for a configuration file."""
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    digest = _scrypt(password, salt, n, r, p, SCRYPT_DKLEN)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    with SCRYPT_SLOTS:
        return hashlib.scrypt(
            password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=dklen, maxmem=128 * n * r * p + 2**20
        )


def _parse_hash(stored: str) -> tuple[int, int, int, bytes, bytes]:
    """Parameters, salt and digest of a stored hash; ValueError if it is not one we accept."""
    scheme, n, r, p, salt, digest = stored.split("$")
    if scheme != "scrypt":
        raise ValueError("not an scrypt hash")
    n, r, p = int(n), int(r), int(p)
    if not (1 < n <= _SCRYPT_LIMITS["n"] and n & (n - 1) == 0):
        raise ValueError("n must be a power of two within limits")
    if not (0 < r <= _SCRYPT_LIMITS["r"] and 0 < p <= _SCRYPT_LIMITS["p"]):
        raise ValueError("r or p out of limits")
    salt_b, digest_b = base64.b64decode(salt, validate=True), base64.b64decode(digest, validate=True)
    if len(salt_b) < 8 or len(digest_b) < 16:
        raise ValueError("salt or hash too short")
    return n, r, p, salt_b, digest_b


def verify_password(password: str, stored: str) -> bool:
    """Does ``password`` match the stored hash? False (never an error) for a malformed hash."""
    try:
        n, r, p, salt, digest = _parse_hash(stored)
    except (ValueError, TypeError, AttributeError):
        return False
    return hmac.compare_digest(_scrypt(password, salt, n, r, p, len(digest)), digest)


# Checked against when the username is unknown, so a wrong username takes as long as a
# wrong password and the response time does not tell whether the account exists.
_DUMMY_HASH = f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}$AAAAAAAAAAAAAAAAAAAAAA==$" + _b64(bytes(SCRYPT_DKLEN))


def needs_rehash(stored: str) -> bool:
    """Was the hash made with less than today's cost (n·r·p, what scrypt's work grows with)?"""
    try:
        n, r, p, _salt, _digest = _parse_hash(stored)
    except (ValueError, TypeError, AttributeError):
        return False
    return n * r * p < SCRYPT_N * SCRYPT_R * SCRYPT_P


def _account_files(source: str, environ: Mapping[str, str] | None = None) -> list[Path]:
    """Where the accounts of a source are written (the demo's file is never rewritten)."""
    environ = os.environ if environ is None else environ
    if source == "file":
        return [Path(environ.get(USERS_FILE_ENV, "").strip())]
    if source == "secrets":
        try:
            from streamlit import config

            return [Path(p) for p in config.get_option("secrets.files")]
        except Exception:
            return []
    return []


def upgrade_hash(
    account: Account, password: str, source: str, environ: Mapping[str, str] | None = None
) -> bool:
    """Rewrite an account's old-cost hash with today's cost in the file it came from (the
    one file holding that exact hash string, replaced in place, mode kept). False when it
    cannot be done (the secrets come from elsewhere, a read-only file): the old hash then
    keeps working, and the server log says so once per sign-in."""
    if not needs_rehash(account.password_hash):
        return False
    new = hash_password(password)
    for path in _account_files(source, environ):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        if text.count(account.password_hash) != 1:
            continue
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text(text.replace(account.password_hash, new), encoding="utf-8")
            os.chmod(tmp, path.stat().st_mode & 0o7777)
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            log.warning("password hash of %r uses an old cost; %s cannot be rewritten (%s)",
                        account.username[:64], path.name, type(exc).__name__)  # fmt: skip
            return False
        log.info("password hash of %r rewritten with n=%d in %s", account.username[:64], SCRYPT_N, path.name)
        return True
    log.warning("password hash of %r uses an old cost; make a new one with python -m ui.auth hash",
                account.username[:64])  # fmt: skip
    return False


# ---------------------------------------------------------------- configuration
def _plain(value):
    """A secrets section (Streamlit's AttrDict) as plain dicts and lists."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _accounts_from_table(table, origin: str) -> dict[str, Account]:
    """``{username: {password_hash, role, display_name}}`` -> accounts; bad entries are skipped
    with a warning that names the username, never the hash."""
    users: dict[str, Account] = {}
    if not isinstance(table, Mapping):
        log.error("auth_users in %s is not a table of accounts; no accounts loaded", origin)
        return users
    for name, entry in table.items():
        username = str(name).strip().casefold()
        if not isinstance(entry, Mapping):
            log.warning("account %r in %s ignored: not a table", username, origin)
            continue
        password_hash, role = entry.get("password_hash"), entry.get("role", "analyst")
        try:
            _parse_hash(password_hash)
        except (ValueError, TypeError, AttributeError):
            log.warning("account %r in %s ignored: password_hash is not an scrypt hash", username, origin)
            continue
        if role not in ROLES:
            log.warning("account %r in %s ignored: role must be one of %s", username, origin, ROLES)
            continue
        display = str(entry.get("display_name") or name)
        users[username] = Account(username, password_hash, role, display)
    return users


def load_accounts(
    secrets_: Mapping, *, environ: Mapping[str, str] | None = None, demo_database: bool
) -> Accounts:
    """The password accounts in force.

    The first configured source wins: ``secrets_["auth_users"]``, then the file named by
    ``$ASN_USERS_FILE``, then — only for the demo database, unless ``ASN_DEMO_USERS=0`` —
    the demo accounts. A configured source that cannot be read gives no accounts rather
    than falling back to the demo ones.
    """
    environ = os.environ if environ is None else environ
    if secrets_.get("auth_users") is not None:
        return Accounts("secrets", _accounts_from_table(_plain(secrets_["auth_users"]), "st.secrets"))
    path = environ.get(USERS_FILE_ENV, "").strip()
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            log.error(
                "%s=%s cannot be read (%s); no accounts loaded", USERS_FILE_ENV, path, type(exc).__name__
            )
            return Accounts("file", {})
        return Accounts("file", _accounts_from_table(data.get("auth_users", {}), path))
    if demo_database and environ.get(DEMO_USERS_ENV, "1").strip() != "0":
        data = tomllib.loads(DEMO_USERS_FILE.read_text(encoding="utf-8"))
        return Accounts("demo", _accounts_from_table(data["auth_users"], DEMO_USERS_FILE.name))
    return Accounts("none", {})


def oidc_providers(secrets_: Mapping) -> list[str | None]:
    """Identity providers configured in ``[auth]`` (None = the unnamed default one).

    A provider needs client_id, client_secret and server_metadata_url; the section
    needs redirect_uri and cookie_secret. Without those there is no OIDC sign-in.
    """
    auth = secrets_.get("auth")
    if not isinstance(auth, Mapping) or not {"redirect_uri", "cookie_secret"} <= set(auth):
        return []
    needed = {"client_id", "client_secret", "server_metadata_url"}
    providers: list[str | None] = [None] if needed <= set(auth) else []
    providers += sorted(
        name for name, section in auth.items() if isinstance(section, Mapping) and needed <= set(section)
    )
    return providers


def role_for_email(email: str | None, roles: Mapping | None, *, email_verified: bool | None = None) -> str:
    """The role of an identity-provider user: listed under ``admin`` or ``analyst`` in
    ``[auth_roles]`` (exact addresses, case-insensitive), otherwise viewer. An address
    the provider says is not verified is a viewer."""
    address = (email or "").strip().casefold()
    if not address or email_verified is False or not isinstance(roles, Mapping):
        return "viewer"
    for role in ("admin", "analyst"):
        listed = roles.get(role) or []
        if isinstance(listed, str):
            listed = [listed]
        if address in {str(e).strip().casefold() for e in listed}:
            return role
    return "viewer"


# ---------------------------------------------------------------- in a Streamlit run
def _secrets() -> dict:
    """``st.secrets`` as a plain dict ({} when there is no secrets file)."""
    try:
        return _plain(st.secrets.to_dict())
    except Exception:  # no secrets.toml, or one that does not parse
        return {}


def _demo_database() -> bool:
    try:
        from analytics import meta
        from ui import db

        return db.meta(meta.dataset_info).get("source") == "demo"
    except Exception:
        log.warning("dataset_info unreadable: demo accounts off")
        return False


def _accounts() -> Accounts:
    return load_accounts(_secrets(), demo_database=_demo_database())


def current_user() -> User:
    """The user of this session: signed in through the identity provider or with a
    password, or a viewer. The role comes from the configuration on every run, so a
    removed account or a changed role takes effect at once."""
    secrets_ = _secrets()
    if oidc_providers(secrets_):
        info = st.user
        if not info.get("is_logged_in"):
            return VIEWER
        email = info.get("email")
        name = str(info.get("name") or email or "")
        username = str(email or info.get("sub") or name)
        role = role_for_email(email, secrets_.get("auth_roles"), email_verified=info.get("email_verified"))
        return _with_upload_grant(User(username, name or username, role))
    username = st.session_state.get(_USER) or _restored()
    if not username:
        return _with_upload_grant(VIEWER)
    account = _accounts().users.get(username)
    if account is None:  # removed from the configuration while signed in
        _end_sign_in()
        return _with_upload_grant(VIEWER)
    return _with_upload_grant(User(account.username, account.display_name, account.role))


def _with_upload_grant(user: User) -> User:
    """An analyst's session may upload files (ui.upload_guard); anyone else's may not."""
    if user.can("analyst"):
        upload_guard.grant(user.username)
    else:
        upload_guard.revoke()
    return user


def _cookie() -> str | None:
    """The sign-in cookie the browser sent when this session connected."""
    try:
        return st.context.cookies.get(auth_server.COOKIE)
    except Exception:  # no browser (AppTest, a bare script run)
        return None


def _restored() -> str | None:
    """The user of a sign-in cookie still valid on the server (a reload, a new tab)."""
    cookie = _cookie()
    username = auth_server.SIGN_INS.username(cookie)
    if username is None:
        return None
    st.session_state[_USER] = username
    st.session_state[_SIGN_IN] = cookie
    log.info("sign-in restored from its cookie: %r", username[:64])
    return username


def _client_address() -> str | None:
    try:
        return st.context.ip_address
    except Exception:
        return None


def _locked_for(username: str | None = None) -> float:
    """Seconds sign-in stays locked for this client address, or for ``username`` (0 if not)."""
    name = username if username is not None else st.session_state.get(_TRIED, "")
    return auth_server.THROTTLE.locked_for(name, _client_address())


def sign_in(username: str, password: str) -> bool:
    """Check a username and password; on success remember the user for the session and
    start a sign-in that a reload keeps (the browser gets its cookie on the next run)."""
    name = (username or "").strip().casefold()
    shown = name[:64]
    st.session_state[_TRIED] = name
    if _locked_for(name) > 0:
        log.warning("sign-in refused while locked: %r", shown)
        return False
    accounts = _accounts()
    account = accounts.users.get(name)
    ok = verify_password(password or "", account.password_hash if account else _DUMMY_HASH)
    ok = ok and account is not None
    if ok:
        auth_server.THROTTLE.succeeded(name)
        upgrade_hash(account, password, accounts.source)
        cookie = auth_server.SIGN_INS.start(account.username)
        st.session_state[_USER] = account.username
        st.session_state[_SIGN_IN] = cookie
        st.session_state[_SET_COOKIE] = auth_server.SIGN_INS.code("set", cookie)
        st.session_state.pop(_CLEAR_COOKIE, None)
        log.info("sign-in succeeded: %r (%s)", shown, account.role)
        return True
    failures, locks = auth_server.THROTTLE.failed(name, _client_address())
    log.warning("sign-in failed: %r (%d failures of this username in %d min)",
                shown, failures, auth_server.WINDOW_S // 60)  # fmt: skip
    time.sleep(FAILURE_DELAY_S)
    if locks:
        log.warning("sign-in locked for %d s for %r or its client address", LOCKOUT_S, shown)
    return False


def _end_sign_in() -> str | None:
    """End this session's sign-in here and on the server; the browser's cookie is cleared
    on the next run."""
    user = st.session_state.pop(_USER, None)
    cookie = st.session_state.pop(_SIGN_IN, None) or _cookie()
    auth_server.SIGN_INS.end(cookie)
    st.session_state.pop(_SET_COOKIE, None)
    if cookie:
        st.session_state[_CLEAR_COOKIE] = auth_server.SIGN_INS.code("clear")
    upload_guard.revoke()
    return user


def sign_out() -> None:
    user = _end_sign_in()
    if user:
        log.info("signed out: %r", user[:64])


def _cookie_requests(container) -> None:
    """Have the browser fetch the one-time URL that sets (after a sign-in) or clears (after
    a sign-out) the HTTP-only sign-in cookie: an invisible image, nothing else loads."""
    for key, url in ((_SET_COOKIE, auth_server.cookie_url), (_CLEAR_COOKIE, auth_server.clear_url)):
        code = st.session_state.pop(key, None)
        if code:
            container.html(f'<img src="{url(code)}" alt="" width="1" height="1" style="display:none">')


def _role_label(role: str) -> str:
    return t(f"auth.role.{role}")


def _submitted(key: str) -> None:
    """The sign-in form's callback: checked before the run, so the run that follows the
    click already draws the signed-in user (no second run, issue #13)."""
    username = st.session_state.get(f"{key}_username", "")
    password = st.session_state.get(f"{key}_password", "")
    if not sign_in(username, password):
        st.session_state[_FAILED] = key


def _password_form(key: str, container) -> None:
    """Username + password; the run after a successful sign-in is the signed-in user's."""
    accounts = _accounts()
    if not accounts.users:
        container.info(t("auth.no_accounts"), icon=":material/info:")
        return
    if accounts.source == "demo":  # named above the fields, so they are read first
        container.caption(t("auth.demo_accounts"))
        container.markdown(
            "\n".join(
                "- "
                + t("auth.demo_account", username=name, password=password, role=_role_label(account.role))
                for name, password in DEMO_PASSWORDS.items()
                if (account := accounts.users.get(name)) is not None
            )
        )
    locked = _locked_for()
    form = container.form(key, clear_on_submit=True, enter_to_submit=True)
    form.text_input(t("auth.username"), key=f"{key}_username", autocomplete="username")
    form.text_input(
        t("auth.password"), type="password", key=f"{key}_password", autocomplete="current-password"
    )
    form.form_submit_button(
        t("auth.sign_in"),
        icon=":material/login:",
        disabled=locked > 0,
        type="primary",
        on_click=_submitted,
        args=(key,),
    )
    if st.session_state.get(_FAILED) == key:
        del st.session_state[_FAILED]
        locked = _locked_for()  # of the username just tried, or of this address
        if not locked:
            container.error(t("auth.failed"), icon=":material/error:")
    if locked:
        container.warning(t("auth.locked", minutes=max(1, round(locked / 60))), icon=":material/lock_clock:")


def _oidc_buttons(providers: list[str | None], key: str, container) -> None:
    for provider in providers:
        label = t("auth.oidc.button") if provider is None else t("auth.oidc.button_named", provider=provider)
        if container.button(label, key=f"{key}_oidc_{provider or 'default'}", icon=":material/login:"):
            try:
                st.login(provider)
            except Exception:  # e.g. Authlib not installed, or an incomplete [auth] section
                log.exception("st.login failed for provider %r", provider)
                container.error(t("auth.oidc.failed"), icon=":material/error:")


def _sign_in_widgets(key: str, container) -> None:
    providers = oidc_providers(_secrets())
    if providers:
        _oidc_buttons(providers, key, container)
    else:
        _password_form(key, container)


def require_role(role: str) -> User:
    """The current user if they may act as ``role``; otherwise draw a sign-in prompt in
    the main area and stop the page (``st.stop()``)."""
    user = current_user()
    if user.can(role):
        return user
    st.subheader(t("auth.prompt.title", role=_role_label(role)))
    if user.signed_in:
        st.warning(
            t(
                "auth.prompt.role_too_low",
                name=md(user.display_name),
                have=_role_label(user.role),
                role=_role_label(role),
            ),
            icon=":material/lock:",
        )
    else:
        st.caption(t("auth.prompt.body", role=_role_label(role)))
    if not user.signed_in or not oidc_providers(_secrets()):
        _sign_in_widgets("auth_main", st.container(width=420))
    st.stop()
    raise AssertionError("unreachable: st.stop() does not return")


def sidebar_account() -> User:
    """The account block near the top of the sidebar (dashboard.py draws it before the
    filters): sign in (a small form in a popover, or the identity provider's button), or
    who is signed in and a sign-out button."""
    user = current_user()
    sb = st.sidebar
    _cookie_requests(sb)
    if user.signed_in:
        sb.markdown(t("auth.sidebar.signed_in", name=md(user.display_name), role=_role_label(user.role)))
        if oidc_providers(_secrets()):
            if sb.button(t("auth.sign_out"), key="auth_sign_out", icon=":material/logout:", width="stretch"):
                st.logout()
        else:  # signed out before the run, which then draws a viewer's sidebar (no second run)
            sb.button(
                t("auth.sign_out"),
                key="auth_sign_out",
                icon=":material/logout:",
                width="stretch",
                on_click=sign_out,
            )
    else:
        sb.caption(t("auth.sidebar.viewer"))
        with sb.popover(t("auth.sign_in"), icon=":material/login:", width="stretch"):
            _sign_in_widgets("auth_sidebar", st.container())
    sb.divider()
    return user


# ---------------------------------------------------------------- python -m ui.auth hash
def _cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ui.auth",
        description="Make a password hash for [auth_users] in .streamlit/secrets.toml or $ASN_USERS_FILE.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    cmd = sub.add_parser("hash", help="prompt for a password (twice) and print its scrypt hash")
    cmd.add_argument("--user", help="also print a ready [auth_users.USER] table with this username")
    cmd.add_argument("--role", choices=ROLES[1:], default="analyst", help="role for --user (default analyst)")
    cmd.add_argument("--display-name", help="display name for --user")
    args = parser.parse_args(argv)

    password = getpass.getpass("Password: ")
    if len(password) < MIN_PASSWORD_LENGTH:
        print(f"Use at least {MIN_PASSWORD_LENGTH} characters.", file=sys.stderr)
        return 1
    if getpass.getpass("Repeat: ") != password:
        print("The passwords differ.", file=sys.stderr)
        return 1
    hashed = hash_password(password)
    if args.user:
        name = args.user.strip().casefold()
        key = name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else json.dumps(name, ensure_ascii=False)
        print(f"[auth_users.{key}]")
        print(f'password_hash = "{hashed}"')
        print(f'role = "{args.role}"')
        print(f"display_name = {json.dumps(args.display_name or args.user, ensure_ascii=False)}")
    else:
        print(hashed)
    return 0


def main() -> NoReturn:
    sys.exit(_cli())


if __name__ == "__main__":
    main()
