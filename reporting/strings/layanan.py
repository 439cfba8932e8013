"""The Layanan Publik page (outcomes for leaders), the public transparency view (Data
Publik) and its open data (issue #14)."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav.layanan": ("Layanan Publik", "Public Service"),
    "nav.publik": ("Data Publik", "Public Data"),
    # ------------------------------------------------------------ columns
    "col.ikm": ("IKM", "IKM"),
    "col.mutu": ("Mutu", "Quality"),
    "col.ikm_change": ("Perubahan IKM", "IKM change"),
    "col.satisfaction": ("Kepuasan kerja pegawai", "Staff job satisfaction"),
    "col.staff_respondents": ("Pegawai yang menjawab", "Staff who answered"),
    "col.respondents": ("Responden", "Respondents"),
    "col.feedback_received": ("Masukan diterima", "Feedback received"),
    "col.feedback_resolved": ("Selesai", "Resolved"),
    "col.share_resolved": ("% selesai", "% resolved"),
    "col.mean_days": ("Rata-rata hari penyelesaian", "Mean days to resolve"),
    "col.step_quarter": ("Triwulan penataan", "Reform quarter"),
    "col.channel": ("Saluran", "Channel"),
    "col.units": ("Unit", "Units"),
    "col.units_stepped": ("Unit yang ditata", "Units reformed"),
    "col.units_compared": ("Unit pembanding", "Comparison units"),
    "col.estimate": ("Perkiraan", "Estimate"),
    "col.indicator_name": ("Indikator", "Indicator"),
    "col.unit_of_measure": ("Satuan", "Unit of measure"),
    "col.period": ("Periode", "Period"),
    "col.value": ("Nilai", "Value"),
    "col.reference_quarter": ("Triwulan acuan", "Reference quarter"),
    "col.share_below_baik": ("% di bawah Baik", "% below Good"),
    "col.evaluated": ("Dinilai per periode", "Evaluated per period"),
    "col.baik": ("Baik ke atas per periode", "Good or better per period"),
    "col.below": ("Di bawah Baik per periode", "Below Good per period"),
    "channel.lapor": ("SP4N-LAPOR!", "SP4N-LAPOR!"),
    "channel.forum": ("Forum warga", "Community forum"),
    "channel.langsung": ("Pengaduan langsung", "In person"),
    "channel.media_sosial": ("Media sosial", "Social media"),
    "channel.lainnya": ("Saluran lain", "Other channels"),
    # ------------------------------------------------------------ Layanan Publik
    "layanan.title": ("Layanan Publik", "Public Service"),
    "layanan.intro": (
        "Apakah penataan ASN sampai ke masyarakat? Kepuasan masyarakat (IKM, PermenPANRB 14/2017), masukan dan "
        "pengaduan, kepuasan kerja pegawai dan indikator hasil unit, {y0}–{y1}.",
        "Does the ASN reform reach the public? Public satisfaction (IKM, PermenPANRB 14/2017), feedback and "
        "complaints, staff job satisfaction and the units' outcome indicators, {y0}–{y1}.",
    ),
    "layanan.none": (
        "Belum ada data hasil layanan untuk pilihan ini. Muat survei kepuasan masyarakat (SKM), survei kepuasan "
        "pegawai, masukan masyarakat atau indikator hasil unit di halaman Unggah Data (templat service_surveys, "
        "staff_surveys, feedback, outcome_indicators).",
        "No public-service outcome data for this choice yet. Load public satisfaction surveys (SKM), staff "
        "surveys, community feedback or unit outcome indicators on the Unggah Data page (templates "
        "service_surveys, staff_surveys, feedback, outcome_indicators).",
    ),
    "layanan.h.ikm": (
        "IKM {year}: tertinggi di {best} ({best_ikm}, mutu {best_mutu}), terendah di {worst} ({worst_ikm}, mutu "
        "{worst_mutu}).",
        "IKM {year}: highest in {best} ({best_ikm}, quality {best_mutu}), lowest in {worst} ({worst_ikm}, quality "
        "{worst_mutu}).",
    ),
    "layanan.h.ikm_one": (
        "IKM {year} di {best}: {best_ikm} (mutu {best_mutu}).",
        "IKM {year} in {best}: {best_ikm} (quality {best_mutu}).",
    ),
    "layanan.h.step": (
        "Unit yang menata jabatannya (kesesuaian kualifikasi naik ≥ {step} dalam satu triwulan) mencatat "
        "{outcome} {est} {unit} lebih tinggi daripada unit pembanding (IK 95 % {lo} s.d. {hi}; {n} unit ditata, "
        "{nc} pembanding) — sebuah asosiasi, bukan bukti sebab-akibat.",
        "Units that reorganised their posts (qualification fit up ≥ {step} in a quarter) show {outcome} {est} "
        "{unit} higher than comparison units (95 % CI {lo} to {hi}; {n} units reformed, {nc} compared) — an "
        "association, not proof of cause.",
    ),
    "layanan.h.step_none": (
        "Tidak ada cukup unit yang ditata (kesesuaian naik ≥ {step} dalam satu triwulan) dengan survei sebelum dan "
        "sesudahnya untuk membandingkan.",
        "Not enough reorganised units (fit up ≥ {step} in a quarter) with surveys before and after to compare.",
    ),
    "layanan.h.feedback": (
        "Masukan masyarakat yang selesai ditindaklanjuti: {best} tertinggi ({best_share}), {worst} terendah "
        "({worst_share}).",
        "Community feedback resolved: highest in {best} ({best_share}), lowest in {worst} ({worst_share}).",
    ),
    "layanan.h.indicator": (
        "{indicator} ({unit}): {direction_word} {est} {uom} sesudah penataan (IK 95 % {lo} s.d. {hi}), di luar "
        "trennya sendiri.",
        "{indicator} ({unit}): {direction_word} {est} {uom} after the reform (95 % CI {lo} to {hi}), beyond its "
        "own trend.",
    ),
    "layanan.up": ("naik", "up"),
    "layanan.down": ("turun", "down"),
    "layanan.outcome.ikm": ("IKM", "IKM"),
    "layanan.outcome.satisfaction": ("kepuasan kerja pegawai", "staff job satisfaction"),
    "layanan.outcome.share_resolved": ("porsi pengaduan selesai", "share of complaints resolved"),
    "layanan.choice.ikm": ("IKM (kepuasan masyarakat)", "IKM (public satisfaction)"),
    "layanan.choice.satisfaction": ("Kepuasan kerja pegawai", "Staff job satisfaction"),
    "layanan.choice.share_resolved": ("Pengaduan yang selesai", "Complaints resolved"),
    "layanan.unit.points": ("poin", "points"),
    "layanan.unit.pp": ("poin persen", "percentage points"),
    "layanan.control.outcome": ("Hasil yang dibandingkan", "Outcome compared"),
    "layanan.control.step": ("Penataan = kesesuaian naik minimal", "Reform = fit up by at least"),
    "layanan.control.step.help": (
        "Triwulan penataan sebuah unit: triwulan pertama porsi pegawainya yang sesuai kualifikasi jabatan naik "
        "sebesar ini atau lebih (unit ≥ 10 pegawai). Konvensi yang dapat diatur, bukan aturan.",
        "A unit's reform quarter: the first quarter the share of its staff fitting their post's qualification "
        "rose by this much or more (units of ≥ 10 staff). A configurable convention, not a regulation.",
    ),
    "layanan.control.lag": ("Jeda sebelum efek (triwulan)", "Lag before the effect (quarters)"),
    "layanan.trend.q": ("Apakah kepuasan masyarakat naik?", "Is public satisfaction rising?"),
    "layanan.trend.c": (
        "IKM rata-rata unit per wilayah per semester dengan IK 95 % antarunit. Garis putus: batas mutu B (76,61) "
        "dan A (88,31).",
        "Mean IKM of the units per region and half-year with a 95 % CI across units. Dashed: the B (76.61) and A "
        "(88.31) quality bounds.",
    ),
    "layanan.step.q": (
        "Apakah unit yang ditata melayani lebih baik?",
        "Do the reorganised units serve better?",
    ),
    "layanan.step.c": (
        "Perubahan rata-rata (setahun sesudah jeda dikurangi setahun sebelum penataan) unit yang ditata dan unit "
        "pembanding wilayah yang sama tanpa penataan, dengan IK 95 %.",
        "Mean change (the year after the lag minus the year before the reform) of the reformed units and of the "
        "same region's units without one, with 95 % CIs.",
    ),
    "layanan.step.caveat": (
        "Ini asosiasi, bukan bukti sebab-akibat: unit tidak dipilih acak untuk ditata, hal lain ikut berubah "
        "(pimpinan, anggaran, survei itu sendiri), dan unit pembanding dapat berubah dengan cara yang tidak "
        "tampak pada kesesuaian kualifikasi. Desain: selisih-dari-selisih tingkat unit dengan efek tetap "
        "wilayah × triwulan penataan, galat HC1.",
        "This is an association, not proof of cause: units were not reformed at random, other things changed "
        "with the reform (leaders, budgets, the survey itself), and comparison units may change in ways the fit "
        "does not show. Design: unit-level difference-in-differences with region × reform-quarter fixed "
        "effects, HC1 errors.",
    ),
    "layanan.step.before": ("Setahun sebelum penataan", "The year before the reform"),
    "layanan.step.after": ("Setahun sesudah (setelah jeda)", "The year after (after the lag)"),
    "layanan.step.group.treated": ("Unit yang ditata", "Reformed units"),
    "layanan.step.group.control": ("Unit pembanding", "Comparison units"),
    "layanan.step.axis": ("Perubahan ({unit})", "Change ({unit})"),
    "layanan.feedback.q": ("Apakah masukan masyarakat ditindaklanjuti?", "Is community feedback acted on?"),
    "layanan.feedback.c": (
        "Porsi masukan dan pengaduan yang selesai per saluran, dengan IK 95 % (Wilson).",
        "Share of feedback and complaints resolved per channel, with 95 % CIs (Wilson).",
    ),
    "layanan.indicator.q": (
        "Apakah indikator hasil unit membaik?",
        "Are the units' outcome indicators improving?",
    ),
    "layanan.indicator.c": (
        "Indikator unit per triwulan; garis tegak: triwulan acuan (penataan unit, atau triwulan kesesuaiannya naik "
        "paling banyak). Perubahan = pergeseran tingkat sesudah jeda, di luar tren indikator itu sendiri; satu "
        "unit tanpa pembanding, jadi ini perbandingan sebelum/sesudah, bukan efek.",
        "Unit indicators per quarter; vertical line: the reference quarter (the unit's reform, or the quarter "
        "its fit rose most). Change = the level shift after the lag, beyond the indicator's own trend; one unit "
        "without a comparison, so a before/after reading, not an effect.",
    ),
    "layanan.indicator.table": (
        "Angka indikator: sebelum, sesudah, perubahan",
        "Indicator numbers: before, after, change",
    ),
    "layanan.units.title": (
        "Per unit: hasil layanan di samping penataannya",
        "Per unit: outcomes beside its reform",
    ),
    "layanan.method.title": ("Cara membaca dan batasannya", "How to read it, and its limits"),
    "layanan.method.body": (
        "**IKM** (Indeks Kepuasan Masyarakat, PermenPANRB 14/2017) = rata-rata sembilan unsur (skor 1–4) × 25; "
        "mutu A 88,31–100, B 76,61–88,30, C 65,00–76,60, D 25,00–64,99. **Penataan** unit: triwulan pertama "
        "porsi pegawainya yang sesuai kualifikasi jabatan naik minimal ambang yang dipilih. **Perbandingan**: "
        "unit wilayah yang sama tanpa penataan, pada triwulan yang sama. **Kepuasan kerja pegawai** hanya "
        "ditampilkan bila dijawab minimal {k} pegawai.",
        "**IKM** (public satisfaction index, PermenPANRB 14/2017) = mean of the nine unsur (scored 1–4) × 25; "
        "quality A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99. A unit's **reform**: the first "
        "quarter the share of its staff fitting their post's qualification rose by at least the chosen step. "
        "**Comparison**: the same region's units without a reform, around the same quarter. **Staff job "
        "satisfaction** is shown only where at least {k} staff answered.",
    ),
    # ------------------------------------------------------------ Data Publik (transparency)
    "publik.title": ("Data Publik", "Public Data"),
    "publik.intro": (
        "Keadaan aparatur sipil negara (ASN) pemerintah daerah dan layanannya kepada masyarakat, {year}: berapa "
        "pegawainya, bagaimana kinerjanya dinilai, apakah mereka mendapat pelatihan, dan seberapa puas masyarakat. "
        "Hanya angka gabungan: tidak ada nama, NIP atau data satu orang; kelompok kurang dari {k} orang tidak "
        "ditampilkan.",
        "The state of the regional governments' civil servants (ASN) and their service to the public, {year}: how "
        "many staff, how their performance was rated, whether they were trained, and how satisfied the public "
        "is. Aggregates only: no names, NIPs or one person's data; groups of fewer than {k} are not shown.",
    ),
    "publik.h.staff": (
        "{n} ASN bekerja di {regions} pemerintah daerah ini ({year}).",
        "{n} civil servants work in these {regions} regional governments ({year}).",
    ),
    "publik.h.jp": (
        "PNS yang mendapat 20 jam pelatihan setahun: terbanyak di {best} ({best_share}), tersedikit di {worst} "
        "({worst_share}).",
        "PNS who got their 20 hours of training a year: most in {best} ({best_share}), fewest in {worst} "
        "({worst_share}).",
    ),
    "publik.h.baik": (
        "Penilaian kinerja Baik ke atas: tertinggi di {best} ({best_share}), terendah di {worst} ({worst_share}).",
        "Performance rated Good or better: highest in {best} ({best_share}), lowest in {worst} ({worst_share}).",
    ),
    "publik.off": (
        "Tampilan publik sedang dinonaktifkan oleh administrator.",
        "The public view has been turned off by an administrator.",
    ),
    "publik.admin.toggle": ("Tampilan publik aktif", "Public view on"),
    "publik.admin.help": (
        "Administrator: matikan untuk menyembunyikan halaman ini dan data terbukanya dari pengunjung yang tidak "
        "masuk.",
        "Administrators: turn off to hide this page and its open data from visitors who are not signed in.",
    ),
    "publik.regions.q": ("Bagaimana keadaan setiap daerah?", "How does each region stand?"),
    "publik.regions.c": (
        "Pegawai = ASN saat ini (PNS dan PPPK). Predikat Baik ke atas = porsi penilaian kinerja yang Sangat Baik "
        "atau Baik. 20 JP = porsi PNS yang mendapat minimal 20 jam pelajaran pelatihan setahun (PP 11/2017). "
        "IKM = indeks kepuasan masyarakat 25–100 dan mutunya (A terbaik). Pengaduan selesai = porsi masukan "
        "masyarakat yang sudah ditindaklanjuti.",
        "Employees = current ASN (PNS and PPPK). Rated Good or better = share of performance evaluations rated "
        "Outstanding or Good. 20 JP = share of PNS with at least 20 lesson hours of training a year (PP 11/2017). "
        "IKM = public satisfaction index 25–100 and its quality grade (A best). Complaints resolved = share of "
        "community feedback acted on.",
    ),
    "publik.predikat.q": ("Bagaimana kinerja pegawai dinilai?", "How was staff performance rated?"),
    "publik.predikat.c": (
        "Sebaran predikat penilaian kinerja (PermenPANRB 6/2022) per daerah pada {year}.",
        "Spread of performance ratings (PermenPANRB 6/2022) per region in {year}.",
    ),
    "publik.units.q": ("Per unit kerja", "Per unit"),
    "publik.units.c": (
        "Unit dengan kurang dari {k} pegawai ditandai {small}; angka yang dapat membuka kelompok kecil ditandai x.",
        "Units of fewer than {k} staff show {small}; numbers that could reveal a small group show x.",
    ),
    "publik.opendata.title": ("Data terbuka", "Open data"),
    "publik.opendata.c": (
        "Setiap tabel di halaman ini sebagai CSV dengan berkas metadata (Satu Data Indonesia, Perpres 39/2019: "
        "judul, deskripsi, produsen, periode, satuan, tanggal pembaruan, lisensi). Katalog DCAT untuk portal data "
        "daerah (CKAN): {catalog}",
        "Every table on this page as CSV with a metadata file (Satu Data Indonesia, Perpres 39/2019: title, "
        "description, producer, period, unit of measure, update date, licence). DCAT catalogue for the regional "
        "data portal (CKAN): {catalog}",
    ),
    "publik.download.csv": ("{title} (CSV)", "{title} (CSV)"),
    "publik.download.meta": ("Metadata (JSON)", "Metadata (JSON)"),
    "publik.download.catalog": ("Katalog DCAT (JSON)", "DCAT catalogue (JSON)"),
    # the open datasets
    "opendata.regions.title": ("ASN dan layanan per daerah", "ASN and public service per region"),
    "opendata.regions.description": (
        "Jumlah ASN, porsi penilaian kinerja Baik ke atas, porsi PNS yang memenuhi 20 JP pelatihan, Indeks "
        "Kepuasan Masyarakat dan porsi pengaduan selesai per pemerintah daerah. Kelompok kurang dari ambang "
        "privasi disembunyikan.",
        "Civil servants, share of performance evaluations rated Good or better, share of PNS with their 20 JP of "
        "training, public satisfaction index and share of complaints resolved per regional government. Groups "
        "below the privacy threshold are hidden.",
    ),
    "opendata.units.title": ("ASN dan layanan per unit kerja", "ASN and public service per unit"),
    "opendata.units.description": (
        "Angka yang sama per unit kerja (perangkat daerah).",
        "The same numbers per unit (perangkat daerah).",
    ),
    "opendata.predikat.title": (
        "Sebaran predikat kinerja ASN per daerah",
        "Spread of ASN performance ratings per region",
    ),
    "opendata.predikat.description": (
        "Porsi penilaian kinerja per predikat (PermenPANRB 6/2022) per pemerintah daerah dan tahun.",
        "Share of performance evaluations per rating (PermenPANRB 6/2022) per regional government and year.",
    ),
    "opendata.ikm.title": ("Indeks Kepuasan Masyarakat per daerah", "Public satisfaction index per region"),
    "opendata.ikm.description": (
        "IKM rata-rata unit pelayanan per pemerintah daerah dan semester (PermenPANRB 14/2017).",
        "Mean IKM of the service units per regional government and half-year (PermenPANRB 14/2017).",
    ),
    "opendata.feedback.title": ("Masukan dan pengaduan masyarakat", "Community feedback and complaints"),
    "opendata.feedback.description": (
        "Masukan diterima dan selesai per daerah dan saluran (SP4N-LAPOR!, forum warga, langsung, media sosial).",
        "Feedback received and resolved per region and channel (SP4N-LAPOR!, community forums, in person, social "
        "media).",
    ),
    "opendata.uom.mixed": ("orang; persen (0–1); indeks 25–100", "persons; share (0–1); index 25–100"),
    "opendata.uom.share": ("persen (0–1)", "share (0–1)"),
    "opendata.uom.ikm": ("indeks 25–100", "index 25–100"),
    "opendata.uom.count": ("jumlah masukan; persen (0–1); hari", "items; share (0–1); days"),
}
