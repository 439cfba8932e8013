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
        "{x} = disembunyikan agar angka kelompok kecil tidak dapat dihitung dari total.",
        "{small} = a group of fewer than {k} employees, not shown to protect personal data; "
        "{x} = hidden so that a small group cannot be worked out from a total.",
    ),
}
