"""The Kompetensi page."""

STRINGS: dict[str, tuple[str, str]] = {
    "kompetensi.title": ("Kompetensi", "Competency"),
    "kompetensi.intro": (
        "Hasil asesmen kompetensi terakhir setiap pegawai dalam {y0}–{y1}, dibanding standar jabatannya "
        "(PermenPANRB 38/2017).",
        "Each employee's latest competency assessment in {y0}–{y1}, against the standard of their post "
        "(PermenPANRB 38/2017).",
    ),
    "kompetensi.coverage.q": (
        "Kompetensi mana yang sudah memenuhi standar jabatan?",
        "Which competencies meet their posts' standards?",
    ),
    "kompetensi.coverage.c": (
        "Setiap sel: porsi pegawai yang levelnya ≥ level yang disyaratkan. Makin gelap makin baik; sel pucat = "
        "kompetensi yang perlu dikembangkan.",
        "Each cell: share of employees at or above the required level. Darker is better; pale cells are "
        "competencies to develop.",
    ),
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
        "JPM rata-rata sebagai cakupan (dibatasi) dan sebagai rasio biasa, dan porsi band pemetaan per unit; klik "
        "judul kolom untuk mengurutkan.",
        "Mean JPM as coverage (capped) and as plain ratio, and mapping-band shares per unit; click a column header "
        "to sort.",
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
