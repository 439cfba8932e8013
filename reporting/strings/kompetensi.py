"""The Kompetensi page."""

STRINGS: dict[str, tuple[str, str]] = {
    "kompetensi.title": ("Kompetensi", "Competency"),
    "kompetensi.intro": (
        "Hasil asesmen kompetensi terakhir setiap pegawai dalam {y0}–{y1}, dibanding standar jabatannya "
        "(PermenPANRB 38/2017).",
        "Each employee's latest competency assessment in {y0}–{y1}, against the standard of their post "
        "(PermenPANRB 38/2017).",
    ),
    # ------------------------------------------------------------ the answer first (reporting.findings.competency)
    "kompetensi.f.optimal.many": (
        "Porsi pegawai Optimal (JPM ≥ 90) tertinggi di {best} ({best_v}) dan terendah di {worst} ({worst_v})",
        "The share of employees Optimal (JPM ≥ 90) is highest in {best} ({best_v}) and lowest in {worst} "
        "({worst_v})",
    ),
    "kompetensi.f.optimal.one": (
        "{region}: {optimal} pegawai Optimal (JPM ≥ 90), {kurang} Kurang Optimal (< 78)",
        "{region}: {optimal} of employees Optimal (JPM ≥ 90), {kurang} below optimal (< 78)",
    ),
    "kompetensi.f.change.many": (
        "; sejak {y0} porsi itu naik di {up} dari {n} wilayah",
        "; since {y0} it has risen in {up} of {n} regions",
    ),
    "kompetensi.f.change.all": (
        "; sejak {y0} porsi itu naik di semua {n} wilayah",
        "; since {y0} it has risen in all {n} regions",
    ),
    "kompetensi.f.change.one": ("; {diff} poin sejak {y0} ({v0})", "; {diff} points since {y0} ({v0})"),
    "kompetensi.f.comp": (
        "Kompetensi yang paling jarang memenuhi standar jabatan: {items}.",
        "The competencies least often at their post's standard: {items}.",
    ),
    "kompetensi.f.comp.item.many": (
        "{competency} ({share}; terendah di {region}, {low})",
        "{competency} ({share}; lowest in {region}, {low})",
    ),
    "kompetensi.f.comp.item.one": ("{competency} ({share})", "{competency} ({share})"),
    "kompetensi.f.unit": (
        "JPM rata-rata terendah: {items}; {below} dari {n} unit di bawah 90.",
        "Lowest mean JPM: {items}; {below} of {n} units are below 90.",
    ),
    "kompetensi.f.unit.item.many": ("{unit} ({region}, {jpm})", "{unit} ({region}, {jpm})"),
    "kompetensi.f.unit.item.one": ("{unit} ({jpm})", "{unit} ({jpm})"),
    "kompetensi.coverage.q": (
        "Kompetensi mana yang paling jarang memenuhi standar jabatan?",
        "Which competencies are least often at their post's standard?",
    ),
    "kompetensi.coverage.c": (
        "Porsi pegawai yang levelnya ≥ level yang disyaratkan jabatannya; satu titik per wilayah, kompetensi "
        "yang paling jarang terpenuhi (semua wilayah terpilih) di atas. Sumbu diperbesar: tidak dimulai dari 0 %.",
        "Share of employees at or above their post's required level; one dot per region, the competency met "
        "least often (all chosen regions) on top. Zoomed axis: it does not start at 0 %.",
    ),
    "kompetensi.axis.zoomed": ("{label} (sumbu tidak dimulai dari 0)", "{label} (axis does not start at 0)"),
    "kompetensi.more.coverage": (
        "Angka per kompetensi dan wilayah, dan selisih level (tabel, grafik)",
        "Numbers per competency and region, and the level gap (table, chart)",
    ),
    "kompetensi.more.bands": ("Angka band JPM per wilayah (tabel)", "JPM band numbers per region (table)"),
    "kompetensi.more.units": ("Semua unit (tabel)", "Every unit (table)"),
    "kompetensi.gap.q": (
        "Seberapa jauh level pegawai di atas atau di bawah standar?",
        "How far above or below the standard are employees?",
    ),
    "kompetensi.gap.c": (
        "Rata-rata level pegawai dikurangi level yang disyaratkan jabatannya. Di kanan garis nol = di atas "
        "standar; di kiri = kekurangan yang perlu dikembangkan.",
        "Mean of employee level minus the post's required level. Right of the zero line = above the standard; "
        "left = a gap to develop.",
    ),
    "col.assessed": ("Dinilai", "Assessed"),
    "col.meeting": ("Memenuhi", "Meeting"),
    "col.share_meeting": ("% memenuhi standar", "% meeting standard"),
    "col.mean_gap": ("Rata-rata selisih level", "Mean level gap"),
    "col.kind": ("Jenis kompetensi", "Kind"),
    "kompetensi.jpm.q": (
        "Berapa banyak pegawai yang sesuai dengan jabatannya?",
        "How many employees match their post?",
    ),
    "kompetensi.jpm.c": (
        "Band pemetaan Job Person Match untuk seluruh pegawai: Optimal ≥ 90, Cukup Optimal 78–< 90, Kurang Optimal "
        "< 78, atas JPM sebagai cakupan (tiap kompetensi dibatasi pada syaratnya). Band seleksi (MS / MMS / KMS) "
        "dipakai untuk daftar calon dan jabatan yang akan diisi. Bagian hijau yang panjang = banyak pegawai sesuai.",
        "Job Person Match mapping bands for all staff: Optimal ≥ 90, Cukup Optimal 78–< 90, Kurang Optimal < 78, "
        "of JPM as coverage (each competency capped at its requirement). The selection bands (MS / MMS / KMS) "
        "are for candidate lists and posts being filled. A long green part = many employees fit.",
    ),
    "col.band": ("Band JPM", "JPM band"),
    "col.band_mapping": ("Band pemetaan JPM", "JPM mapping band"),
    "kompetensi.unit.q": (
        "Unit mana yang kecocokan jabatannya paling lemah?",
        "Which units have the weakest match?",
    ),
    "kompetensi.unit.c": (
        "{n} unit dengan JPM rata-rata (cakupan) terendah, yang terlemah di atas; garis putus-putus = batas "
        "band Kurang Optimal (78) atau Optimal (90) bila dalam rentang sumbu. Sumbu diperbesar. Semua unit, "
        "juga JPM sebagai rasio biasa, ada di tabel di bawahnya.",
        "The {n} units with the lowest mean JPM (coverage), the weakest on top; dashed lines = the limit of "
        "the band below optimal (78) or Optimal (90) where on the axis. Zoomed axis. Every unit, also JPM as "
        "the plain ratio, is in the table below.",
    ),
    "kompetensi.jenis.q": (
        "Apakah kecocokan berbeda menurut jenis jabatan?",
        "Does match differ by kind of post?",
    ),
    "kompetensi.jenis.c": (
        "JPM rata-rata (cakupan) per jenis jabatan dan wilayah; garis putus-putus = batas Optimal (90).",
        "Mean JPM (coverage) per kind of post and region; dashed line = the Optimal threshold (90).",
    ),
    "kompetensi.qual.q": (
        "Apakah bidang pendidikan sesuai dengan jabatan?",
        "Does the education field fit the post?",
    ),
    "kompetensi.qual.c": (
        "Porsi pegawai yang bidang pendidikannya sesuai syarat jabatan (jabatan tanpa syarat bidang dihitung sesuai).",
        "Share of employees whose education field fits the post's requirement (posts without one count as fit).",
    ),
    "col.fit": ("Sesuai", "Fit"),
    "col.share_fit": ("% sesuai", "% fit"),
}
