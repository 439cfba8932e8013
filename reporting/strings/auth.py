"""Strings of sign-in and roles (:mod:`ui.auth`): {key: (Bahasa Indonesia, English)}.

Merged into :data:`ui.i18n.STRINGS`.
"""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "auth.role.viewer": ("Pembaca", "Viewer"),
    "auth.role.analyst": ("Analis", "Analyst"),
    "auth.role.admin": ("Admin", "Admin"),
    # sidebar
    "auth.sidebar.title": ("Akun", "Account"),
    "auth.sidebar.viewer": (
        "Anda melihat sebagai pembaca (data agregat).",
        "You are browsing as a viewer (aggregates only).",
    ),
    "auth.sidebar.signed_in": ("Masuk sebagai **{name}** ({role}).", "Signed in as **{name}** ({role})."),
    "auth.sign_in": ("Masuk", "Sign in"),
    "auth.sign_out": ("Keluar", "Sign out"),
    # the prompt on a page that needs a role
    "auth.prompt.title": ("Perlu masuk sebagai {role}", "Sign-in as {role} required"),
    "auth.prompt.body": (
        "Bagian ini hanya untuk pengguna dengan peran **{role}** atau lebih tinggi. Masuk untuk melanjutkan.",
        "This part is only for users with the **{role}** role or higher. Sign in to continue.",
    ),
    "auth.prompt.role_too_low": (
        "Akun **{name}** berperan {have}; bagian ini memerlukan peran {role}. Masuk dengan akun lain "
        "atau minta admin menambah peran Anda.",
        "The account **{name}** has the {have} role; this part needs the {role} role. Sign in with another "
        "account or ask an admin to grant it.",
    ),
    # the password form
    "auth.username": ("Nama pengguna", "Username"),
    "auth.password": ("Kata sandi", "Password"),
    "auth.failed": (
        "Nama pengguna atau kata sandi salah.",
        "Wrong username or password.",
    ),
    "auth.locked": (
        "Terlalu banyak percobaan yang gagal. Coba lagi dalam {minutes} menit.",
        "Too many failed attempts. Try again in {minutes} minutes.",
    ),
    "auth.no_accounts": (
        "Belum ada akun analis di server ini. Pengelola dasbor dapat menambahkannya (docs/access.md).",
        "No analyst accounts are set up on this server. The dashboard's maintainer can add them "
        "(docs/access.md).",
    ),
    "auth.demo_accounts": (
        "Data demo sintetis dimuat, jadi akun demo ini aktif — **hanya untuk penggunaan lokal**:",
        "The synthetic demo data is loaded, so these demo accounts are active — **local use only**:",
    ),
    "auth.demo_account": (
        "**{username}**, kata sandi `{password}` ({role})",
        "**{username}**, password `{password}` ({role})",
    ),
    # single sign-on (OIDC)
    "auth.oidc.button": ("Masuk dengan akun instansi", "Sign in with your organisation account"),
    "auth.oidc.button_named": ("Masuk dengan {provider}", "Sign in with {provider}"),
    "auth.oidc.failed": (
        "Masuk dengan akun instansi tidak tersedia saat ini. Hubungi pengelola dasbor.",
        "Sign-in with the organisation account is not available right now. Contact the dashboard's "
        "maintainer.",
    ),
}
