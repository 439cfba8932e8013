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

import duckdb

from analytics.db import memory_limit

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
    "bad_byte": (("Baris {row}: byte 0x{byte} tidak ada dalam encoding {encoding}; berkas tidak dapat dibaca utuh.",
                  "Row {row}: byte 0x{byte} does not exist in the {encoding} encoding; the file cannot be read whole."),
                 ("Simpan ulang sebagai CSV UTF-8.", "Save it again as CSV UTF-8.")),
    "mixed_encoding": (("Berkas bercampur encoding: teks sebelum baris {row} adalah {first}, tetapi baris {row} "
                        "berisi byte {byte} yang bukan {first} (tampaknya {then}).",
                        "The file mixes encodings: the text before row {row} is {first}, but row {row} holds "
                        "bytes {byte} that are not {first} (they look like {then})."),
                       ("Simpan ulang seluruh berkas dengan satu encoding (CSV UTF-8), lalu unggah lagi.",
                        "Save the whole file again in one encoding (CSV UTF-8) and upload it again.")),
    "line_too_long": (("Baris {row} terlalu panjang: {length} byte (paling banyak {max}).",
                       "Row {row} is too long: {length} bytes (at most {max})."),
                      ("Periksa tanda kutip yang tidak ditutup atau sel yang sangat panjang di baris itu.",
                       "Look for an unclosed quote or a very long cell on that row.")),
    "too_many_columns": (("Baris {row} punya {count} kolom; paling banyak {max}.",
                          "Row {row} has {count} columns; at most {max}."),
                         ("Ekspor hanya kolom yang diperlukan (lihat templat), atau hapus kolom kosong di kanan.",
                          "Export only the columns needed (see the template), or delete empty columns on the right.")),
    "xlsx_too_big": (("Sheet '{sheet}' terlalu besar untuk dibaca sebagai XLSX (lebih dari {rows} baris atau "
                      "{mb} MB setelah dibuka).",
                      "Sheet '{sheet}' is too large to read as XLSX (more than {rows} rows or {mb} MB unpacked)."),
                     ("Ekspor data ini sebagai CSV (tanpa batas ukuran), atau bagi menjadi beberapa berkas.",
                      "Export this data as CSV (no size limit), or split it into several files.")),
    "ragged_rows": (("Jumlah kolom tidak sama: baris {row} punya {found} kolom, baris judul {expected}.",
                     "Rows have different numbers of fields: row {row} has {found}, the header {expected}."),
                    ("Periksa tanda kutip dan pemisah di baris itu; nilai berisi pemisah harus diapit tanda kutip.",
                     "Check quotes and delimiters on that row; values containing the delimiter must be quoted.")),
    "quote_unclosed": (("Tanda kutip di baris {row} tidak ditutup sampai akhir berkas.",
                        "The quote on row {row} is never closed."),
                       ("Tutup tanda kutip di baris itu, atau hapus tanda kutip yang tersisa.",
                        "Close the quote on that row, or remove the stray quote.")),
    "csv_unreadable": (("Baris {row} tidak dapat dibaca sebagai CSV.", "Row {row} cannot be read as CSV."),
                       ("Periksa pemisah dan tanda kutip di baris itu; simpan ulang dari Excel bila perlu.",
                        "Check delimiters and quotes on that row; save it again from Excel if needed.")),
    "missing_columns": (("Kolom wajib tidak ada: {columns}. Judul kolom dibaca dari baris {row}: {headers}.",
                         "Required columns missing: {columns}. Headers read from row {row}: {headers}."),
                        ("Gunakan templat tabel {table} atau ganti nama judul kolom.",
                         "Use the {table} template or rename the column headers.")),
    "no_header": (("Tidak ada baris judul kolom yang dikenali. Dicari antara lain: {looked_for}. Baris pertama "
                   "berkas: {seen}.",
                   "No header row recognised. Looked for, among others: {looked_for}. The file's first rows: {seen}."),
                  ("Pastikan baris judul kolom ada di 30 baris pertama, atau gunakan templat.",
                   "Make sure the header row is within the first 30 rows, or use a template.")),
    "unknown_kind": (("Jenis berkas tidak dikenali dari judul kolomnya: {headers}.",
                      "What this file is cannot be told from its headers: {headers}."),
                     ("Sebutkan tabelnya (python -m data.load TABEL BERKAS), atau gunakan templat.",
                      "Name its table (python -m data.load TABLE FILE), or use a template.")),
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
    "db_out_of_memory": (("Memori basis data tidak cukup untuk memuat dan memperbarui ringkasan dasbor (batasnya {limit}). Tidak ada yang diubah.",
                          "The database ran out of memory loading and refreshing the dashboard summaries (its limit is {limit}). Nothing was changed."),
                         ("Pengelola sistem menaikkan batasnya (variabel lingkungan ASN_DB_MEMORY_LIMIT, mis. 4GB) dan memulai ulang dasbor atau CLI; lalu muat lagi.",
                          "The administrator raises the limit (the ASN_DB_MEMORY_LIMIT environment variable, e.g. 4GB) and restarts the dashboard or CLI; then load again.")),
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
    "note_made": (("Dibuat dari ekspor karena belum ada: {what_id} (tanpa kebutuhan ABK dan standar kompetensi; "
                   "lihat Kualitas Data).",
                   "Made from the export as they did not exist: {what_en} (no ABK need or competency standard "
                   "yet; see Data quality)."),
                  ("Periksa daftarnya; lengkapi kebutuhan ABK dengan templat jabatan.",
                   "Check the list; add the ABK need with the posts template.")),
    "note_similar": (("Jabatan baru yang namanya hampir sama dengan jabatan yang ada (salah ketik?): {pairs}.",
                      "New posts whose names are nearly those of existing ones (a typo?): {pairs}."),
                     ("Bila sama, perbaiki nama di ekspor atau isi ID Jabatan.",
                      "If they are the same, fix the name in the export or fill in ID Jabatan.")),
    "note_programs": (("{count} program studi tidak dapat dipetakan ke bidang pendidikan: {programs}.",
                       "{count} study programmes could not be mapped to an education field: {programs}."),
                      ("Tetapkan bidangnya dengan templat education_mapping (Program Studi, Bidang Pendidikan).",
                       "Assign their field with the education_mapping template (programme, field).")),
    "note_nip_birth": (("{count} baris: tanggal lahir di NIP (digit 1-8) berbeda dari Tanggal Lahir (baris {rows}).",
                        "{count} rows: the birth date in the NIP (digits 1-8) differs from the stated one (rows {rows})."),
                       ("Periksa tanggal lahir atau NIP; data tetap dimuat.", "Check the birth date or the NIP; the data still load.")),
    "note_nip_sex": (("{count} baris: jenis kelamin di NIP (digit 15) berbeda dari Jenis Kelamin (baris {rows}).",
                      "{count} rows: the sex in the NIP (digit 15) differs from the stated one (rows {rows})."),
                     ("Periksa jenis kelamin atau NIP; data tetap dimuat.", "Check the sex or the NIP; the data still load.")),
    "note_totals": (("Baris jumlah/total di baris {rows} dilewati.", "Totals rows skipped: row {rows}."), ("", "")),
    "note_example": (("{count} baris contoh templat (kode CONTOH / NIP contoh) dilewati.",
                      "{count} template example rows (code CONTOH / example NIP) skipped."), ("", "")),
    "note_category": (("{count} baris tanpa kategori: kategori ditentukan dari jenis diklat dan judul.",
                       "{count} rows without a category: it was set from the training type and title."),
                      ("Aturannya ada di docs/import.md; isi kolom Kategori untuk menentukannya sendiri.",
                       "The rules are in docs/import.md; fill in Kategori to set it yourself.")),
    "note_pp46": (("{count} baris tanpa rating: predikat dari pita nilai PP 46/2011 (ditandai).",
                   "{count} rows without ratings: predikat from the PP 46/2011 score band (marked)."), ("", "")),
    "note_history": (("Riwayat {rows} jabatan: {moves} perpindahan disimpulkan ({appointments} pengangkatan).",
                      "History of {rows} posts: {moves} moves inferred ({appointments} appointments)."),
                     ("Jenis perpindahan disimpulkan: promosi bila jenjang naik, rotasi dalam unit yang sama, "
                      "mutasi bila lain.",
                      "Kinds of move inferred: promotion when the level rises, rotation within the same unit, "
                      "transfer otherwise.")),
    "note_codes": (("Kode dibaca dari kata: {codes}.", "Codes read from words: {codes}."), ("", "")),
    "note_triwulan": (("{count} baris triwulan akan disimpan, tetapi dasbor membaca evaluasi bulanan (halaman Kinerja, "
                       "Ringkasan, Pelatihan) dan tahunan (Talenta): baris triwulan tidak mengubah grafik.",
                       "{count} quarterly (triwulan) rows will be stored, but the dashboards read monthly evaluations "
                       "(Kinerja, Ringkasan, Pelatihan) and annual ones (Talenta): quarterly rows change no chart."),
                      ("Muat evaluasi bulanan bila ada.", "Load the monthly evaluations if you have them.")),
    # ---- one cell
    "control_char": (("Berisi karakter kontrol (kode {code}) yang tidak boleh ada dalam teks.",
                      "Holds a control character (code {code}) that text may not contain."),
                     ("Hapus karakter itu di sistem sumber lalu ekspor ulang.",
                      "Remove that character in the source system and export again.")),
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
    "duplicate_file": (("Kunci yang sama juga ada di berkas {other} dalam unggahan ini.",
                        "The same key is also in file {other} of this upload."),
                       ("Hapus salah satu baris, atau muat berkas itu terpisah.", "Delete one of the rows, or load that file on its own.")),
    "duplicate_key": (("Baris ganda: kunci yang sama juga di baris {other_row}.", "Duplicate row: the same key is also on row {other_row}."),
                      ("Hapus salah satu baris.", "Delete one of the rows.")),
    "predikat_mismatch": (("Predikat tidak sesuai matriks PermenPANRB 6/2022 (seharusnya {expected}).",
                           "Predikat does not follow the PermenPANRB 6/2022 matrix (should be {expected})."),
                          ("Perbaiki rating atau predikat, atau kosongkan predikat agar dihitung.",
                           "Fix the ratings or the predikat, or leave predikat empty to compute it.")),
    "unsur_partial": (("Hanya sebagian dari sembilan unsur SKM yang diisi.", "Only some of the nine SKM unsur are filled in."),
                      ("Isi kesembilan nilai unsur (1-4), atau kosongkan semuanya dan isi IKM yang diterbitkan.",
                       "Fill in all nine unsur means (1-4), or none and the published IKM.")),
    "unsur_or_ikm": (("Tidak ada nilai unsur maupun IKM.", "Neither unsur means nor an IKM."),
                     ("Isi kesembilan nilai unsur (PermenPANRB 14/2017) atau IKM 25-100 yang diterbitkan.",
                      "Fill in the nine unsur means (PermenPANRB 14/2017) or the published IKM 25-100.")),
    "ikm_mismatch": (("IKM tidak sama dengan rata-rata unsur x 25 (seharusnya {expected}).",
                      "The IKM is not the mean of the unsur x 25 (should be {expected})."),
                     ("Perbaiki nilai unsur atau IKM, atau kosongkan IKM agar dihitung.",
                      "Fix the unsur or the IKM, or leave the IKM empty to compute it.")),
    "mutu_mismatch": (("Mutu pelayanan tidak sesuai IKM (PermenPANRB 14/2017: seharusnya {expected}).",
                       "The service quality does not follow the IKM (PermenPANRB 14/2017: should be {expected})."),
                      ("Perbaiki IKM atau mutu, atau kosongkan mutu agar dihitung.",
                       "Fix the IKM or the quality, or leave it empty to compute it.")),
    "resolved_above_received": (("Lebih banyak yang selesai daripada yang diterima.", "More resolved than received."),
                                ("Periksa kedua jumlah.", "Check both counts.")),
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
    "unit_missing": (("Jabatan '{value}' tanpa UNOR NAMA: unitnya tidak diketahui. Jabatan terdekat yang ada: {closest}.",
                      "Post '{value}' without UNOR NAMA: its unit is not known. Closest existing post: {closest}."),
                     ("Isi UNOR NAMA pada baris ini.", "Fill in UNOR NAMA on this row.")),
    "unit_ambiguous": (("Nama unit cocok dengan lebih dari satu unit di wilayah itu.",
                        "The unit name matches more than one unit of that region."),
                       ("Isi kolom Kode Unit atau ID Jabatan.", "Fill in the unit code or the post code.")),
    "region_unknown": (("Wilayah tidak diketahui: INSTANSI KERJA NAMA kosong dan basis data punya lebih dari satu wilayah "
                        "(atau belum ada).",
                        "Region not known: INSTANSI KERJA NAMA is empty and the database has more than one region "
                        "(or none)."),
                       ("Isi INSTANSI KERJA NAMA, atau muat templat wilayah dulu.",
                        "Fill in INSTANSI KERJA NAMA, or load the regions template first.")),
    "eselon_missing": (("Jabatan struktural tanpa eselon: jabatan ini tidak dapat dibuat.",
                        "A structural post without an eselon: it cannot be made."),
                       ("Isi ESELON NAMA (mis. III.a) pada baris ini.", "Fill in ESELON NAMA (e.g. III.a) on this row.")),
    "pns_id_not_found": (("PNS ID ini tidak ada pada pegawai di basis data atau unggahan ini.",
                          "No employee in the database or this upload has this PNS ID."),
                         ("Muat Data PNS (dengan kolom PNS ID) dulu, atau isi NIP.",
                          "Load the Data PNS (with its PNS ID column) first, or fill in the NIP.")),
    "pns_id_ambiguous": (("PNS ID ini ada pada lebih dari satu pegawai.", "More than one employee has this PNS ID."),
                         ("Isi NIP pada baris ini.", "Fill in the NIP on this row.")),
    "position_start_required": (("TMT jabatan wajib bila pegawai punya jabatan.", "Start in post is required with a post."),
                                ("Isi TMT JABATAN.", "Fill in TMT JABATAN.")),
    "ratings_pair": (("Hanya satu dari dua rating yang diisi.", "Only one of the two ratings is filled in."),
                     ("Isi rating hasil kerja dan perilaku kerja, atau kosongkan keduanya (nilai PP 46/2011).",
                      "Fill in both ratings, or neither (a PP 46/2011 score).")),
    "ratings_or_score": (("Tidak ada rating maupun nilai.", "Neither ratings nor a score."),
                         ("Isi kedua rating (PermenPANRB 6/2022) atau nilai 0-100 (PP 46/2011).",
                          "Fill in both ratings (PermenPANRB 6/2022) or a 0-100 score (PP 46/2011).")),
    "predikat_band_mismatch": (("Predikat tidak sesuai pita nilai PP 46/2011 (seharusnya {expected}).",
                                "Predikat does not follow the PP 46/2011 score band (should be {expected})."),
                               ("Perbaiki nilai atau predikat, atau kosongkan predikat agar dihitung.",
                                "Fix the score or the predikat, or leave predikat empty to compute it.")),
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


def db_problem(exc: Exception) -> ImportProblem:
    """What a DuckDB error during a load says to the user: out of memory with the limit and
    how to raise it, else the error's type only (its message can quote values from the file)."""

    if isinstance(exc, duckdb.OutOfMemoryException):
        return ImportProblem("db_out_of_memory", limit=memory_limit())
    return ImportProblem("db_rejected", detail=type(exc).__name__)
