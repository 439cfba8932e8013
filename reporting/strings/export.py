"""Strings of the table and chart downloads (merged into ui.i18n.STRINGS)."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "download.xlsx": ("Unduh XLSX", "Download XLSX"),
    "download.sheet": ("Data", "Data"),
    "download.png": ("Unduh PNG", "Download PNG"),
    "download.png.help": (
        "Gambar grafik ini (PNG), dibuat saat tombol ditekan; gambar pertama butuh beberapa detik.",
        "This chart as an image (PNG), made when you click; the first image takes a few seconds.",
    ),
    "download.png.unavailable": (
        "PNG tidak tersedia: Chromium belum terpasang",
        "PNG unavailable: no Chromium",
    ),
    "download.png.unavailable.help": (
        "Gambar grafik dibuat dengan peramban Chromium di server, dan Chromium tidak ditemukan atau tidak "
        "berjalan. Pengelola dasbor dapat memasangnya dengan `{hint}`. Tabel tetap dapat diunduh sebagai "
        "CSV dan XLSX.",
        "Chart images are drawn by the Chromium browser on the server, which was not found or does not "
        "run. The dashboard's maintainer can install it with `{hint}`. Tables can still be downloaded as "
        "CSV and XLSX.",
    ),
    "download.png.file": ("grafik", "chart"),
    "privacy.legend": (
        "{small} = kelompok kurang dari {k} pegawai, tidak ditampilkan demi pelindungan data pribadi; "
        "{x} = dihitung dari kelompok seperti itu, atau disembunyikan agar angka kelompok kecil tidak "
        "dapat dihitung dari total atau urutan. Analis yang masuk melihat semua angka.",
        "{small} = a group of fewer than {k} employees, not shown to protect personal data; "
        "{x} = computed over such a group, or hidden so that a small group cannot be worked out from a "
        "total or a ranking. Signed-in analysts see every number.",
    ),
    "privacy.chart": (
        "Kelompok kurang dari {k} pegawai, dan angka yang dapat membukanya, tidak digambar di grafik "
        "ini (pelindungan data pribadi; analis yang masuk melihat semuanya).",
        "Groups of fewer than {k} employees, and numbers that would give them away, are left out of "
        "this chart (personal data protection; signed-in analysts see everything).",
    ),
}
