"""Strings of the Kualitas Data page and of the reason an empty page gives
(:mod:`analytics.quality`): {key: (Bahasa Indonesia, English)}.

Merged into :data:`ui.i18n.STRINGS`.
"""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "nav.kualitas": ("Kualitas Data", "Data Quality"),
    "kualitas.title": ("Kualitas data", "Data quality"),
    "kualitas.intro": (
        "Apa yang diperlukan setiap halaman, apakah datanya sudah ada, dan berkas mana yang mengisinya. "
        "Mengikuti filter wilayah, tahun, unit dan jenis jabatan.",
        "What each page needs, whether the data is there, and which file fills it. Follows the region, "
        "year, unit and kind-of-post filters.",
    ),
    # ------------------------------------------------------------ the answer first
    "kualitas.answer.q": (
        "Apakah datanya cukup untuk setiap halaman?",
        "Is there enough data for every page?",
    ),
    "kualitas.answer.c": (
        "Per wilayah: berapa halaman yang memiliki semua data yang diperlukan, lalu kekurangan terpenting "
        "(yang belum ada sama sekali lebih dulu).",
        "Per region: how many pages have all the data they need, then the main gaps (what is missing "
        "altogether first).",
    ),
    "kualitas.answer.region": (
        "**{n} halaman**: {ok} lengkap, {partial} sebagian, {missing} dengan bagian yang kosong.",
        "**{n} pages**: {ok} complete, {partial} partial, {missing} with a part left empty.",
    ),
    "kualitas.answer.more": (
        "… dan {n} kekurangan lain (lihat tabel di bawah).",
        "… and {n} more gaps (see the table below).",
    ),
    "kualitas.answer.nip": (
        "NIP: {birth} tidak cocok dengan tanggal lahir, {sex} dengan jenis kelamin (peringatan; lihat tabel "
        "per wilayah).",
        "NIP: {birth} disagree with the birth date, {sex} with the sex (a warning; see the table per region).",
    ),
    "kualitas.answer.none": (
        "Tidak ada wilayah dengan data untuk filter ini.",
        "No region has data for these filters.",
    ),
    "kualitas.gap.partial": (
        "baru {have} dari {total} {unit} yang memiliki {thing}",
        "only {have} of {total} {unit} have {thing}",
    ),
    "kualitas.gap.missing": (
        "belum ada {thing} ({have} dari {total} {unit})",
        "no {thing} yet ({have} of {total} {unit})",
    ),
    "kualitas.gap.missing.none": ("belum ada {thing}", "no {thing} yet"),
    "kualitas.gap.auto": (
        "{n} di antaranya dibuat dari ekspor",
        "{n} of them created from an export",
    ),
    "kualitas.gap.auto_all": ("semuanya dibuat dari ekspor", "all created from an export"),
    "kualitas.gap.line": ("{pages}: {gap} — isi dengan {fill}.", "{pages}: {gap} — fill with {fill}."),
    "kualitas.fill.template": ("templat {names}", "the {names} template"),
    "kualitas.fill.export": ("ekspor SIASN {name}", "the SIASN {name} export"),
    "kualitas.fill.or": (" atau ", " or "),
    # ------------------------------------------------------------ readiness table
    "kualitas.pages.q": ("Data apa yang diperlukan setiap halaman?", "Which data does each page need?"),
    "kualitas.pages.c": (
        "Lengkap = semua ada; sebagian = ada, tetapi tidak untuk semua pegawai, jabatan atau penilaian; "
        "belum ada = tidak ada sama sekali. Ada: jumlah di balik status (pelatihan dan mutasi: berapa pun "
        "cukup). Muat berkas di kolom Diisi dengan di halaman Unggah Data. Skor 0–100 tidak diperlukan: "
        "setiap halaman bekerja dengan rating dan predikat SIASN (PermenPANRB 6/2022); skor dari e-Kinerja "
        "daerah atau PP 46/2011 dipakai di mana ada.",
        "Complete = all there; partial = there, but not for every employee, post or evaluation; missing = "
        "none at all. Have: the count behind the status (trainings and moves: any number will do). Load the "
        "file in the Filled by column on the Unggah Data page. No 0–100 score is needed: every page works on "
        "SIASN's ratings and predikat (PermenPANRB 6/2022); a score from the region's e-Kinerja or PP 46/2011 "
        "is used where there is one.",
    ),
    "kualitas.col.page": ("Halaman", "Page"),
    "kualitas.col.requirement": ("Data yang diperlukan", "Data needed"),
    "kualitas.col.use": ("Dipakai untuk", "Used for"),
    "kualitas.col.status": ("Status", "Status"),
    "kualitas.col.count": ("Ada", "Have"),
    "kualitas.count": ("{have} dari {total} {unit}", "{have} of {total} {unit}"),
    "kualitas.col.fill": ("Diisi dengan", "Filled by"),
    "kualitas.status.ok": ("Lengkap", "Complete"),
    "kualitas.status.partial": ("Sebagian", "Partial"),
    "kualitas.status.missing": ("Belum ada", "Missing"),
    # what a requirement is (used in sentences: "no {thing} yet", "only 3 of 9 posts have {thing}")
    "kualitas.req.employees": ("data pegawai", "employee records"),
    "kualitas.req.employees_in_post": ("jabatan", "posts"),
    "kualitas.req.evaluations": (
        "penilaian kinerja (bulanan, triwulan atau tahunan)",
        "performance evaluations (monthly, quarterly or annual)",
    ),
    "kualitas.req.periodic_evaluations": (
        "penilaian kinerja periodik (bulanan atau triwulan)",
        "periodic performance evaluations (monthly or quarterly)",
    ),
    "kualitas.req.annual_ratings": ("hasil SKP tahunan", "annual SKP results"),
    "kualitas.req.competency_standards": ("standar kompetensi jabatan", "competency standards"),
    "kualitas.req.competency_assessments": ("penilaian kompetensi", "competency assessments"),
    "kualitas.req.education_fields": ("bidang pendidikan", "education fields"),
    "kualitas.req.trainings": ("riwayat pelatihan", "training records"),
    "kualitas.req.potential": ("penilaian potensi", "potential assessments"),
    "kualitas.req.staffing_need": ("kebutuhan pegawai dari ABK", "ABK staffing needs"),
    "kualitas.req.post_levels": ("jenjang jabatan (untuk BUP)", "post levels (jenjang, for BUP)"),
    "kualitas.req.placements": ("riwayat mutasi", "placement records (moves)"),
    "kualitas.req.service_surveys": (
        "hasil survei kepuasan masyarakat (SKM)",
        "public satisfaction surveys (SKM)",
    ),
    "kualitas.req.feedback": ("masukan dan pengaduan masyarakat", "community feedback"),
    "kualitas.req.outcome_indicators": ("indikator hasil unit", "the units' outcome indicators"),
    # what have / total count
    "kualitas.counted.employees": ("pegawai", "employees"),
    "kualitas.counted.posts": ("jabatan", "posts"),
    "kualitas.counted.evaluations": ("penilaian", "evaluations"),
    "kualitas.counted.trainings": ("pelatihan", "trainings"),
    "kualitas.counted.moves": ("mutasi", "moves"),
    "kualitas.counted.surveys": ("hasil survei", "survey results"),
    "kualitas.counted.feedback": ("rekap masukan", "feedback records"),
    "kualitas.counted.indicators": ("nilai indikator", "indicator values"),
    # what on the page uses it
    "kualitas.use.ringkasan.employees": ("jumlah pegawai, PNS dan PPPK", "headcount, PNS and PPPK"),
    "kualitas.use.ringkasan.evaluations": (
        "% Baik ke atas dan garis tren",
        "% Good or better and the trend lines",
    ),
    "kualitas.use.ringkasan.competency_standards": ("JPM dan % MS", "JPM and % MS"),
    "kualitas.use.ringkasan.competency_assessments": ("JPM dan % MS", "JPM and % MS"),
    "kualitas.use.ringkasan.trainings": ("% memenuhi 20 JP", "% with 20 JP"),
    "kualitas.use.ringkasan.placements": ("mutasi per 100 dan % ditolak", "moves per 100 and % declined"),
    "kualitas.use.kompetensi.competency_standards": (
        "cakupan standar, band JPM, per unit dan jenis jabatan",
        "standard coverage, JPM bands, per unit and kind of post",
    ),
    "kualitas.use.kompetensi.competency_assessments": (
        "cakupan standar, band JPM, per unit dan jenis jabatan",
        "standard coverage, JPM bands, per unit and kind of post",
    ),
    "kualitas.use.kompetensi.employees_in_post": (
        "pegawai tanpa jabatan tidak dapat dibandingkan dengan standar",
        "employees without a post cannot be compared with a standard",
    ),
    "kualitas.use.kompetensi.education_fields": ("kesesuaian pendidikan", "education fit"),
    "kualitas.use.kinerja.evaluations": (
        "sebaran predikat, % Baik ke atas, tren, peringkat unit, rating yang tertinggal",
        "predikat spread, % Good or better, trends, unit ranking, lagging ratings",
    ),
    "kualitas.use.pelatihan.trainings": (
        "hak 20 JP, volume, dampak pelatihan",
        "20 JP entitlement, volume, training impact",
    ),
    "kualitas.use.pelatihan.periodic_evaluations": (
        "perkiraan dampak pelatihan terhadap kinerja",
        "the estimate of training's effect on performance",
    ),
    "kualitas.use.pelatihan.competency_assessments": (
        "kenaikan kompetensi yang dilatih",
        "the rise of trained competencies",
    ),
    "kualitas.use.talenta.annual_ratings": ("sumbu kinerja 9-box", "the 9-box kinerja axis"),
    "kualitas.use.talenta.potential": ("sumbu potensi 9-box", "the 9-box potential axis"),
    "kualitas.use.talenta.post_levels": (
        "jabatan struktural yang pejabatnya pensiun (suksesi)",
        "structural posts whose holder retires (succession)",
    ),
    "kualitas.use.kebutuhan.staffing_need": ("kebutuhan vs jumlah pegawai", "need vs headcount"),
    "kualitas.use.kebutuhan.employees_in_post": ("jumlah pegawai per jabatan", "headcount per post"),
    "kualitas.use.kebutuhan.post_levels": ("pensiun menurut BUP", "retirements by BUP"),
    "kualitas.use.penempatan.placements": (
        "arus mutasi, laju, penolakan, kesesuaian sebelum/sesudah",
        "move flows, rates, declines, fit before/after",
    ),
    "kualitas.use.penempatan.periodic_evaluations": (
        "kinerja sesudah mutasi, kandidat penempatan",
        "performance after a move, placement candidates",
    ),
    "kualitas.use.penempatan.competency_standards": (
        "JPM sebelum/sesudah, kandidat penempatan",
        "JPM before/after, placement candidates",
    ),
    "kualitas.use.penempatan.competency_assessments": (
        "JPM sebelum/sesudah, kandidat penempatan",
        "JPM before/after, placement candidates",
    ),
    "kualitas.use.penempatan.staffing_need": (
        "jabatan tujuan yang kekurangan pegawai",
        "short-staffed target posts",
    ),
    # ------------------------------------------------------------ per region / unit
    "kualitas.region.q": (
        "Apa yang kurang atau meragukan di setiap wilayah?",
        "What is missing or doubtful in each region?",
    ),
    "kualitas.region.c": (
        "Periode terakhir = bulan terakhir wilayah itu yang memiliki penilaian bulanan, atau bila tidak ada, "
        "triwulan terakhir, atau tahun terakhir dengan penilaian tahunan; pegawai yang penilaian terakhirnya pada "
        "periode itu atau sesudahnya terhitung sudah dinilai. NIP tidak cocok: digit 1–8 (tanggal lahir) atau digit 15 "
        "(1 L, 2 P) berbeda dari tanggal lahir atau jenis kelamin yang tercatat — peringatan, datanya tetap "
        "dimuat.",
        "Latest period = the region's latest month with monthly evaluations, or if there are none, its latest "
        "quarter, or its latest year with annual ones; an employee whose latest evaluation is of that period or later "
        "counts as evaluated. NIP disagrees: digits 1–8 (birth date) or digit 15 (1 L, 2 P) differ from the "
        "recorded birth date or sex — a warning, the data is still loaded.",
    ),
    "kualitas.unit.q": ("Unit mana yang datanya kurang?", "Which units lack data?"),
    "kualitas.unit.c": (
        "Per unit kerja, dengan pengertian yang sama seperti tabel per wilayah. Unduh untuk ditindaklanjuti "
        "per OPD.",
        "Per unit, with the same definitions as the table per region. Download to follow up per OPD.",
    ),
    "kualitas.unit.viewer": (
        "Rincian per unit kerja hanya untuk analis yang sudah masuk (Masuk, di bagian atas bilah samping).",
        "The detail per unit is for signed-in analysts only (Sign in, at the top of the sidebar).",
    ),
    "kualitas.col.units": ("Unit", "Units"),
    "kualitas.col.units_auto": ("Unit dari ekspor", "Units from an export"),
    "kualitas.col.without_post": ("Tanpa jabatan", "Without a post"),
    "kualitas.col.posts": ("Jabatan", "Posts"),
    "kualitas.col.posts_auto": ("Jabatan dari ekspor", "Posts from an export"),
    "kualitas.col.posts_without_need": ("Jabatan tanpa kebutuhan ABK", "Posts without ABK need"),
    "kualitas.col.posts_without_standard": (
        "Jabatan tanpa standar kompetensi",
        "Posts without competency standard",
    ),
    "kualitas.col.posts_without_level": ("Jabatan tanpa jenjang", "Posts without a level"),
    "kualitas.col.latest_period": ("Periode terakhir", "Latest period"),
    "kualitas.col.without_evaluation": ("Tanpa penilaian periode terakhir", "No evaluation in latest period"),
    "kualitas.col.without_training": ("Tanpa riwayat pelatihan", "No training record"),
    "kualitas.col.without_assessment": ("Tanpa penilaian kompetensi", "No competency assessment"),
    "kualitas.col.without_potential": ("Tanpa penilaian potensi", "No potential assessment"),
    "kualitas.col.nip_birth": ("NIP ≠ tanggal lahir", "NIP ≠ birth date"),
    "kualitas.col.nip_sex": ("NIP ≠ jenis kelamin", "NIP ≠ sex"),
    "kualitas.period.bulanan": ("bulan {period}", "month {period}"),
    "kualitas.period.triwulan": ("triwulan {period}", "quarter {period}"),
    "kualitas.period.tahunan": ("tahun {period}", "year {period}"),
    "kualitas.period.none": ("belum ada penilaian", "no evaluations yet"),
    # ------------------------------------------------------------ study programmes
    "kualitas.programs.q": (
        "Program studi mana yang belum dipetakan ke bidang pendidikan?",
        "Which study programmes are not mapped to an education field?",
    ),
    "kualitas.programs.c": (
        "PENDIDIKAN NAMA dari Data PNS yang tidak cocok dengan kata kunci mana pun (belum dipetakan) atau cocok "
        "dengan dua bidang (ambigu). Tanpa bidang, kesesuaian pendidikan pegawainya tidak diketahui.",
        "PENDIDIKAN NAMA from Data PNS that matches no keyword (unmapped) or two fields (ambiguous). Without a "
        "field, the education fit of its employees is not known.",
    ),
    "kualitas.programs.hint": (
        "Petakan lewat berkas **education_mapping** dengan kolom `program` (persis seperti di ekspor) dan "
        "`field` (salah satu dari: {fields}), lalu muat di halaman Unggah Data.",
        "Map them with an **education_mapping** file with the columns `program` (exactly as in the export) "
        "and `field` (one of: {fields}), then load it on the Unggah Data page.",
    ),
    "kualitas.programs.none": (
        "Semua program studi pegawai sudah dipetakan ke bidang pendidikan.",
        "Every study programme of the employees is mapped to an education field.",
    ),
    "kualitas.col.program": ("Program studi", "Study programme"),
    "kualitas.col.basis": ("Sebab", "Reason"),
    "kualitas.col.candidates": ("Bidang yang mungkin", "Possible fields"),
    "kualitas.basis.unmapped": ("tidak ada kata kunci yang cocok", "no keyword matches"),
    "kualitas.basis.ambiguous": ("ambigu: dua bidang atau lebih", "ambiguous: two or more fields"),
    # ------------------------------------------------------------ codes read from words
    "kualitas.codes.q": ("Kode apa yang dibaca dari kata?", "Which codes were read from words?"),
    "kualitas.codes.c": (
        "Nilai dalam berkas yang dimuat sebagai kode (mis. 'DIATAS EKSPEKTASI' → 1), per berkas dan kolom: "
        "periksa bahwa setiap kata dibaca sebagai kode yang benar.",
        "Values in loaded files that were stored as codes (e.g. 'DIATAS EKSPEKTASI' → 1), per file and column: "
        "check that every word was read as the right code.",
    ),
    "kualitas.codes.none": (
        "Belum ada impor yang membaca kode dari kata.",
        "No import has read codes from words yet.",
    ),
    "kualitas.codes.viewer": (
        "Daftar kode dari berkas impor hanya untuk analis yang sudah masuk.",
        "The list of codes read from imported files is for signed-in analysts only.",
    ),
    "kualitas.col.file": ("Berkas", "File"),
    "kualitas.col.table": ("Tabel", "Table"),
    "kualitas.col.loaded_at": ("Dimuat", "Loaded"),
    "kualitas.col.column": ("Kolom", "Column"),
    "kualitas.col.value": ("Tertulis", "Written"),
    "kualitas.col.code": ("Kode", "Code"),
    "kualitas.col.rows": ("Baris", "Rows"),
    # ------------------------------------------------------------ the reason an empty page gives
    "kualitas.empty.reason": ("Belum ada {thing} untuk {regions}.", "No {thing} yet for {regions}."),
    "kualitas.empty.counts": ("{place} ({have} dari {total} {unit})", "{place} ({have} of {total} {unit})"),
    "kualitas.empty.all_regions": ("semua {n} wilayah yang dipilih", "all {n} chosen regions"),
    "kualitas.empty.fill": ("Muat {fill} — lihat Kualitas Data.", "Load {fill} — see Data Quality."),
    "kualitas.empty.link": ("Kualitas Data: apa yang kurang", "Data Quality: what is missing"),
}
