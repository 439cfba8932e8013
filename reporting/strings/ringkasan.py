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
        "Angka kartu di atas dalam satu tabel, termasuk PNS/PPPK, band MS, kesesuaian pendidikan dan usulan mutasi "
        "yang ditolak.",
        "The card figures in one table, including PNS/PPPK, band MS, education fit and declined moves.",
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
