"""Strings of the presentation view and the report exports: {key: (Bahasa Indonesia, English)}.

Merged into :data:`ui.i18n.STRINGS`.
"""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "nav.presentasi": ("Presentasi", "Presentation"),
    "presentasi.title": ("Presentasi", "Presentation"),
    # ------------------------------------------------------------ controls
    "presentasi.region": ("Wilayah", "Region"),
    "presentasi.region.all": ("Semua wilayah", "All regions"),
    "presentasi.region.some": ("Beberapa wilayah", "Some regions"),
    "presentasi.region.custom": (
        "Wilayah dipilih di filter samping: {regions}",
        "Regions chosen in the side filters: {regions}",
    ),
    "presentasi.prev": ("Sebelumnya", "Previous"),
    "presentasi.next": ("Berikutnya", "Next"),
    "presentasi.position": ("{n} / {total}", "{n} / {total}"),
    "presentasi.keys": (
        "Tombol panah ← → atau Page Up / Page Down (clicker) berpindah slide.",
        "Arrow keys ← → or Page Up / Page Down (a clicker) change the slide.",
    ),
    "presentasi.filters": (
        "{y0}–{y1} · {unit} · {jabatan}. Ubah tahun, unit atau jenis jabatan di filter samping (›).",
        "{y0}–{y1} · {unit} · {jabatan}. Change years, unit or kind of post in the side filters (›).",
    ),
    # ------------------------------------------------------------ export
    "export.title": ("Unduh laporan", "Download report"),
    "export.intro": (
        "Laporan dari filter saat ini: slide judul, lalu satu slide per grafik dengan temuan dan angkanya. "
        "Tanpa nama atau NIP; kelompok kurang dari {k} pegawai ditampilkan sebagai \u201c<{k}\u201d.",
        "A report from the current filters: a title slide, then one slide per chart with its finding and "
        "numbers. No names or NIPs; groups of fewer than {k} employees show as \u201c<{k}\u201d.",
    ),
    "export.make": ("Buat laporan", "Make the report"),
    "export.working": ("Membuat laporan…", "Making the report…"),
    "export.step.story": ("Menghitung angka", "Computing the numbers"),
    "export.step.image": ("Grafik {i} dari {n}", "Chart {i} of {n}"),
    "export.step.pptx": ("Menyusun PPTX", "Building the PPTX"),
    "export.step.pdf": ("Menyusun PDF", "Building the PDF"),
    "export.step.html": ("Menyusun HTML", "Building the HTML"),
    "export.done": ("Laporan siap ({seconds} detik).", "Report ready ({seconds} s)."),
    "export.failed": (
        "Laporan tidak dapat dibuat. Periksa log server atau hubungi pengelola dasbor.",
        "The report could not be made. Check the server log or contact the dashboard's maintainer.",
    ),
    "export.pptx": ("Unduh PPTX", "Download PPTX"),
    "export.pdf": ("Unduh PDF", "Download PDF"),
    "export.html": ("Unduh HTML (interaktif, luring)", "Download HTML (interactive, offline)"),
    "export.no_images": (
        "PPTX dan PDF memerlukan gambar grafik, yang tidak dapat dibuat di server ini: {reason} "
        "HTML tetap tersedia.",
        "PPTX and PDF need chart images, which this server cannot make: {reason} The HTML is still "
        "available.",
    ),
    "export.stale": (
        "Filter atau bahasa berubah sejak laporan dibuat — buat ulang.",
        "Filters or language changed since the report was made — make it again.",
    ),
    # ------------------------------------------------------------ report text
    "report.title": ("Laporan penataan jabatan ASN", "ASN position management report"),
    "report.regions.all": ("Semua wilayah", "All regions"),
    "report.regions.n": ("{n} wilayah", "{n} regions"),
    "report.scope": ("{regions} · {y0}–{y1}", "{regions} · {y0}–{y1}"),
    "report.filters": ("Unit: {unit} · Jenis jabatan: {jabatan}", "Unit: {unit} · Kind of post: {jabatan}"),
    "report.made": ("Dibuat {date} dari {app}.", "Made {date} from the {app}."),
    "report.privacy": (
        "Hanya angka agregat: tanpa nama atau NIP. Kelompok kurang dari {k} pegawai ditampilkan sebagai "
        "\u201c<{k}\u201d; angka yang dihitung darinya, dan total atau selisih yang dapat membukanya, "
        "sebagai \u201cx\u201d.",
        "Aggregates only: no names or NIPs. Groups of fewer than {k} employees show as \u201c<{k}\u201d; "
        "numbers computed over them, and totals or differences that would reveal them, as \u201cx\u201d.",
    ),
    "report.demo": (
        "Data sintetis (demo), bukan data ASN sebenarnya.",
        "Synthetic (demo) data, not real civil-service data.",
    ),
    "report.numbers": ("Angka di balik grafik", "The numbers behind the chart"),
    "report.numbers.next": (
        "Angka di balik grafik: di halaman berikut.",
        "The numbers behind the chart: on the next page.",
    ),
    "report.numbers.appendix": (
        "Angka di balik grafik: lampiran, slide {n}.",
        "The numbers behind the chart: appendix, slide {n}.",
    ),
    "report.continued": ("{title} (angka, {n}/{total})", "{title} (numbers, {n}/{total})"),
    "report.suppressed": (
        "\u201c<{k}\u201d: kelompok kurang dari {k} pegawai; \u201cx\u201d: angka yang disembunyikan agar "
        "kelompok kecil tidak dapat dihitung dari total atau selisih. Grafik tidak menggambar keduanya.",
        "\u201c<{k}\u201d: a group of fewer than {k} employees; \u201cx\u201d: a number hidden so that a small "
        "group cannot be worked out from totals or differences. The chart leaves both out.",
    ),
    "report.page": ("Halaman {n} dari {total}", "Page {n} of {total}"),
    "report.slide": ("Slide {n} dari {total}", "Slide {n} of {total}"),
    "report.missing": (
        "\u201c–\u201d: tidak ada angka untuk sel ini (mis. wilayah tanpa skor 0–100, tahun tanpa penilaian, "
        "atau terlalu sedikit data untuk perkiraan).",
        "\u201c–\u201d: no number for this cell (e.g. a region without 0–100 scores, a year without "
        "evaluations, or too little data for an estimate).",
    ),
    # ------------------------------------------------------------ the stamp on every page and slide
    "report.stamp.filters": (
        "{scope} · Unit: {unit} · Jenis jabatan: {jabatan} · Dibuat {date}",
        "{scope} · Unit: {unit} · Kind of post: {jabatan} · Made {date}",
    ),
    "report.stamp.data": (
        "{data} · Ambang privasi: kelompok < {k} pegawai disembunyikan",
        "{data} · Privacy threshold: groups of < {k} employees hidden",
    ),
    "report.data.demo": ("Data demo (sintetis), dibangun {when}", "Demo data (synthetic), built {when}"),
    "report.data.import": ("Data impor {when}", "Data imported {when}"),
    "report.data.unknown": ("Versi data tidak diketahui", "Data version unknown"),
    # ------------------------------------------------------------ notes (speaker notes, the files' notes)
    "report.notes": ("Catatan", "Notes"),
    "report.notes.finding": ("Temuan", "Finding"),
    "report.notes.how": ("Cara membaca", "How to read"),
    "report.notes.caveats": ("Perhatikan", "Caveats"),
    # ------------------------------------------------------------ slides: questions, how to read, findings
    "story.overview.q": ("Bagaimana posisi setiap wilayah?", "Where does each region stand?"),
    "story.overview.c": (
        "Empat porsi utama tahun {year} per wilayah: predikat Baik ke atas (semua jenis periode), JPM Optimal "
        "(band pemetaan, JPM cakupan ≥ 90), PNS dengan 20 JP, pendidikan sesuai jabatan. Lebih tinggi lebih baik.",
        "Four headline shares in {year} per region: rated Good or better (every period type), JPM Optimal "
        "(mapping band, coverage JPM ≥ 90), PNS with 20 JP, education fits the post. Higher is better.",
    ),
    "story.indicator": ("Indikator", "Indicator"),
    "story.indicator.share_baik": ("Baik ke atas", "Good or better"),
    "story.indicator.share_ms": ("JPM band MS", "JPM band MS"),
    "story.indicator.share_optimal": ("JPM Optimal", "JPM Optimal"),
    "story.indicator.share_jp_met": ("PNS dengan 20 JP", "PNS with 20 JP"),
    "story.indicator.share_qualified": ("Pendidikan sesuai", "Education fits"),
    "story.competency.q": (
        "Berapa banyak pegawai yang sesuai dengan jabatannya?",
        "How many employees match their post?",
    ),
    "story.competency.c": (
        "Band pemetaan Job Person Match per wilayah (JPM cakupan: tiap kompetensi dibatasi pada syaratnya): "
        "Optimal ≥ 90, Cukup Optimal 78–< 90, Kurang Optimal < 78. Hijau panjang = banyak yang sesuai.",
        "Job Person Match mapping bands per region (coverage JPM: each competency capped at its requirement): "
        "Optimal ≥ 90, Cukup Optimal 78–< 90, Kurang Optimal < 78. A long green part = many fit.",
    ),
    "story.kinerja.q": (
        "Apakah porsi predikat Baik ke atas meningkat?",
        "Is the share rated Good or better rising?",
    ),
    "story.kinerja.c": (
        "Porsi penilaian Sangat Baik atau Baik per tahun (bulanan, triwulan atau tahunan: jenis periode paling "
        "rinci tiap wilayah); satu garis per wilayah.",
        "Share of evaluations rated Outstanding or Good per year (monthly, quarterly or annual: each region's "
        "finest period type); one line per region.",
    ),
    "story.training.q": ("Apakah pelatihan menaikkan kinerja?", "Does training raise performance?"),
    "story.training.c": (
        "Perubahan skor pegawai yang dilatih (≥ {min_jp} JP) dibanding pegawai serupa yang belum dilatih "
        "(difference-in-differences), titik = perkiraan, garis = IK 95 %.",
        "Score change of employees trained (≥ {min_jp} JP) against similar employees not yet trained "
        "(difference-in-differences); dot = estimate, bar = 95 % CI.",
    ),
    "story.training.all": ("Semua wilayah terpilih", "All chosen regions"),
    "story.training.axis": ("Efek pada skor (poin)", "Effect on the score (points)"),
    "story.placement.q": (
        "Berapa rotasi, mutasi dan promosi per 100 pegawai setahun?",
        "How many rotations, transfers and promotions per 100 employees a year?",
    ),
    "story.placement.c": (
        "Perpindahan yang dilaksanakan {y0}–{y1} per 100 pegawai per tahun, menurut jenis dan wilayah.",
        "Moves carried out {y0}–{y1} per 100 employees a year, by kind of move and region.",
    ),
    "story.talent.q": (
        "Di kotak mana pegawai berada pada 9-box talenta?",
        "Where do employees fall on the 9-box talent grid?",
    ),
    "story.talent.c": (
        "Kinerja (rating hasil kerja SKP tahunan terakhir: di atas / sesuai / di bawah ekspektasi) × potensi "
        "(asesmen terakhir, batas skor {low} / {high}); angka tebal = nomor kotak resmi (PermenPANRB 3/2020), "
        "warna = persentase pegawai yang dinilai di wilayah. Kotak 7–9 = kelompok suksesi.",
        "Kinerja (the work-results rating of the latest annual SKP: above / meets / below expectations) × "
        "potential (latest assessment, score cut-offs {low} / {high}); bold number = official box "
        "(PermenPANRB 3/2020), colour = share of the region's assessed employees. Boxes 7–9 = succession pool.",
    ),
    "story.succession.q": (
        "Apakah kelompok suksesi cukup untuk jabatan struktural yang harus diisi?",
        "Is the succession pool large enough for the structural posts to fill?",
    ),
    "story.succession.c": (
        "Pegawai di kotak 7–9 (9-box, PermenPANRB 3/2020: kinerja dari rating SKP; batas skor potensi {low} / "
        "{high}) dan jabatan struktural yang kosong atau pemegangnya pensiun dalam 2 tahun, per {as_of}.",
        "Employees in boxes 7–9 (9-box, PermenPANRB 3/2020: kinerja from the SKP rating; potential cut-offs "
        "{low} / {high}) and structural posts vacant or whose holder retires within 2 years, as of {as_of}.",
    ),
    "story.succession.posts": ("Jabatan struktural yang harus diisi", "Structural posts to fill"),
    "story.f.suppressed": (
        "Angka untuk filter ini terlalu kecil untuk ditampilkan (kelompok kurang dari {k} pegawai).",
        "The numbers for these filters are too small to show (groups of fewer than {k} employees).",
    ),
    "story.f.empty": ("Tidak ada data untuk filter ini.", "No data for these filters."),
    "story.measure": ("Ukuran", "Measure"),
    "story.count": ("Jumlah", "Count"),
}
