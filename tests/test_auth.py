"""Sign-in and roles (ui/auth.py): password hashes, role order, where accounts come
from, the OIDC role mapping, and — with AppTest — a page that needs an analyst.

Not tested here: a real identity provider (st.login redirects to one; the tests
seed st.user as AppTest allows instead).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
import test_pages as base  # AppTest fixtures on the small demo database (tests/ is on sys.path)
from streamlit.testing.v1 import AppTest

from ui import auth, auth_server
from ui.auth import (
    Account,
    User,
    hash_password,
    load_accounts,
    oidc_providers,
    role_for_email,
    verify_password,
)
from ui.i18n import t

running_server_page_mode = base.running_server_page_mode
ui_db = base.ui_db
app_env = base.app_env

DEMO_ANALYST = ("analis", "demo-analis")  # as documented in docs/access.md
DEMO_ADMIN = ("admin", "demo-admin")
FAST = dict(n=2**4, r=1, p=1)  # cheap parameters for tests that hash many times


# ---------------------------------------------------------------- hashes
def test_hash_round_trip_and_wrong_password() -> None:
    stored = hash_password("correct horse battery")
    scheme, n, r, p, _salt, _digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(auth.SCRYPT_N), str(auth.SCRYPT_R), str(auth.SCRYPT_P))
    assert verify_password("correct horse battery", stored)
    assert not verify_password("correct horse batterY", stored)
    assert not verify_password("", stored)
    assert "correct horse" not in stored


def test_hash_is_salted_and_keeps_its_parameters() -> None:
    a, b = hash_password("same password", **FAST), hash_password("same password", **FAST)
    assert a != b  # a fresh salt each time
    assert a.startswith("scrypt$16$1$1$")
    assert verify_password("same password", a) and verify_password("same password", b)
    # the same salt and parameters give the same hash (what verification relies on)
    salt = bytes(range(16))
    assert hash_password("x", salt=salt, **FAST) == hash_password("x", salt=salt, **FAST)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plaintext-password",
        "bcrypt$12$abc$def",
        "scrypt$16$1$1$not base64!$AAAA",
        "scrypt$15$1$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==",  # n not a power of two
        "scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==",  # n over the limit
        "scrypt$16$1$1$AAAA$AAAAAAAAAAAAAAAAAAAAAA==",  # salt too short
        None,
    ],
)
def test_malformed_hash_never_matches_nor_raises(stored) -> None:
    assert not verify_password("anything", stored)


def test_demo_accounts_have_the_documented_passwords() -> None:
    accounts = load_accounts({}, environ={}, demo_database=True)
    assert accounts.source == "demo"
    analis, admin = accounts.users["analis"], accounts.users["admin"]
    assert (analis.role, admin.role) == ("analyst", "admin")
    assert verify_password(DEMO_ANALYST[1], analis.password_hash)
    assert verify_password(DEMO_ADMIN[1], admin.password_hash)
    assert not verify_password(DEMO_ADMIN[1], analis.password_hash)
    docs = (base.ROOT / "docs" / "access.md").read_text(encoding="utf-8")
    assert "local use only" in docs.lower()
    for name, password in (DEMO_ANALYST, DEMO_ADMIN):
        assert f"`{name}`" in docs and f"`{password}`" in docs
    # what the sign-in form names on the demo database (auth.DEMO_PASSWORDS) signs in
    assert dict([DEMO_ANALYST, DEMO_ADMIN]) == auth.DEMO_PASSWORDS
    for name, password in auth.DEMO_PASSWORDS.items():
        assert verify_password(password, accounts.users[name].password_hash), name


# ---------------------------------------------------------------- roles
def test_role_order() -> None:
    viewer, analyst, admin = (User(r, r, r) for r in ("viewer", "analyst", "admin"))
    assert [viewer.can(r) for r in auth.ROLES] == [True, False, False]
    assert [analyst.can(r) for r in auth.ROLES] == [True, True, False]
    assert [admin.can(r) for r in auth.ROLES] == [True, True, True]
    assert User("", "", "viewer") == auth.VIEWER
    assert not auth.VIEWER.signed_in
    with pytest.raises(ValueError):
        User("x", "x", "superuser")
    with pytest.raises(ValueError):
        analyst.can("owner")


# ---------------------------------------------------------------- where accounts come from
def _table(**roles: str) -> dict:
    return {
        name: {
            "password_hash": hash_password(f"pw-{name}", **FAST),
            "role": role,
            "display_name": name.title(),
        }
        for name, role in roles.items()
    }


def _users_file(tmp_path, **roles: str):
    lines = []
    for name, entry in _table(**roles).items():
        lines += [f"[auth_users.{name}]"] + [f'{k} = "{v}"' for k, v in entry.items()]
    path = tmp_path / "users.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_accounts_from_secrets_come_first(tmp_path) -> None:
    secrets = {"auth_users": _table(Siti="analyst", budi="admin")}
    env = {"ASN_USERS_FILE": str(_users_file(tmp_path, other="admin"))}
    accounts = load_accounts(secrets, environ=env, demo_database=True)
    assert accounts.source == "secrets"
    assert set(accounts.users) == {"siti", "budi"}  # usernames compare case-insensitively
    assert accounts.users["siti"] == Account(
        "siti", secrets["auth_users"]["Siti"]["password_hash"], "analyst", "Siti"
    )


def test_accounts_from_the_users_file(tmp_path) -> None:
    env = {"ASN_USERS_FILE": str(_users_file(tmp_path, rina="analyst"))}
    accounts = load_accounts({}, environ=env, demo_database=True)
    assert accounts.source == "file"
    assert list(accounts.users) == ["rina"]
    assert verify_password("pw-rina", accounts.users["rina"].password_hash)


def test_unreadable_users_file_gives_no_accounts_not_the_demo_ones(tmp_path, caplog) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[auth_users.x\npassword_hash = ", encoding="utf-8")
    for path in (bad, tmp_path / "missing.toml"):
        accounts = load_accounts({}, environ={"ASN_USERS_FILE": str(path)}, demo_database=True)
        assert accounts == ("file", {})


def test_demo_accounts_only_for_the_demo_database_and_not_when_disabled() -> None:
    assert load_accounts({}, environ={}, demo_database=True).source == "demo"
    assert load_accounts({}, environ={"ASN_DEMO_USERS": "1"}, demo_database=True).source == "demo"
    assert load_accounts({}, environ={"ASN_DEMO_USERS": "0"}, demo_database=True) == ("none", {})
    assert load_accounts({}, environ={}, demo_database=False) == ("none", {})


def test_bad_entries_are_skipped_and_logged_without_secrets(caplog) -> None:
    good = _table(ok="analyst")["ok"]
    secrets = {
        "auth_users": {
            "ok": good,
            "plain": {"password_hash": "hunter2hunter2", "role": "analyst"},
            "boss": {"password_hash": good["password_hash"], "role": "owner"},
            "flat": "not a table",
        }
    }
    with caplog.at_level(logging.WARNING, logger="ui.auth"):
        accounts = load_accounts(secrets, environ={}, demo_database=True)
    assert list(accounts.users) == ["ok"]
    assert {"'plain'", "'boss'", "'flat'"} <= set(caplog.text.replace("(", " ").split())
    assert "hunter2" not in caplog.text and good["password_hash"] not in caplog.text


# ---------------------------------------------------------------- OIDC configuration and roles
AUTH_DEFAULT = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "s" * 32,
    "client_id": "id",
    "client_secret": "secret",
    "server_metadata_url": "https://idp.example/.well-known/openid-configuration",
}


def test_oidc_providers() -> None:
    assert oidc_providers({}) == []
    assert oidc_providers({"auth": AUTH_DEFAULT}) == [None]
    shared = {k: AUTH_DEFAULT[k] for k in ("redirect_uri", "cookie_secret")}
    named = {k: AUTH_DEFAULT[k] for k in ("client_id", "client_secret", "server_metadata_url")}
    assert oidc_providers({"auth": {**shared, "okta": named, "microsoft": named}}) == ["microsoft", "okta"]
    # incomplete: no cookie_secret, or a provider without its metadata URL
    assert oidc_providers({"auth": {k: v for k, v in AUTH_DEFAULT.items() if k != "cookie_secret"}}) == []
    assert oidc_providers({"auth": {**shared, "okta": {"client_id": "x"}}}) == []


def test_role_for_email() -> None:
    roles = {
        "admin": ["Kepala.BKPSDM@salatiga.go.id"],
        "analyst": ["ana@salatiga.go.id", "kepala.bkpsdm@salatiga.go.id"],
    }
    assert role_for_email("kepala.bkpsdm@salatiga.go.id", roles) == "admin"  # admin wins, case-insensitive
    assert role_for_email(" ANA@salatiga.go.id ", roles) == "analyst"
    assert role_for_email("someone@salatiga.go.id", roles) == "viewer"
    assert role_for_email("ana@salatiga.go.id", roles, email_verified=False) == "viewer"
    assert role_for_email("ana@salatiga.go.id", {"analyst": "ana@salatiga.go.id"}) == "analyst"
    assert role_for_email(None, roles) == "viewer"
    assert role_for_email("ana@salatiga.go.id", None) == "viewer"


# ---------------------------------------------------------------- python -m ui.auth hash
def test_cli_prints_a_hash_that_verifies(monkeypatch, capsys) -> None:
    answers = iter(["a long enough pw", "a long enough pw"])
    monkeypatch.setattr(auth.getpass, "getpass", lambda prompt="": next(answers))
    assert auth._cli(["hash", "--user", "Rina", "--role", "admin", "--display-name", 'Rina "R"']) == 0
    out = capsys.readouterr().out
    import tomllib

    entry = tomllib.loads(out)["auth_users"]["rina"]
    assert entry["role"] == "admin" and entry["display_name"] == 'Rina "R"'
    assert verify_password("a long enough pw", entry["password_hash"])
    assert "a long enough pw" not in out


@pytest.mark.parametrize("answers", [["short", "short"], ["a long enough pw", "another long pw"]])
def test_cli_refuses_short_or_differing_passwords(monkeypatch, capsys, answers) -> None:
    it = iter(answers)
    monkeypatch.setattr(auth.getpass, "getpass", lambda prompt="": next(it))
    assert auth._cli(["hash"]) == 1
    assert "scrypt$" not in capsys.readouterr().out


# ---------------------------------------------------------------- a page that needs an analyst
def _protected_page() -> None:
    import streamlit as st

    from ui.auth import require_role

    user = require_role("analyst")
    st.markdown(f"PROTECTED CONTENT for {user.username} ({user.role})")


@pytest.fixture
def no_delay(monkeypatch) -> Iterator[None]:
    """No 1 s wait per failure, the demo accounts, and a server that has seen no failed
    sign-in yet (the counts live in this process: ui.auth_server)."""
    monkeypatch.setattr(auth, "FAILURE_DELAY_S", 0.0)
    monkeypatch.delenv("ASN_USERS_FILE", raising=False)
    monkeypatch.delenv("ASN_DEMO_USERS", raising=False)
    auth_server.THROTTLE.reset()
    yield
    auth_server.THROTTLE.reset()  # a lock left behind would refuse the next file's sign-ins


def _protected() -> AppTest:
    at = AppTest.from_function(_protected_page, default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _content(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if "PROTECTED CONTENT" in m.value]


def _submit(at: AppTest, username: str, password: str, key: str = "auth_main") -> AppTest:
    at.text_input(key=f"{key}_username").input(username)
    at.text_input(key=f"{key}_password").input(password)
    next(b for b in at.button if b.label == t("auth.sign_in")).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _demo_list() -> str:
    return "\n".join(
        "- " + t("auth.demo_account", username=name, password=password, role=t(f"auth.role.{role}"))
        for (name, password), role in ((DEMO_ANALYST, "analyst"), (DEMO_ADMIN, "admin"))
    )


def test_viewer_gets_the_sign_in_form_and_the_page_stops(app_env, no_delay) -> None:
    at = _protected()
    assert not _content(at)
    assert t("auth.prompt.title", role=t("auth.role.analyst")) in [s.value for s in at.subheader]
    assert (
        at.text_input(key="auth_main_password").proto.type
        == at.text_input(key="auth_main_password").proto.PASSWORD
    )
    # the demo database: demo accounts on, and the form names them with their passwords
    # (not a pointer to docs/access.md, a file an analyst never sees)
    assert t("auth.demo_accounts") in [c.value for c in at.caption]
    assert _demo_list() in [m.value for m in at.markdown]
    assert not any("docs/access.md" in c.value for c in at.caption)


def test_demo_analyst_signs_in_and_sees_the_content(app_env, no_delay, caplog) -> None:
    at = _protected()
    with caplog.at_level(logging.INFO, logger="ui.auth"):
        _submit(at, " Analis ", DEMO_ANALYST[1])
    assert _content(at) == ["PROTECTED CONTENT for analis (analyst)"]
    assert not at.error
    assert "analis" in caplog.text and DEMO_ANALYST[1] not in caplog.text
    # the password does not linger in the session's state
    assert DEMO_ANALYST[1] not in repr(at.session_state.to_dict())
    # still signed in on the next run
    at.run()
    assert _content(at)


def test_admin_may_do_what_an_analyst_may(app_env, no_delay) -> None:
    at = _submit(_protected(), *DEMO_ADMIN)
    assert _content(at) == ["PROTECTED CONTENT for admin (admin)"]


def test_wrong_password_and_unknown_user_get_the_same_message(app_env, no_delay, caplog) -> None:
    messages = []
    for username, password in (("analis", "wrong-password"), ("nobody", DEMO_ANALYST[1])):
        with caplog.at_level(logging.INFO, logger="ui.auth"):
            at = _submit(_protected(), username, password)
        assert not _content(at)
        messages.append([e.value for e in at.error])
    assert messages[0] == messages[1] == [t("auth.failed")]
    assert "wrong-password" not in caplog.text and DEMO_ANALYST[1] not in caplog.text
    assert "'nobody'" in caplog.text


def test_repeated_failures_lock_the_form(app_env, no_delay) -> None:
    at = _protected()
    for _ in range(auth.MAX_FAILURES):
        _submit(at, "analis", "wrong-password")
    assert t("auth.locked", minutes=5) in [w.value for w in at.warning]
    # locked: the form's button is disabled for the username just tried
    at.run()
    assert t("auth.locked", minutes=5) in [w.value for w in at.warning]
    assert next(b for b in at.button if b.label == t("auth.sign_in")).disabled


def test_lockout_holds_across_sessions_and_a_reload(app_env, no_delay, caplog) -> None:
    """Issue #12: the lock was per browser session, so a reload (a new session) or
    sessions in parallel reset it. Now the server counts per username."""
    first = _protected()
    for _ in range(auth.MAX_FAILURES):
        _submit(first, "analis", "wrong-password")
    assert t("auth.locked", minutes=5) in [w.value for w in first.warning]
    # another session (a reload, another tab, another browser): the right password is refused
    second = _protected()
    assert not next(b for b in second.button if b.label == t("auth.sign_in")).disabled
    with caplog.at_level(logging.WARNING, logger="ui.auth"):
        _submit(second, *DEMO_ANALYST)
    assert not _content(second)
    assert not second.error  # no "wrong password" while locked: only the lock message
    assert t("auth.locked", minutes=5) in [w.value for w in second.warning]
    assert "refused while locked: 'analis'" in caplog.text
    # other usernames are not locked by one username's failures
    assert _content(_submit(_protected(), *DEMO_ADMIN))
    # ... until the lock ends
    auth_server.THROTTLE.reset()
    assert _content(_submit(_protected(), *DEMO_ANALYST))


def test_one_client_address_trying_many_usernames_is_locked(monkeypatch) -> None:
    throttle = auth_server.Throttle()
    for i in range(auth_server.ADDRESS_FAILURES):
        assert throttle.locked_for(f"user{i}", "10.0.0.7") == 0
        throttle.failed(f"user{i}", "10.0.0.7")
    assert throttle.locked_for("someone-else", "10.0.0.7") > 0  # any username from that address
    assert throttle.locked_for("someone-else", "10.0.0.8") == 0  # another address is not
    throttle.succeeded("user1")  # a success clears a username's failures, not the address's lock
    assert throttle.locked_for("user1", "10.0.0.7") > 0


def test_failures_out_of_the_window_do_not_count(monkeypatch) -> None:
    clock = [1000.0]
    monkeypatch.setattr(auth_server.time, "monotonic", lambda: clock[0])
    throttle = auth_server.Throttle()
    for _ in range(auth_server.USER_FAILURES - 1):
        throttle.failed("siti", None)
    clock[0] += auth_server.WINDOW_S + 1
    assert throttle.failed("siti", None) == (1, False)
    assert throttle.locked_for("siti", None) == 0


# ---------------------------------------------------------------- scrypt cost and old hashes
def test_new_hashes_use_n_2_17_and_old_ones_still_verify() -> None:
    assert auth.SCRYPT_N == 2**17
    old = hash_password("an old password", n=2**14)
    assert old.startswith("scrypt$16384$8$1$")
    assert verify_password("an old password", old)
    assert auth.needs_rehash(old)
    assert not auth.needs_rehash(hash_password("a new password"))
    assert auth._DUMMY_HASH.startswith(f"scrypt${2**17}$")  # unknown users cost as much as known ones


def test_an_old_hash_is_upgraded_at_the_next_sign_in(
    app_env, no_delay, tmp_path, monkeypatch, caplog
) -> None:
    old = hash_password("pw-siti-lama", n=2**14)
    users = tmp_path / "users.toml"
    users.write_text(
        f'# accounts of BKPSDM\n[auth_users.siti]\npassword_hash = "{old}"\nrole = "analyst"\n'
        'display_name = "Siti"\n',
        encoding="utf-8",
    )
    users.chmod(0o600)
    monkeypatch.setenv("ASN_USERS_FILE", str(users))
    with caplog.at_level(logging.INFO, logger="ui.auth"):
        at = _submit(_protected(), "siti", "pw-siti-lama")
    assert _content(at) == ["PROTECTED CONTENT for siti (analyst)"]
    text = users.read_text(encoding="utf-8")
    assert old not in text and "# accounts of BKPSDM" in text
    (new,) = [line.split('"')[1] for line in text.splitlines() if line.startswith("password_hash")]
    assert new.startswith(f"scrypt${2**17}$8$1$") and verify_password("pw-siti-lama", new)
    assert users.stat().st_mode & 0o777 == 0o600
    assert "pw-siti-lama" not in caplog.text
    # and the next sign-in works with the new hash
    assert _content(_submit(_protected(), "siti", "pw-siti-lama"))


def test_a_hash_that_cannot_be_rewritten_keeps_working(tmp_path, caplog) -> None:
    old = hash_password("pw", n=2**14)
    account = Account("budi", old, "analyst", "Budi")
    with caplog.at_level(logging.WARNING, logger="ui.auth"):
        assert not auth.upgrade_hash(account, "pw", "demo")  # the demo's file is never rewritten
    assert "old cost" in caplog.text


# ---------------------------------------------------------------- the sign-in cookie (server side)
def test_sign_in_cookie_is_signed_bounded_and_ends_at_sign_out(monkeypatch) -> None:
    store = auth_server.SignIns()
    cookie = store.start("analis")
    assert store.username(cookie) == "analis"
    sid, until, signature = cookie.split(".")
    assert int(until) <= auth_server.time.time() + auth_server.SIGN_IN_S + 1
    assert store.username(f"{sid}.{int(until) + 3600}.{signature}") is None  # a longer life: not ours
    assert store.username(f"x{sid}.{until}.{signature}") is None
    assert auth_server.SignIns().username(cookie) is None  # another server (restart): another key
    code = store.code("set", cookie)
    assert store.redeem(code, "clear") is None and store.redeem(code, "set") is None  # one use, one purpose
    store.end(cookie)
    assert store.username(cookie) is None
    later = store.start("analis", seconds=-1)
    assert store.username(later) is None


def test_demo_accounts_off_when_disabled_or_accounts_are_configured(app_env, no_delay, monkeypatch) -> None:
    monkeypatch.setenv("ASN_DEMO_USERS", "0")
    at = _protected()
    assert t("auth.no_accounts") in [i.value for i in at.info]
    assert not at.text_input
    monkeypatch.delenv("ASN_DEMO_USERS")

    at = AppTest.from_function(_protected_page, default_timeout=60)
    at.secrets["auth_users"] = _table(rina="analyst")
    at.run()
    assert t("auth.demo_accounts") not in [c.value for c in at.caption]
    assert _demo_list() not in [m.value for m in at.markdown]  # real accounts: no demo passwords shown
    _submit(at, *DEMO_ANALYST)
    assert not _content(at)
    _submit(at, "rina", "pw-rina")
    assert _content(at) == ["PROTECTED CONTENT for rina (analyst)"]


def test_viewer_role_account_is_told_it_lacks_the_role(app_env, no_delay) -> None:
    at = AppTest.from_function(_protected_page, default_timeout=60)
    at.secrets["auth_users"] = _table(tamu="viewer")
    at.run()
    _submit(at, "tamu", "pw-tamu")
    assert not _content(at)
    expected = t(
        "auth.prompt.role_too_low", name="Tamu", have=t("auth.role.viewer"), role=t("auth.role.analyst")
    )
    assert expected in [w.value for w in at.warning]


# ---------------------------------------------------------------- OIDC, with st.user seeded
def _oidc_app(user: dict) -> AppTest:
    at = AppTest.from_function(_protected_page, default_timeout=60)
    at.secrets["auth"] = AUTH_DEFAULT
    at.secrets["auth_roles"] = {"analyst": ["ana@salatiga.go.id"]}
    at.user = user
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_oidc_user_gets_the_role_of_their_email(app_env, no_delay) -> None:
    at = _oidc_app({"is_logged_in": True, "email": "ana@salatiga.go.id", "name": "Ana"})
    assert _content(at) == ["PROTECTED CONTENT for ana@salatiga.go.id (analyst)"]


def test_oidc_user_not_listed_is_a_viewer(app_env, no_delay) -> None:
    at = _oidc_app({"is_logged_in": True, "email": "other@salatiga.go.id", "name": "Other"})
    assert not _content(at)
    assert any("Other" in w.value for w in at.warning)
    assert not at.text_input  # no password form when an identity provider is configured


def test_oidc_signed_out_gets_the_provider_button_not_a_password_form(app_env, no_delay) -> None:
    at = _oidc_app({"is_logged_in": False})
    assert not _content(at)
    assert t("auth.oidc.button") in [b.label for b in at.button]
    assert not at.text_input
    # the demo accounts do not apply either (a password sign-in would be ignored)
    assert auth.oidc_providers({"auth": AUTH_DEFAULT})


# ---------------------------------------------------------------- the sidebar of the dashboard
def test_sidebar_sign_in_and_sign_out(app_env, no_delay) -> None:
    at = AppTest.from_file(base.APP, default_timeout=90)
    at.run()
    base.assert_ok(at)
    assert t("auth.sidebar.viewer") in [c.value for c in at.sidebar.caption]
    _submit(at, *DEMO_ANALYST, key="auth_sidebar")
    base.assert_ok(at)
    signed_in = t("auth.sidebar.signed_in", name="Analis Demo", role=t("auth.role.analyst"))
    assert signed_in in [m.value for m in at.sidebar.markdown]
    at.switch_page("pages/kinerja.py").run()  # the sign-in lasts across pages
    assert signed_in in [m.value for m in at.sidebar.markdown]
    next(b for b in at.sidebar.button if b.label == t("auth.sign_out")).click().run()
    base.assert_ok(at)
    assert signed_in not in [m.value for m in at.sidebar.markdown]
    assert t("auth.sidebar.viewer") in [c.value for c in at.sidebar.caption]


def _sidebar_order(at: AppTest) -> list[str]:
    """What the sidebar shows, top to bottom: the texts of its captions, headers and buttons."""
    out = []

    def walk(node) -> None:
        for child in getattr(node, "children", {}).values():
            value = getattr(child, "value", None) if child.type in ("caption", "header", "markdown") else None
            label = getattr(child, "label", None) if child.type in ("button", "popover") else None
            if isinstance(value, str) or isinstance(label, str):
                out.append(value if isinstance(value, str) else label)
            walk(child)

    walk(at.sidebar)
    return out


def test_sign_in_sits_above_the_filters_and_the_upload_page_is_in_every_menu(
    app_env, no_delay, monkeypatch
) -> None:
    import streamlit as st

    menus: list[dict[str, str]] = []
    real_navigation = st.navigation

    def recording(pages, **kwargs):
        menus.append({p.url_path: p.visibility for p in pages})
        return real_navigation(pages, **kwargs)

    monkeypatch.setattr(st, "navigation", recording)
    at = AppTest.from_file(base.APP, default_timeout=90)
    at.run()
    base.assert_ok(at)
    order = _sidebar_order(at)
    # "Masuk" under the menu and the language, above the filters (it was below them)
    assert (
        order.index(t("auth.sidebar.viewer"))
        < order.index(t("auth.sign_in"))
        < order.index(t("filters.title"))
    )
    # the sign-in form of the sidebar names the demo accounts too
    assert _demo_list() in order
    # Unggah Data and Kualitas Data are in a viewer's menu (Unggah asks for a sign-in itself)
    assert menus and menus[-1]["unggah"] == "visible" and menus[-1]["kualitas"] == "visible"
