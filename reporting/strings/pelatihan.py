"""The Pelatihan page, and the wording of an effect estimate (impact.*, method.*) the Penempatan page and the report share."""

STRINGS: dict[str, tuple[str, str]] = {
    "pelatihan.title": ("Pelatihan", "Training"),
    # ------------------------------------------------------------ what the page says first
    # (reporting/findings/training.py; the effect's sentence is also the training slide's finding)
    "pelatihan.f.jp.many": (
        "PNS yang mendapat hak 20 JP pada {y1}: terendah {worst} {worst_v}, tertinggi {best} {best_v}.",
        "PNS who got their 20 JP in {y1}: lowest {worst} {worst_v}, highest {best} {best_v}.",
    ),
    "pelatihan.f.then": (" ({y0}: {v0})", " ({y0}: {v0})"),
    "pelatihan.f.jp.rose": (
        "Sejak {y0} porsi ini naik di {up} dari {n} wilayah.",
        "Since {y0} it rose in {up} of {n} regions.",
    ),
    "pelatihan.f.jp.one": (
        "{region}: {v1} PNS mendapat hak 20 JP pada {y1} ({v0} pada {y0}; {diff} poin persen).",
        "{region}: {v1} of PNS got their 20 JP in {y1} ({v0} in {y0}; {diff} percentage points).",
    ),
    "pelatihan.f.jp.one.single": (
        "{region}: {v1} PNS mendapat hak 20 JP pada {y1}.",
        "{region}: {v1} of PNS got their 20 JP in {y1}.",
    ),
    "pelatihan.f.design": (
        "Pembanding: pegawai serupa yang belum dilatih (wilayah, jenis jabatan dan kelompok kinerja awal yang "
        "sama, pada bulan yang sama). Tidak dikendalikan: alasan pegawai dipilih untuk pelatihan — ini data "
        "pengamatan, bukan uji acak.",
        "Compared with similar employees not yet trained (same region, kind of post and baseline performance "
        "group, in the same month). Not controlled for: why someone was chosen for training — observational "
        "data, not a randomised trial.",
    ),
    "pelatihan.jp.q": ("Apakah PNS mendapat hak 20 JP setahun?", "Do PNS get their 20 JP a year?"),
    "pelatihan.jp.c": (
        "Porsi PNS yang mendapat minimal 20 jam pelajaran (JP) per tahun, dengan interval kepercayaan 95 % "
        "(Wilson); garis putus-putus = 100 %.",
        "Share of PNS with at least 20 lesson hours (JP) in the year, with its 95 % confidence interval "
        "(Wilson); dashed line = 100 %.",
    ),
    "pelatihan.jp.apart": (
        "Grafik: pegawai yang bekerja setahun penuh; yang diangkat di tahun itu ada di tabel (baris terpisah, "
        "diukur terhadap hak penuh).",
        "Chart: staff in service the whole year; those appointed during it are in the table (rows of their own, "
        "held to the full entitlement).",
    ),
    "pelatihan.part_year": ("Pegawai yang diangkat di tahun berjalan", "Staff appointed during the year"),
    "pelatihan.part_year.prorate": ("Hak dihitung proporsional", "Entitlement pro-rated"),
    "pelatihan.part_year.apart": ("Ditampilkan terpisah", "Shown apart"),
    "pelatihan.part_year.help": (
        "Konvensi, bukan aturan: pegawai dengan TMT di tahun itu bekerja kurang dari 12 bulan. 'Proporsional': "
        "haknya 20 JP (PPPK 24 JP) × bulan bekerja / 12, dihitung dari bulan TMT sampai Desember. 'Terpisah': "
        "mereka tidak ikut dalam porsi pegawai setahun penuh dan ditampilkan di baris sendiri terhadap hak penuh.",
        "A convention, not regulation: staff whose TMT falls in the year served fewer than 12 months. "
        "'Pro-rated': their entitlement is 20 JP (PPPK 24 JP) × months in service / 12, counted from the TMT month "
        "to December. 'Apart': they are not in the share of full-year staff and are shown in rows of their own, "
        "against the full entitlement.",
    ),
    "pelatihan.staff.all": ("Semua (proporsional)", "All (pro-rated)"),
    "pelatihan.staff.full_year": ("Setahun penuh", "Full year"),
    "pelatihan.staff.part_year": ("Diangkat tahun itu", "Appointed that year"),
    "pelatihan.col.staff": ("Pegawai", "Staff"),
    "pelatihan.col.entitlement": ("Hak JP setahun", "JP entitlement a year"),
    "pelatihan.col.ci_low": ("IK 95 % bawah", "95 % CI low"),
    "pelatihan.col.ci_high": ("IK 95 % atas", "95 % CI high"),
    "pelatihan.pppk.q": (
        "Apakah PPPK mendapat 24 JP per tahun kontraknya?",
        "Do PPPK get the 24 JP a contract year allows?",
    ),
    "pelatihan.pppk.c": (
        "PPPK berhak atas pengembangan kompetensi paling lama 24 JP dalam satu tahun masa perjanjian kerja "
        "(PP 49/2018 pasal 39): porsi PPPK yang mendapat 24 JP penuh, dengan IK 95 %.",
        "PPPK may get competency development of at most 24 JP in a year of their contract (PP 49/2018 art. 39): "
        "share of PPPK who got the full 24 JP, with its 95 % CI.",
    ),
    "pelatihan.col.share_pppk_met": ("% mendapat 24 JP", "% with 24 JP"),
    "pelatihan.col.pppk": ("PPPK", "PPPK"),
    "pelatihan.col.met_pppk": ("Mendapat 24 JP", "With 24 JP"),
    "col.mean_jp": ("Rata-rata JP", "Mean JP"),
    "col.median_jp": ("Median JP", "Median JP"),
    "col.met": ("Memenuhi 20 JP", "With 20 JP"),
    "pelatihan.unit.q": ("Unit mana yang belum memenuhi 20 JP?", "Which units fall short of 20 JP?"),
    "pelatihan.unit.c": (
        "Per unit: rata-rata JP per PNS per tahun dan porsi pegawai-tahun yang mencapai 20 JP, dengan IK 95 % "
        "(Wilson, atas pegawai-tahun: satu pegawai dihitung sekali per tahun).",
        "Per unit: mean JP per PNS per year and share of employee-years reaching 20 JP, with its 95 % CI (Wilson, "
        "over employee-years: one employee counts once a year).",
    ),
    "pelatihan.volume.q": ("Jenis pelatihan apa yang diberikan?", "What kinds of training are given?"),
    "pelatihan.volume.c": (
        "Jumlah peserta per jenis diklat (SIASN), diwarnai menurut kategori pelatihan.",
        "Participants per training type (SIASN jenis diklat), coloured by training category.",
    ),
    "pelatihan.volume_year.q": (
        "Berapa jam pelatihan diberikan setiap tahun?",
        "How many training hours each year?",
    ),
    "pelatihan.volume_year.c": (
        "Total jam pelajaran (JP) per tahun, menurut kategori pelatihan.",
        "Total lesson hours (JP) per year, by training category.",
    ),
    "col.jenis_diklat": ("Jenis diklat", "Training type"),
    "col.category": ("Kategori", "Category"),
    "col.trainings": ("Pelatihan", "Trainings"),
    "col.participants": ("Peserta", "Participants"),
    "col.jp_total": ("Total JP", "Total JP"),
    "pelatihan.impact.q": ("Apakah pelatihan menaikkan kinerja?", "Does training raise performance?"),
    "pelatihan.impact.c": (
        "Perbandingan perubahan kinerja pegawai yang dilatih dengan pegawai serupa yang belum dilatih "
        "(difference-in-differences).",
        "Compares the change in performance of trained employees with similar employees not yet trained "
        "(difference-in-differences).",
    ),
    "pelatihan.region.c": (
        "Efek pelatihan per wilayah dan untuk semua wilayah terpilih (belah ketupat), pada satu ukuran: titik = "
        "perkiraan, garis = IK 95 %; di kanan nol = kinerja naik setelah pelatihan.",
        "The effect of training per region and for all chosen regions (diamond), on one measure: dot = estimate, "
        "bar = 95 % CI; right of zero = performance rises after training.",
    ),
    "pelatihan.region.table": ("Tabel efek per wilayah", "Table of the effect per region"),
    "pelatihan.table": ("Tabel per wilayah dan tahun", "Table per region and year"),
    "pelatihan.min_jp": ("Pelatihan dihitung bila minimal (JP)", "Count training of at least (JP)"),
    "pelatihan.min_jp.help": (
        "Pegawai dianggap 'dilatih' bila mengikuti pelatihan dengan total minimal sekian jam pelajaran.",
        "An employee counts as 'trained' after training totalling at least this many lesson hours.",
    ),
    "impact.sentence.up": (
        "Pelatihan ≥ {min_jp} JP menaikkan skor kinerja rata-rata {est} poin (IK 95 %: {lo}–{hi}; "
        "n = {nt} dilatih vs {nc} pembanding).",
        "Training of ≥ {min_jp} JP raises the mean performance score by {est} points (95 % CI: {lo}–{hi}; "
        "n = {nt} trained vs {nc} comparison).",
    ),
    "impact.sentence.down": (
        "Pelatihan ≥ {min_jp} JP menurunkan skor kinerja rata-rata {est} poin (IK 95 %: {lo}–{hi}; "
        "n = {nt} dilatih vs {nc} pembanding).",
        "Training of ≥ {min_jp} JP lowers the mean performance score by {est} points (95 % CI: {lo}–{hi}; "
        "n = {nt} trained vs {nc} comparison).",
    ),
    "impact.sentence.pp.up": (
        "Pelatihan ≥ {min_jp} JP menaikkan porsi bulan dengan hasil kerja Di Atas Ekspektasi {est} poin persen "
        "(IK 95 %: {lo}–{hi}; n = {nt} dilatih vs {nc} pembanding).",
        "Training of ≥ {min_jp} JP raises the share of months rated hasil kerja Di Atas Ekspektasi (above "
        "expectations) by {est} percentage points (95 % CI: {lo}–{hi}; n = {nt} trained vs {nc} comparison).",
    ),
    "impact.sentence.pp.down": (
        "Pelatihan ≥ {min_jp} JP menurunkan porsi bulan dengan hasil kerja Di Atas Ekspektasi {est} poin persen "
        "(IK 95 %: {lo}–{hi}; n = {nt} dilatih vs {nc} pembanding).",
        "Training of ≥ {min_jp} JP lowers the share of months rated hasil kerja Di Atas Ekspektasi (above "
        "expectations) by {est} percentage points (95 % CI: {lo}–{hi}; n = {nt} trained vs {nc} comparison).",
    ),
    "impact.unit.pp": ("poin persen", "percentage points"),
    "impact.kpi.points": ("Efek (poin)", "Effect (points)"),
    "impact.kpi.pp": ("Efek (poin %)", "Effect (pp)"),
    "impact.outcome": ("Ukuran kinerja", "Performance measure"),
    "impact.outcome.auto": ("Otomatis", "Automatic"),
    "impact.outcome.score": ("Skor 0–100", "Score 0–100"),
    "impact.outcome.hasil_di_atas": ("Hasil kerja Di Atas", "Hasil kerja Di Atas"),
    "impact.outcome.help": (
        "Otomatis: skor bulanan 0–100 bila data terfilter memilikinya untuk pegawai sebanyak predikatnya; bila "
        "tidak (ekspor SIASN hanya memuat predikat, tanpa skor), porsi bulan dengan hasil kerja Di Atas "
        "Ekspektasi.",
        "Automatic: the monthly 0–100 score where the filtered data have it for as many employees as the ratings; "
        "otherwise (a SIASN export has ratings, no score) the share of months rated hasil kerja Di Atas "
        "Ekspektasi.",
    ),
    "impact.measure.score": (
        "Diukur dengan **skor kinerja bulanan 0–100**; efek dalam **poin skor**.",
        "Measured by the **monthly 0–100 performance score**; the effect in **score points**.",
    ),
    "impact.measure.hasil_di_atas": (
        "Diukur dengan **porsi bulan dengan hasil kerja Di Atas Ekspektasi** (model probabilitas linear); efek "
        "dalam **poin persen** (+10 = porsi naik 10 poin, mis. dari 20 % ke 30 %).",
        "Measured by the **share of months rated hasil kerja Di Atas Ekspektasi** (a linear probability model); "
        "the effect in **percentage points** (+10 = the share rises by 10 points, e.g. from 20 % to 30 %).",
    ),
    "impact.measure.auto_rating": (
        "Skor 0–100 tidak ada untuk semua pegawai dalam filter ini (ekspor SIASN hanya memuat predikat), jadi "
        "yang dipakai hasil kerja.",
        "Not every employee in these filters has a 0–100 score (a SIASN export has ratings only), so the rating is "
        "used.",
    ),
    "impact.monthly_only": (
        "Perkiraan ini membaca penilaian bulanan (penilaian triwulan berlaku untuk tiap bulannya). Wilayah yang "
        "hanya menilai per tahun tidak ikut: {regions}.",
        "The estimate reads monthly evaluations (a quarterly one stands for each of its months). Regions that "
        "rate only annually are not in it: {regions}.",
    ),
    "impact.changes": (
        "Perubahan kelompok dilatih {tc}, pembanding {cc} (dibobot per sel seperti perkiraannya).",
        "Change of the trained {tc}, of the comparison {cc} (weighted by cell as the estimate is).",
    ),
    "impact.axis.score": ("Selisih skor (poin)", "Score difference (points)"),
    "impact.axis.hasil_di_atas": (
        "Selisih porsi hasil kerja Di Atas (poin persen)",
        "Difference in share Di Atas (percentage points)",
    ),
    "impact.uncertain": (
        "Interval kepercayaan mencakup nol: data ini belum menunjukkan efek yang jelas.",
        "The confidence interval includes zero: these data show no clear effect.",
    ),
    "impact.none": (
        "Tidak cukup pegawai dilatih dan pembanding untuk memperkirakan dampak dengan filter ini.",
        "Not enough trained and comparison employees to estimate the effect for these filters.",
    ),
    "kpi.estimate": ("Perkiraan efek", "Estimated effect"),
    "kpi.ci": ("IK 95 %", "95 % CI"),
    "kpi.n_treated": ("n dilatih", "n trained"),
    "kpi.n_treated.help": (
        "Pegawai yang menyelesaikan pelatihan substantif pertama ≥ {min_jp} JP dalam rentang tahun terpilih.",
        "Employees who finished a first substantive training of ≥ {min_jp} JP within the chosen years.",
    ),
    "kpi.n_control": ("n pembanding", "n comparison"),
    "kpi.n_control.help": (
        "Pengamatan pembanding: pegawai yang belum dilatih, dari wilayah, jenis jabatan dan kelompok kinerja awal "
        "yang sama, pada bulan yang sama. Satu pegawai dapat menjadi pembanding pada beberapa bulan.",
        "Comparison observations: not-yet-trained employees of the same region, kind of post and baseline "
        "performance group, in the same month. One employee can be a comparison in several months.",
    ),
    "unit.points": ("poin", "points"),
    "pelatihan.event.q": ("Kapan efeknya muncul?", "When does the effect appear?"),
    "pelatihan.event.c": (
        "Selisih kinerja (ukuran di atas) dilatih − pembanding per bulan sejak pelatihan (0 = bulan pelatihan). "
        "Sebelum 0 garis sebaiknya datar di sekitar nol; kenaikan setelah 0 = efek pelatihan.",
        "Performance difference (the measure above) trained − comparison by month since training (0 = training "
        "month). Before 0 the line should be flat near zero; a rise after 0 is the training effect.",
    ),
    "axis.rel_month": ("Bulan sejak pelatihan", "Months since training"),
    "axis.difference": ("Selisih skor (poin)", "Score difference (points)"),
    "col.rel_month": ("Bulan sejak pelatihan", "Months since training"),
    "col.n_treated": ("n dilatih", "n trained"),
    "col.treated_mean": ("Rata-rata dilatih", "Trained mean"),
    "col.control_mean": ("Rata-rata pembanding", "Comparison mean"),
    "col.difference": ("Selisih", "Difference"),
    "pelatihan.comp.q": (
        "Apakah kompetensi yang dilatih naik di asesmen berikutnya?",
        "Do trained competencies rise between assessments?",
    ),
    "pelatihan.comp.c": (
        "Perubahan level rata-rata antara dua asesmen, bagi pegawai yang dilatih pada kompetensi itu dan yang "
        "tidak. Selisih positif = pelatihan terkait dengan kenaikan.",
        "Mean level change between two assessments, for employees trained in that competency and those not. "
        "A positive difference = training goes with a rise.",
    ),
    "col.trained_n": ("n dilatih", "n trained"),
    "col.trained_change": ("Perubahan (dilatih)", "Change (trained)"),
    "col.untrained_n": ("n tidak dilatih", "n untrained"),
    "col.untrained_change": ("Perubahan (tidak dilatih)", "Change (untrained)"),
    "pelatihan.method.outcome": (
        "**Ukuran kinerja:** skor bulanan 0–100 bila data memilikinya; bila tidak (ekspor SIASN hanya memuat "
        "predikat), porsi bulan dengan hasil kerja *Di Atas Ekspektasi* (0 atau 1 per bulan, model probabilitas "
        "linear): efeknya dalam poin persen. Kelompok kinerja awal: skor ≤ 75 / 76–90 / > 90, atau porsi Di "
        "Atas sebelumnya nol / di bawah separuh / separuh atau lebih. **Pelatihan substantif:** pegawai dilatih "
        "pada bulan pelatihan pertamanya ≥ 20 JP (dengan ambang 40 JP: bila pelatihan pertama itu ≥ 40 JP); "
        "pembanding belum pernah mengikuti pelatihan ≥ 20 JP (≥ 10 JP pada ambang 10) sampai bulan ke-8, "
        "berapa pun ambangnya. Dibaca penilaian bulanan; penilaian triwulan berlaku untuk tiap bulannya (tanpa "
        "penilaian bulanan), penilaian tahunan tidak.",
        "**Performance measure:** the monthly 0–100 score where the data have one; otherwise (a SIASN export has "
        "ratings only) the share of months rated hasil kerja *Di Atas Ekspektasi* (0 or 1 a month, a linear "
        "probability model): the effect is in percentage points. Baseline group: score ≤ 75 / 76–90 / > 90, or "
        "a share Di Atas before of none / under half / half or more. **Substantive training:** an employee "
        "counts as trained in the month of their first training of ≥ 20 JP (at the 40 JP threshold: if that "
        "first training is ≥ 40 JP); a comparison employee has had no training of ≥ 20 JP (≥ 10 JP at the 10 "
        "threshold) up to month 8, whatever the threshold. Monthly evaluations are read; a quarterly one stands "
        "for each of its months (without a monthly one), annual ones are not read.",
    ),
    "method.title": ("Cara membaca perkiraan dampak", "How the effect is estimated"),
    "method.body": (
        "**Pertanyaan:** apakah skor kinerja pegawai naik setelah pelatihan substantif pertama minimal "
        "{min_jp} JP?\n\n"
        "**Perubahan per pegawai:** rata-rata skor bulanan pada bulan ke-3 s.d. ke-8 *sesudah* pelatihan "
        "dikurangi rata-rata 6 bulan *sebelum* pelatihan.\n\n"
        "**Pembanding:** pegawai yang belum dilatih, dari wilayah, jenis jabatan dan kelompok kinerja awal yang "
        "sama, diukur di sekitar bulan yang sama. Perubahan mereka menunjukkan apa yang terjadi tanpa pelatihan "
        "(misalnya semua skor naik karena kebijakan baru).\n\n"
        "**Dampak** = perubahan kelompok dilatih − perubahan kelompok pembanding: *difference-in-differences*. "
        "**Interval kepercayaan (IK) 95 %** adalah rentang yang masuk akal untuk efek sebenarnya; bila mencakup "
        "nol, data belum cukup untuk menyimpulkan ada efek.\n\n"
        "**Grafik per bulan** menguji asumsinya: sebelum bulan 0 selisih kedua kelompok seharusnya datar. Bila "
        "selisih sudah naik sebelum pelatihan, pegawai yang dipilih untuk pelatihan memang sudah berbeda, dan "
        "perkiraan perlu dibaca hati-hati. Ini data pengamatan, bukan uji acak: alasan seseorang dipilih untuk "
        "pelatihan tidak dikendalikan.",
        "**Question:** does an employee's performance score rise after a first substantive training of at least "
        "{min_jp} JP?\n\n"
        "**Change per employee:** mean monthly score in months 3 to 8 *after* the training minus the mean of the "
        "6 months *before* it.\n\n"
        "**Comparison:** not-yet-trained employees of the same region, kind of post and baseline performance "
        "group, measured around the same month. Their change shows what happens without training (for example, "
        "all scores rising because of a new policy).\n\n"
        "**Effect** = the trained group's change − the comparison group's change: a *difference-in-differences*. "
        "The **95 % confidence interval (CI)** is the range of plausible true effects; if it includes zero, the "
        "data are not enough to conclude there is an effect.\n\n"
        "**The month-by-month chart** checks the assumption: before month 0 the difference between the groups "
        "should be flat. If it already rises before training, those chosen for training were different to begin "
        "with, and the estimate should be read with care. These are observational data, not a randomised trial: "
        "why someone was chosen for training is not controlled for.",
    ),
}
