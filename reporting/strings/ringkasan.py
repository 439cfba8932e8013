"""The Ringkasan page (and the KPI cards its cards share with other views)."""

STRINGS: dict[str, tuple[str, str]] = {
    "ringkasan.title": ("Ringkasan", "Overview"),
    "ringkasan.intro": (
        "Posisi setiap wilayah pada tahun {year}: pegawai, kinerja, kompetensi, pelatihan dan mutasi.",
        "Where each region stands in {year}: staff, performance, competency, training and moves.",
    ),
    "kpi.employees": ("Pegawai", "Employees"),
    "kpi.employees.help": (
        "Jumlah ASN saat ini: {pns} PNS dan {pppk} PPPK.",
        "Current ASN: {pns} PNS and {pppk} PPPK.",
    ),
    "kpi.share_baik": ("Predikat Baik ke atas", "Rated Good or better"),
    "kpi.share_baik.help": (
        "Porsi penilaian {year} ({period}) dengan predikat Sangat Baik atau Baik; IK 95 % {low}–{high}. Garis "
        "kecil: tren per periode.",
        "Share of the {year} evaluations ({period}) rated Outstanding or Good (Sangat Baik, Baik); 95 % CI "
        "{low}–{high}. Small line: trend per period.",
    ),
    "kpi.mean_score": ("Rata-rata skor kinerja", "Mean performance score"),
    "kpi.mean_score.help": (
        "Skor 0–100 rata-rata penilaian {year}. Garis kecil: tren per periode.",
        "Mean 0–100 score of the {year} evaluations. Small line: trend per period.",
    ),
    "kpi.mean_score.none": (
        "Data wilayah ini tanpa skor 0–100 (seperti ekspor SIASN: predikat saja); kinerjanya dibaca dari "
        "predikat di atas.",
        "This region's data have no 0–100 score (as a SIASN export: predikat only); its performance is read "
        "from the predikat above.",
    ),
    "kpi.mean_jpm": ("JPM rata-rata", "Mean JPM"),
    "kpi.mean_jpm.help": (
        "Job Person Match sebagai cakupan (tiap kompetensi dibatasi pada syaratnya): tingkat kompetensi pegawai "
        "dibanding standar jabatannya (100 = memenuhi semua). {optimal} pegawai Optimal (≥ 90, band pemetaan). "
        "Sebagai rasio biasa (tanpa batas): {ratio}.",
        "Job Person Match as coverage (each competency capped at its requirement): employees' competency levels "
        "against their post's standard (100 = meets all). {optimal} of employees Optimal (≥ 90, mapping band). "
        "As the plain ratio (uncapped): {ratio}.",
    ),
    "kpi.share_jp_met": ("PNS memenuhi 20 JP", "PNS with 20 JP"),
    "kpi.share_jp_met.help": (
        "Porsi PNS yang mendapat minimal 20 jam pelajaran pelatihan pada {year} (PP 11/2017).",
        "Share of PNS who received at least 20 lesson hours of training in {year} (PP 11/2017).",
    ),
    "kpi.moves": ("Mutasi per 100 pegawai", "Moves per 100 staff"),
    "kpi.moves.help": (
        "Perpindahan jabatan yang dijalankan per 100 pegawai per tahun, {y0}–{y1}. {declined} usulan ditolak.",
        "Executed moves per 100 employees per year, {y0}–{y1}. {declined} of proposed moves declined.",
    ),
    # ------------------------------------------------------------ the answer first (reporting.findings.overview)
    "ringkasan.ind.share_baik": ("predikat Baik ke atas", "the share rated Good or better"),
    "ringkasan.ind.share_optimal": ("JPM Optimal", "JPM Optimal"),
    "ringkasan.ind.share_jp_met": ("PNS dengan 20 JP", "PNS with 20 JP"),
    "ringkasan.f.and": (" dan ", " and "),
    "ringkasan.f.item": ("{ind} {value} (target {target})", "{ind} {value} (target {target})"),
    "ringkasan.f.lag.item": ("{ind} ({value}; target {target})", "{ind} ({value}; target {target})"),
    "ringkasan.f.lag": ("{region} tertinggal pada {items}", "{region} lags on {items}"),
    "ringkasan.f.lag.more": ("{region} pada {items}", "{region} on {items}"),
    "ringkasan.f.all_met": (
        "Semua wilayah mencapai target yang dapat dihitung.",
        "Every region reaches the targets that can be counted.",
    ),
    "ringkasan.f.no_laggard": (
        "Tidak ada wilayah yang jelas tertinggal dari yang lain (selisih kurang dari {pts} poin).",
        "No region clearly lags the others (differences under {pts} point).",
    ),
    "ringkasan.f.one": ("{region} mencapai {met} dari {n} target", "{region} reaches {met} of {n} targets"),
    "ringkasan.f.one.below": ("; di bawah target: {items}", "; below target: {items}"),
    "ringkasan.f.one.near": ("; mendekati target: {items}", "; near target: {items}"),
    "ringkasan.f.top": (
        "{region} di peringkat teratas dengan {met} dari {n} target tercapai",
        "{region} ranks first, reaching {met} of {n} targets",
    ),
    "ringkasan.f.hardest": (
        "; target {ind} tercapai di {m} dari {n} wilayah",
        "; the target for {ind} is reached in {m} of {n} regions",
    ),
    "ringkasan.f.change.many": (
        "Sejak {y0} porsi predikat Baik ke atas naik di {up} dari {n} wilayah",
        "Since {y0} the share rated Good or better has risen in {up} of {n} regions",
    ),
    "ringkasan.f.change.all": (
        "Sejak {y0} porsi predikat Baik ke atas naik di semua {n} wilayah",
        "Since {y0} the share rated Good or better has risen in all {n} regions",
    ),
    "ringkasan.f.change.down": ("; turun di {items}", "; it fell in {items}"),
    "ringkasan.f.change.item": ("{region} ({diff} poin)", "{region} ({diff} points)"),
    "ringkasan.f.change.one": (
        "Porsi predikat Baik ke atas di {region}: {v0} pada {y0}, {v1} pada {y1} ({diff} poin).",
        "Share rated Good or better in {region}: {v0} in {y0}, {v1} in {y1} ({diff} points).",
    ),
    # ------------------------------------------------------------ the scorecard
    "ringkasan.card.q": (
        "Bagaimana posisi setiap wilayah terhadap target?",
        "Where does each region stand against the targets?",
    ),
    "ringkasan.card.c": (
        "Satu baris per wilayah, peringkat terbaik di atas. Angka = tahun {year}; garis = tren {y0}–{y1}, "
        "dengan skala yang sama untuk semua wilayah per indikator; garis putus-putus = target. Hijau ✓ "
        "mencapai target, kuning ≈ kurang dari {margin} poin di bawahnya, merah ✗ lebih jauh di bawah.",
        "One row per region, best ranked on top. Numbers = {year}; lines = the trend {y0}–{y1}, on one scale "
        "for every region per indicator; dashed line = target. Green ✓ reaches the target, yellow ≈ less "
        "than {margin} points below it, red ✗ further below.",
    ),
    "ringkasan.targets": (
        "Target: {targets}. Target ini konvensi untuk membaca ringkasan, bukan ketentuan peraturan, dan "
        "dapat diatur (tabel `settings`: {keys}).",
        "Targets: {targets}. They are conventions for reading the overview, not regulation, and can be "
        "configured (table `settings`: {keys}).",
    ),
    "ringkasan.targets.near": (
        "mendekati = kurang dari {pts} poin di bawah",
        "near = less than {pts} points below",
    ),
    "ringkasan.card.employees": ("{n} pegawai", "{n} employees"),
    "ringkasan.card.col": ("{ind}<br>target {target}", "{ind}<br>target {target}"),
    "ringkasan.card.name.share_baik": ("Baik ke atas", "Good or better"),
    "ringkasan.card.name.share_optimal": ("JPM Optimal", "JPM Optimal"),
    "ringkasan.card.name.share_jp_met": ("PNS dengan 20 JP", "PNS with 20 JP"),
    "ringkasan.more.table": ("Semua indikator ringkasan (tabel)", "All overview indicators (table)"),
    "ringkasan.more.trend": (
        "Tren kinerja per triwulan (grafik)",
        "Performance trend per quarter (chart)",
    ),
    "ringkasan.trend.q": (
        "Apakah kinerja membaik di setiap wilayah?",
        "Is performance improving in each region?",
    ),
    "ringkasan.trend.c": (
        "Porsi penilaian dengan predikat Baik ke atas per periode; satu garis per wilayah. Garis naik = membaik.",
        "Share of evaluations rated Good or better per period; one line per region. Rising = improving.",
    ),
    "ringkasan.table.q": ("Semua indikator ringkasan", "All overview indicators"),
    "ringkasan.table.c": (
        "Semua angka ringkasan per wilayah, termasuk PNS/PPPK, skor rata-rata (bila datanya punya skor), JPM, "
        "kesesuaian pendidikan, mutasi per 100 pegawai dan usulan mutasi yang ditolak.",
        "Every overview figure per region, including PNS/PPPK, the mean score (where the data have one), JPM, "
        "education fit, moves per 100 staff and declined moves.",
    ),
    "col.pns": ("PNS", "PNS"),
    "col.pppk": ("PPPK", "PPPK"),
    "col.share_baik": ("% Baik ke atas", "% Good or better"),
    "col.mean_score": ("Rata-rata skor", "Mean score"),
    "col.mean_jpm": ("JPM rata-rata (cakupan)", "Mean JPM (coverage)"),
    "col.mean_jpm_ratio": ("JPM rata-rata (rasio biasa)", "Mean JPM (plain ratio)"),
    "col.share_ms": ("% MS", "% MS"),
    "col.share_kms": ("% KMS", "% KMS"),
    "col.share_optimal": ("% Optimal", "% Optimal"),
    "col.share_kurang_optimal": ("% Kurang Optimal", "% Below optimal"),
    "col.share_qualified": ("% pendidikan sesuai", "% education fits"),
    "col.share_jp_met": ("% memenuhi 20 JP", "% with 20 JP"),
    "col.moves_per_100": ("Mutasi per 100/tahun", "Moves per 100/year"),
    "col.share_declined": ("% mutasi ditolak", "% moves declined"),
}
