"""Strings of the Unggah Data page: {key: (Bahasa Indonesia, English)}.

Merged into :data:`ui.i18n.STRINGS`. Problem texts of the import engine live
with the engine (:mod:`data.importing.errors`).
"""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "nav.unggah": ("Unggah Data", "Upload data"),
    "unggah.title": ("Unggah Data", "Upload data"),
    "unggah.intro": (
        "Muat ekspor CSV atau XLSX (SIASN, e-Kinerja, sistem lokal). Berkas diperiksa dulu; berkas yang "
        "bermasalah tidak memuat apa pun. Setiap impor tercatat dan impor terakhir sebuah tabel dapat dibatalkan.",
        "Load CSV or XLSX exports (SIASN, e-Kinerja, local systems). Files are checked first; a file with "
        "problems loads nothing. Every import is logged, and the latest import of a table can be undone.",
    ),
    "unggah.demo_db": (
        "Ini basis data **demo** (sintetis), dengan akun demo yang kata sandinya publik. Data yang dimuat di sini "
        "bercampur dengan data demo dan dapat dibuka dengan akun demo: gunakan untuk mencoba saja. Untuk data "
        'nyata, minta pengelola sistem menyiapkan basis data sendiri (lihat "Untuk pengelola sistem" di tab '
        "Templat).",
        "This is the **demo** database (synthetic), with demo accounts whose passwords are public. Data loaded here "
        "mixes with the demo data and can be opened with the demo accounts: use it to try things only. For real "
        'data, ask the system administrator for a database of its own (see "For the system administrator" in '
        "the Templates tab).",
    ),
    "unggah.admin.title": ("Untuk pengelola sistem", "For the system administrator"),
    "unggah.admin.body": (
        "Basis data kosong untuk data nyata: `python -m data.load --new-db --db PATH`, lalu jalankan dasbor "
        "dengan `ASN_DB_PATH=PATH streamlit run dashboard.py`. Seluruh folder ekspor dapat dimuat dari baris "
        "perintah: `python -m data.load FOLDER --db PATH` (atau `--dry-run` untuk memeriksa saja). Rinciannya di "
        "docs/import.md dan docs/access.md di repositori.",
        "An empty database for real data: `python -m data.load --new-db --db PATH`, then start the dashboard with "
        "`ASN_DB_PATH=PATH streamlit run dashboard.py`. A whole folder of exports loads from the command line: "
        "`python -m data.load FOLDER --db PATH` (or `--dry-run` to check only). Details in docs/import.md and "
        "docs/access.md in the repository.",
    ),
    "empty.database": (
        "Basis data ini belum berisi evaluasi kinerja, jadi halaman ini belum dapat menampilkan apa pun. "
        "Analis memuat data di halaman **Unggah Data** (masuk sebagai analis): unit, jabatan, pegawai, lalu "
        "evaluasi kinerja, asesmen, pelatihan dan mutasi.",
        "This database holds no performance evaluations yet, so this page has nothing to show. Analysts load "
        "data on the **Unggah Data** page (sign in as an analyst): units, posts, employees, then evaluations, "
        "assessments, trainings and moves.",
    ),
    "unggah.tab.upload": ("Unggah", "Upload"),
    "unggah.tab.log": ("Log impor", "Import log"),
    "unggah.tab.templates": ("Templat & kamus data", "Templates & data dictionary"),
    "unggah.files": (
        "Berkas CSV atau XLSX (boleh beberapa, maks. 200 MB per berkas)",
        "CSV or XLSX files (several allowed, max. 200 MB each)",
    ),
    "unggah.files.help": (
        "Unggah semua ekspor sekaligus: Data PNS, riwayat kinerja/SKP, riwayat kursus dan diklat, riwayat "
        "jabatan dari SIASN, atau templat. Jenis tiap berkas dikenali dari judul kolomnya; rujukan antar-berkas "
        "diperiksa bersama dan semuanya dimuat dalam satu transaksi.",
        "Upload all exports at once: SIASN's Data PNS, kinerja/SKP history, course and diklat history, post "
        "history, or templates. What each file is, is told from its headers; references between the files are "
        "checked together and all are loaded in one transaction.",
    ),
    "unggah.table_for": ("Jenis berkas {file}", "What {file} is"),
    "unggah.table.unknown": ("— pilih jenis berkas —", "— choose what the file is —"),
    "unggah.table.guess": ("Dikenali dari judul kolom: {table}.", "Recognised from the headers: {table}."),
    "unggah.table.noguess": (
        "Judul kolom tidak cocok dengan ekspor SIASN atau templat mana pun: pilih jenisnya.",
        "The headers match no SIASN export or template: choose what it is.",
    ),
    "unggah.sheet": ("Sheet", "Sheet"),
    "unggah.mode": ("Cara memuat", "How to load"),
    "unggah.mode.append": (
        "Tambah & perbarui (baris dengan kunci sama diperbarui)",
        "Add & update (rows with the same key are updated)",
    ),
    "unggah.mode.short.append": ("tambah", "append"),
    "unggah.mode.short.replace": ("ganti", "replace"),
    "unggah.mode.replace": ("Ganti seluruh isi tabel", "Replace the whole table"),
    "unggah.mode.replace.warn": (
        "Mode ganti menghapus baris tabel yang tidak ada di berkas (untuk semua wilayah). "
        "Pemeriksaan menunjukkan berapa baris yang akan dihapus.",
        "Replace deletes the table's rows that are not in the file (for every region). "
        "The check shows how many rows would be deleted.",
    ),
    "unggah.check": ("Periksa berkas", "Check the files"),
    "unggah.load": ("Muat ke basis data", "Load into the database"),
    "unggah.confirm_replace": (
        "Saya paham baris yang tidak ada di berkas akan dihapus",
        "I understand rows not in the file will be deleted",
    ),
    "unggah.checking": ("Memeriksa berkas …", "Checking the files …"),
    "unggah.loading": ("Memuat …", "Loading …"),
    "unggah.busy": (
        "Impor lain sedang berjalan; tunggu sampai selesai lalu coba lagi.",
        "Another import is running; wait for it to finish and try again.",
    ),
    "unggah.failed": (
        "Impor gagal dan dibatalkan seluruhnya; basis data tidak berubah. Rincian teknis ada di log server.",
        "The import failed and was rolled back entirely; the database is unchanged. Technical details are in the server log.",
    ),
    "unggah.file.head": (
        "**{file}**: {kind} → tabel **{table}** · {rows} baris · {encoding}",
        "**{file}**: {kind} → table **{table}** · {rows} rows · {encoding}",
    ),
    "unggah.file.header_row": (
        "Judul kolom dibaca dari baris {row} (baris judul laporan di atasnya dilewati).",
        "Headers read from row {row} (the report's title rows above it skipped).",
    ),
    "unggah.made": ("Yang dibuat dari ekspor: {what}", "What the export made: {what}"),
    "unggah.made.col.table": ("Tabel", "Table"),
    "unggah.made.col.code": ("Kode baru", "New code"),
    "unggah.made.col.name": ("Nama", "Name"),
    "unggah.made.col.detail": ("Keterangan", "Details"),
    "unggah.file.ignored": (
        "Kolom yang tidak dikenal diabaikan: {columns}",
        "Unknown columns ignored: {columns}",
    ),
    "unggah.file.ok": ("Tidak ada masalah.", "No problems."),
    "unggah.file.problems": (
        "{problems} masalah di {rows} baris. Tidak ada yang dimuat: perbaiki berkas lalu unggah lagi.",
        "{problems} problems in {rows} rows. Nothing is loaded: fix the file and upload it again.",
    ),
    "unggah.file.capped": (
        "Daftar unduhan berisi {listed} masalah pertama dari {problems}: perbaiki jenis masalah yang sama "
        "di seluruh berkas (biasanya satu kolom), lalu periksa lagi.",
        "The download lists the first {listed} of {problems} problems: fix the same kind of problem throughout "
        "the file (usually one column), then check again.",
    ),
    "unggah.file.shown": (
        "Ditampilkan {shown} pertama; unduh daftar lengkap.",
        "Showing the first {shown}; download the full list.",
    ),
    "unggah.would": (
        "Akan dimuat: {inserted} baru, {updated} berubah, {unchanged} sama, {deleted} dihapus.",
        "Would load: {inserted} new, {updated} changed, {unchanged} unchanged, {deleted} deleted.",
    ),
    "unggah.done": (
        "Dimuat dalam {seconds} detik: {inserted} baru, {updated} berubah, {unchanged} sama, {deleted} dihapus. "
        "Dasbor sudah menampilkan data baru.",
        "Loaded in {seconds} s: {inserted} new, {updated} changed, {unchanged} unchanged, {deleted} deleted. "
        "The dashboards now show the new data.",
    ),
    "unggah.preview": (
        "Pratinjau: baris pertama persis seperti akan disimpan",
        "Preview: the first rows exactly as they will be stored",
    ),
    "unggah.errors.download": ("Unduh daftar masalah (CSV)", "Download the list of problems (CSV)"),
    "unggah.col.row": ("Baris", "Row"),
    "unggah.col.column": ("Kolom", "Column"),
    "unggah.col.value": ("Nilai", "Value"),
    "unggah.col.problem": ("Masalah", "Problem"),
    "unggah.col.fix": ("Cara memperbaiki", "How to fix"),
    "unggah.not_ready": (
        "Periksa berkas dulu; tombol muat aktif bila semua berkas bersih.",
        "Check the files first; loading is enabled when every file is clean.",
    ),
    # log and undo
    "unggah.log.empty": ("Belum ada impor.", "No imports yet."),
    "unggah.log.caption": (
        "Setiap unggahan, dimuat atau ditolak. Tanpa data pribadi: nama berkas, sidik SHA-256 dan jumlah baris.",
        "Every upload, loaded or rejected. No personal data: file name, SHA-256 fingerprint and row counts.",
    ),
    "unggah.undo.title": ("Batalkan impor terakhir sebuah tabel", "Undo the latest import of a table"),
    "unggah.undo.none": ("Tidak ada impor yang bisa dibatalkan.", "There is no import to undo."),
    "unggah.undo.table": ("Tabel", "Table"),
    "unggah.undo.which": (
        "Impor #{id}: {file} oleh {user} pada {when} — {inserted} baru, {updated} berubah, {deleted} dihapus.",
        "Import #{id}: {file} by {user} at {when} — {inserted} new, {updated} changed, {deleted} deleted.",
    ),
    "unggah.undo.button": ("Batalkan impor ini", "Undo this import"),
    "unggah.undo.confirm": (
        "Ya, kembalikan data seperti sebelum impor ini",
        "Yes, restore the data as it was before this import",
    ),
    "unggah.undo.done": (
        "Impor #{id} dibatalkan; dasbor menampilkan data sebelumnya.",
        "Import #{id} undone; the dashboards show the previous data.",
    ),
    "unggah.log.col.id": ("#", "#"),
    "unggah.log.col.when": ("Waktu", "When"),
    "unggah.log.col.user": ("Pengguna", "User"),
    "unggah.log.col.file": ("Berkas", "File"),
    "unggah.log.col.table": ("Tabel", "Table"),
    "unggah.log.col.mode": ("Cara", "Mode"),
    "unggah.log.col.status": ("Status", "Status"),
    "unggah.log.col.rows": ("Baris", "Rows"),
    "unggah.log.col.inserted": ("Baru", "New"),
    "unggah.log.col.updated": ("Berubah", "Changed"),
    "unggah.log.col.unchanged": ("Sama", "Unchanged"),
    "unggah.log.col.deleted": ("Dihapus", "Deleted"),
    "unggah.log.col.rejected": ("Ditolak", "Rejected"),
    "unggah.log.col.sha": ("SHA-256", "SHA-256"),
    "unggah.status.loaded": ("dimuat", "loaded"),
    "unggah.status.rejected": ("ditolak", "rejected"),
    "unggah.status.undone": ("dibatalkan", "undone"),
    # templates
    "unggah.tpl.caption": (
        "Templat tiap tabel dengan satu baris contoh (kodenya dari basis data ini; baris contoh yang tertinggal "
        "dilewati saat dimuat). XLSX berisi sheet Data (kolom NIP berformat teks agar 18 digit tidak hilang), "
        "Kamus Data dan Kode (wilayah, unit, jabatan, kompetensi dan kode yang berlaku). Ekspor SIASN (Data PNS, "
        "riwayat) dapat diunggah apa adanya tanpa templat.",
        "A template per table with one example row (its codes from this database; an example row left in is "
        "skipped when loading). The XLSX has a Data sheet (NIP formatted as text so the 18 digits survive), a "
        "Kamus Data (dictionary) and a Kode sheet (regions, units, posts, competencies and the valid codes). SIASN "
        "exports (Data PNS, histories) can be uploaded as they are, without a template.",
    ),
    "unggah.tpl.table": ("Tabel", "Table"),
    "unggah.tpl.csv": ("Templat CSV", "CSV template"),
    "unggah.tpl.xlsx": ("Templat XLSX", "XLSX template"),
    "unggah.tpl.key": (
        "Kunci alami: {keys}. Baris dengan kunci yang sudah ada diperbarui.",
        "Natural key: {keys}. Rows with an existing key are updated.",
    ),
}
