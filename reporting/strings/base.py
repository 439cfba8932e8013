"""The strings every page shares (app frame, filters, axes and columns, and the first
pages' own): ``key -> (Bahasa Indonesia, English)``. Later pages keep theirs in modules of
their own beside this one; :mod:`reporting.text` merges them."""

STRINGS: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------ app
    "app.title": ("Dasbor Penataan Jabatan ASN", "ASN Position Management Dashboard"),
    "app.short": ("Dasbor ASN", "ASN Dashboard"),
    "app.subtitle": (
        "Kompetensi, kinerja dan pelatihan ASN pemerintah daerah",
        "Competency, performance and training of regional governments' civil servants",
    ),
    "nav.ringkasan": ("Ringkasan", "Overview"),
    "nav.kompetensi": ("Kompetensi", "Competency"),
    "nav.kinerja": ("Kinerja", "Performance"),
    "nav.pelatihan": ("Pelatihan", "Training"),
    "lang.label": ("Bahasa", "Language"),
    "demo.notice": (
        "Data sintetis (demo): semua pegawai, unit dan angka di dasbor ini dibuat oleh program, "
        "bukan data ASN sebenarnya.",
        "Synthetic (demo) data: every employee, unit and number in this dashboard was generated, "
        "not real civil-service data.",
    ),
    "demo.badge": ("Data demo (sintetis)", "Demo data (synthetic)"),
    "build.start": (
        "Basis data belum ada — membangun data demo untuk pertama kali…",
        "No database yet — building the demo data for the first time…",
    ),
    "build.done": ("Data demo siap.", "Demo data ready."),
    "build.failed": (
        "Data demo tidak dapat dibangun. Periksa log server, lalu muat ulang halaman.",
        "The demo data could not be built. Check the server log, then reload the page.",
    ),
    "error.analytics": (
        "Maaf, angka untuk bagian ini tidak dapat dihitung. Coba ubah filter atau muat ulang halaman; "
        "jika masih gagal, hubungi pengelola dasbor.",
        "Sorry, the numbers for this part could not be computed. Try other filters or reload the page; "
        "if it still fails, contact the dashboard's maintainer.",
    ),
    "error.database": (
        "Basis data tidak dapat dibuka. Hubungi pengelola dasbor.",
        "The database could not be opened. Contact the dashboard's maintainer.",
    ),
    "empty": (
        "Tidak ada data untuk filter ini — ubah wilayah, tahun, unit atau jenis jabatan.",
        "No data for these filters — change the region, years, unit or kind of post.",
    ),
    "download.csv": ("Unduh CSV", "Download CSV"),
    # ------------------------------------------------------------ Streamlit's own widget texts
    "widget.choose": ("Pilih…", "Choose…"),
    "widget.choose_many": ("Pilih satu atau lebih…", "Choose one or more…"),
    # ------------------------------------------------------------ filters
    "filters.url.ignored": (
        "Tautan ini memuat nilai filter yang tidak ada di data ini, dan diabaikan: {items}. Yang ditampilkan: "
        "filter di bilah samping.",
        "This link holds filter values that do not exist in this data and were ignored: {items}. What is shown: "
        "the filters in the sidebar.",
    ),
    "filters.url.wilayah": ("wilayah «{value}»", "region «{value}»"),
    "filters.url.tahun": ("tahun «{value}»", "year «{value}»"),
    "filters.url.unit": (
        "unit «{value}» (tidak ada di wilayah yang dipilih)",
        "unit «{value}» (not in the chosen regions)",
    ),
    "filters.url.jabatan": ("jenis jabatan «{value}»", "jenis jabatan «{value}»"),
    "filters.title": ("Filter", "Filters"),
    "filters.regions": ("Wilayah", "Regions"),
    "filters.regions.none": ("Pilih minimal satu wilayah.", "Choose at least one region."),
    "filters.years": ("Tahun", "Years"),
    "filters.unit": ("Unit kerja (OPD)", "Unit (OPD)"),
    "filters.unit.all": ("Semua unit", "All units"),
    "filters.jabatan": ("Jenis jabatan", "Kind of post"),
    "filters.jabatan.all": ("Semua jenis jabatan", "All kinds of post"),
    "filters.reset": ("Atur ulang filter", "Reset filters"),
    "filters.link": (
        "Filter tersimpan di alamat (URL): salin tautan untuk membagikan tampilan ini.",
        "Filters are kept in the address (URL): copy the link to share this view.",
    ),
    # ------------------------------------------------------------ axes / columns
    "axis.period": ("Periode", "Period"),
    "axis.region": ("Wilayah", "Region"),
    "axis.year": ("Tahun", "Year"),
    "axis.share": ("Porsi", "Share"),
    "axis.zoomed": ("(sumbu diperbesar, tidak dimulai dari nol)", "(axis zoomed, not from zero)"),
    "col.region": ("Wilayah", "Region"),
    "col.unit": ("Unit kerja", "Unit"),
    "col.rank": ("Peringkat", "Rank"),
    "col.employees": ("Pegawai", "Employees"),
    "col.evaluations": ("Penilaian", "Evaluations"),
    "col.employee_years": ("Pegawai-tahun", "Employee-years"),
    "col.jenis_jabatan": ("Jenis jabatan", "Kind of post"),
    "col.competency": ("Kompetensi", "Competency"),
    "col.year": ("Tahun", "Year"),
}
