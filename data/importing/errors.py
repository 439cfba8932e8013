"""What can be wrong with an upload, in words an analyst can act on.

Two kinds: :class:`ImportProblem` stops a file as a whole (empty, binary,
missing columns, a file for another table ...); :class:`RowError` points at
one cell (row, column, value, what is wrong, how to fix it). Each has a code;
:data:`MESSAGES` holds its text in Indonesian and English. Messages name
columns and row numbers, never a person: values are shown only in the row
table of the analyst who uploaded the file.
"""

from __future__ import annotations

from dataclasses import dataclass

# code: ((problem id, problem en), (fix id, fix en))
MESSAGES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    # ---- the file as a whole
    "empty_file": (("Berkas kosong.", "The file is empty."),
                   ("Ekspor ulang data dari sistem sumber.", "Export the data again from the source system.")),
    "header_only": (("Berkas hanya berisi baris judul kolom, tanpa data.", "The file has a header row but no data."),
                    ("Periksa filter ekspor di sistem sumber.", "Check the export filter in the source system.")),
    "binary": (("Berkas bukan teks CSV atau XLSX (isi biner).", "The file is not CSV or XLSX text (binary content)."),
               ("Unggah CSV atau XLSX; simpan ulang dari Excel bila perlu.", "Upload CSV or XLSX; re-save from Excel if needed.")),
    "xls_format": (("Format Excel lama (.xls) tidak didukung.", "Old Excel format (.xls) is not supported."),
                   ("Buka di Excel lalu Simpan Sebagai .xlsx atau CSV.", "Open in Excel and Save As .xlsx or CSV.")),
    "bad_xlsx": (("Berkas XLSX rusak atau bukan XLSX.", "The XLSX file is damaged or not an XLSX."),
                 ("Simpan ulang dari Excel sebagai .xlsx.", "Save it again from Excel as .xlsx.")),
    "no_sheet": (("Sheet '{sheet}' tidak ada. Sheet yang ada: {sheets}.", "Sheet '{sheet}' not found. Sheets: {sheets}."),
                 ("Pilih salah satu sheet yang ada.", "Choose one of the sheets listed.")),
    "bad_encoding": (("Teks tidak dapat dibaca sebagai {encoding}.", "The text cannot be read as {encoding}."),
                     ("Simpan ulang sebagai CSV UTF-8.", "Save it again as CSV UTF-8.")),
    "ragged_rows": (("Jumlah kolom tidak sama di semua baris (sekitar baris {row}).",
                     "Rows have different numbers of fields (around row {row})."),
                    ("Periksa tanda kutip dan pemisah di baris itu; nilai berisi pemisah harus diapit tanda kutip.",
                     "Check quotes and delimiters on that row; values containing the delimiter must be quoted.")),
    "missing_columns": (("Kolom wajib tidak ada: {columns}.", "Required columns missing: {columns}."),
                        ("Gunakan templat tabel {table} atau ganti nama judul kolom.",
                         "Use the {table} template or rename the column headers.")),
    "wrong_table": (("Berkas ini tampaknya untuk tabel {other}, bukan {table}.",
                     "This file looks like a file for {other}, not {table}."),
                    ("Pilih tabel {other}, atau unggah berkas yang benar.", "Choose table {other}, or upload the right file.")),
    "duplicate_headers": (("Dua kolom berarti sama: {headers}.", "Two columns mean the same thing: {headers}."),
                          ("Hapus salah satu kolom.", "Delete one of them.")),
    "duplicate_table": (("Berkas {other} dalam unggahan ini juga untuk tabel {table}.",
                         "File {other} in this upload is also for table {table}."),
                        ("Gabungkan kedua berkas menjadi satu, atau muat satu per satu.",
                         "Combine both files into one, or load them one at a time.")),
    "unknown_table": (("Tabel '{table}' tidak dikenal. Pilihan: {tables}.", "Unknown table '{table}'. Choose: {tables}."),
                      ("Periksa nama tabel.", "Check the table name.")),
    "database_busy": (("Basis data sedang dipakai proses lain (mis. dasbor yang berjalan).",
                       "The database is in use by another process (e.g. the running dashboard)."),
                      ("Unggah lewat halaman Unggah Data, atau hentikan dasbor dulu.",
                       "Upload through the Unggah Data page, or stop the dashboard first.")),
    "db_rejected": (("Basis data menolak data ({detail}). Tidak ada yang diubah.",
                     "The database rejected the data ({detail}). Nothing was changed."),
                    ("Laporkan ke pengelola sistem beserta berkasnya.", "Report it to the administrator with the file.")),
    "replace_orphans": (("Mode ganti akan menghapus {count} baris {table} yang masih dirujuk tabel {other}.",
                         "Replace would delete {count} {table} rows still referred to by {other}."),
                        ("Pakai mode tambah, atau muat/hapus data {other} yang merujuknya dulu.",
                         "Use append mode, or load/undo the {other} data that refers to them first.")),
    "referenced_change": (("Kolom {columns} tidak dapat diubah pada {count} baris {table} yang masih dirujuk tabel {other}.",
                           "Columns {columns} cannot be changed on {count} {table} rows that {other} still refers to."),
                          ("Beri baris itu kode baru, atau muat dulu data {other} yang tidak lagi merujuknya.",
                           "Give those rows a new code, or first load {other} data that no longer refers to them.")),
    "undo_nothing": (("Belum ada impor tabel {table} yang bisa dibatalkan.", "No import of {table} to undo."),
                     ("", "")),
    "undo_blocked": (("Pembatalan akan membuat {count} baris {other} kehilangan rujukan.",
                      "Undoing would leave {count} {other} rows without their reference."),
                     ("Batalkan dulu impor {other} yang lebih baru.", "Undo the newer {other} import first.")),
    "undo_changed": (("Impor terakhir tabel {table} kini #{latest}, bukan #{shown} yang ditampilkan; tidak ada yang dibatalkan.",
                      "The latest import of {table} is now #{latest}, not #{shown} as shown; nothing was undone."),
                     ("Muat ulang halaman dan periksa lagi.", "Reload the page and check again.")),
    # ---- notes (the file loads; the analyst should know)
    "note_triwulan": (("{count} baris triwulan akan disimpan, tetapi dasbor membaca evaluasi bulanan (halaman Kinerja, "
                       "Ringkasan, Pelatihan) dan tahunan (Talenta): baris triwulan tidak mengubah grafik.",
                       "{count} quarterly (triwulan) rows will be stored, but the dashboards read monthly evaluations "
                       "(Kinerja, Ringkasan, Pelatihan) and annual ones (Talenta): quarterly rows change no chart."),
                      ("Muat evaluasi bulanan bila ada.", "Load the monthly evaluations if you have them.")),
    # ---- one cell
    "required": (("Wajib diisi.", "Required."), ("Isi nilai ini.", "Fill in this value.")),
    "not_number": (("Bukan angka.", "Not a number."),
                   ("Tulis angka, mis. 87,5 atau 2.500.000,75.", "Write a number, e.g. 87,5 or 2.500.000,75.")),
    "not_integer": (("Bukan bilangan bulat.", "Not a whole number."), ("Tulis bilangan bulat, mis. 3.", "Write a whole number, e.g. 3.")),
    "not_date": (("Bukan tanggal yang dikenali.", "Not a recognised date."),
                 ("Tulis sebagai YYYY-MM-DD, DD-MM-YYYY atau DD/MM/YYYY.", "Write YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY.")),
    "date_range": (("Tanggal di luar rentang wajar ({lo} s.d. {hi}).", "Date outside the plausible range ({lo} to {hi})."),
                   ("Periksa tahun; mungkin tertukar hari dan bulan.", "Check the year; day and month may be swapped.")),
    "out_of_range": (("Di luar rentang {lo} s.d. {hi}.", "Outside the range {lo} to {hi}."),
                     ("Isi nilai dalam rentang itu.", "Use a value in that range.")),
    "not_positive": (("Harus lebih dari {lo}.", "Must be more than {lo}."), ("Isi nilai positif.", "Use a positive value.")),
    "unknown_code": (("Kode tidak dikenal.", "Unknown code."), ("Nilai yang boleh: {allowed}.", "Allowed values: {allowed}.")),
    "nip_scientific": (("NIP dalam notasi ilmiah (mis. 1,98507E+17): digit terakhir sudah hilang.",
                        "NIP in scientific notation (e.g. 1.98507E+17): its last digits are lost."),
                       ("Format kolom NIP sebagai Teks di Excel lalu ekspor ulang dari sumber.",
                        "Format the NIP column as Text in Excel and export again from the source.")),
    "nip_decimal": (("NIP berisi tanda desimal: tersimpan sebagai angka, digitnya tidak dapat dipulihkan.",
                     "NIP contains a decimal mark: it was stored as a number and its digits cannot be recovered."),
                    ("Format kolom NIP sebagai Teks lalu ekspor ulang dari sumber.",
                     "Format the NIP column as Text and export again from the source.")),
    "nip_length": (("NIP harus 18 digit (ada {length}).", "NIP must have 18 digits (this has {length})."),
                   ("Periksa digit yang hilang atau berlebih.", "Check for missing or extra digits.")),
    "nip_chars": (("NIP hanya boleh berisi angka.", "NIP may contain digits only."), ("Hapus huruf dan tanda baca.", "Remove letters and punctuation.")),
    "orphan": (("Tidak ada di tabel {ref_table} ({ref_column}).", "Not found in {ref_table} ({ref_column})."),
               ("Muat data {ref_table} dulu, atau unggah bersama dalam satu kali unggah.",
                "Load {ref_table} first, or upload it together in the same upload.")),
    "duplicate_key": (("Baris ganda: kunci yang sama juga di baris {other_row}.", "Duplicate row: the same key is also on row {other_row}."),
                      ("Hapus salah satu baris.", "Delete one of the rows.")),
    "predikat_mismatch": (("Predikat tidak sesuai matriks PermenPANRB 6/2022 (seharusnya {expected}).",
                           "Predikat does not follow the PermenPANRB 6/2022 matrix (should be {expected})."),
                          ("Perbaiki rating atau predikat, atau kosongkan predikat agar dihitung.",
                           "Fix the ratings or the predikat, or leave predikat empty to compute it.")),
    "end_before_start": (("Tanggal akhir sebelum tanggal mulai.", "End date before start date."),
                         ("Periksa kedua tanggal.", "Check both dates.")),
    "service_order": (("Urutan tanggal tidak mungkin: lahir < TMT CPNS <= TMT jabatan.",
                       "Impossible dates: birth < start of service <= start in post."),
                      ("Periksa tanggal lahir, TMT CPNS dan TMT jabatan.", "Check birth date, service start and post start.")),
    "service_start_from_nip": (("TMT CPNS kosong dan tidak dapat dibaca dari NIP (digit 9-14 bukan tahun dan bulan).",
                                "Start of service is empty and cannot be read from the NIP (digits 9-14 are not a year and month)."),
                               ("Isi kolom TMT CPNS, atau periksa NIP.", "Fill in the TMT CPNS column, or check the NIP.")),
    "eselon_mismatch": (("Eselon wajib untuk jabatan struktural dan harus kosong untuk lainnya.",
                         "Eselon is required for structural posts and must be empty otherwise."),
                        ("Isi atau kosongkan eselon.", "Fill in or clear the eselon.")),
    "level_jenis": (("Jenjang ini bukan untuk jenis jabatan itu (mis. JPT hanya struktural, Ahli hanya fungsional).",
                     "This level does not belong to that kind of post (e.g. JPT is structural only, Ahli functional only)."),
                    ("Periksa jenis jabatan dan jenjangnya.", "Check the kind of post and its level.")),
    "golongan_type": (("Golongan tidak sesuai jenis pegawai: PNS I/a-IV/e, PPPK I-XVII.",
                       "Grade does not fit the employee type: PNS I/a-IV/e, PPPK I-XVII."),
                      ("Periksa jenis pegawai dan golongan.", "Check the employee type and grade.")),
    "appointment_from": (("Pengangkatan tidak punya jabatan asal; perpindahan lain wajib punya.",
                          "An appointment has no previous post; every other move needs one."),
                         ("Isi atau kosongkan jabatan asal.", "Fill in or clear the previous post.")),
    "position_not_found": (("Jabatan '{value}' tidak ditemukan di unit itu.", "Post '{value}' not found in that unit."),
                           ("Muat tabel jabatan dulu, atau isi kolom ID Jabatan.", "Load the posts table first, or fill in ID Jabatan.")),
    "position_ambiguous": (("Nama jabatan dan unit cocok dengan lebih dari satu jabatan.",
                            "Post and unit names match more than one post."),
                           ("Isi kolom ID Jabatan, atau INSTANSI KERJA NAMA.", "Fill in ID Jabatan, or INSTANSI KERJA NAMA.")),
}  # fmt: skip

LANGS = {"id": 0, "en": 1}


def message(code: str, lang: str = "id", **params) -> tuple[str, str]:
    """(what is wrong, how to fix it) in the language asked for."""
    (problem, fix) = MESSAGES[code]
    i = LANGS.get(lang, 0)
    return problem[i].format(**params), fix[i].format(**params)


class ImportProblem(Exception):
    """The file cannot be loaded at all. ``str()`` is the Indonesian text."""

    def __init__(self, code: str, **params):
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}
        super().__init__(self.text("id"))

    def text(self, lang: str = "id") -> str:
        problem, fix = message(self.code, lang, **self.params)
        return f"{problem} {fix}".strip()


@dataclass(frozen=True)
class RowError:
    """One bad cell. ``row`` counts like a spreadsheet: the header is row 1."""

    row: int
    column: str
    value: str | None
    code: str
    params: tuple[tuple[str, str], ...] = ()

    def texts(self, lang: str = "id") -> tuple[str, str]:
        return message(self.code, lang, **dict(self.params))
