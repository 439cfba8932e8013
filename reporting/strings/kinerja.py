"""Strings of the Kinerja page (and what the Ringkasan page and the kinerja slide share
with it), merged into ui.i18n.STRINGS."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------ kinerja
    "kinerja.title": ("Kinerja", "Performance"),
    "kinerja.intro": (
        "Penilaian kinerja {y0}–{y1} (PermenPANRB 6/2022) dari semua jenis periode: bulanan, triwulan dan "
        "tahunan; tiap wilayah dibaca pada jenis periodenya yang paling rinci. Ekspor SIASN hanya berisi predikat "
        "dan dua rating (hasil kerja, perilaku), tanpa skor 0–100: setiap bagian punya jawaban dari rating; skor "
        "dipakai hanya bila datanya ada.",
        "Performance evaluations {y0}–{y1} (PermenPANRB 6/2022) of every period type: monthly, quarterly and "
        "annual; each region is read at its finest period type. A SIASN export has only the predikat and two "
        "ratings (work results, behaviour), no 0–100 score: every part has an answer from the ratings; the score "
        "is used only where the data have one.",
    ),
    "kinerja.basis.title": ("Yang dibaca per wilayah", "What is read per region"),
    "kinerja.basis.line": (
        "**{region}**: penilaian {period}; {outcome}.",
        "**{region}**: {period} evaluations; {outcome}.",
    ),
    "kinerja.basis.scored": ("predikat dan skor 0–100", "predikat and 0–100 scores"),
    "kinerja.basis.ratings": (
        "predikat saja — tanpa skor (seperti ekspor SIASN)",
        "predikat only — no score (as a SIASN export)",
    ),
    "period_type.bulanan": ("bulanan", "monthly"),
    "period_type.triwulan": ("triwulan", "quarterly"),
    "period_type.tahunan": ("tahunan", "annual"),
    "grain.label": ("Kelompokkan per", "Group by"),
    "grain.month": ("Bulan", "Month"),
    "grain.quarter": ("Triwulan", "Quarter"),
    "grain.year": ("Tahun", "Year"),
    # ------------------------------------------------------------ what the page says first
    # (reporting/findings/kinerja.py; the last one is also the kinerja slide's finding)
    "kinerja.f.ci": ("IK 95 %: {lo} s.d. {hi}", "95 % CI {lo} to {hi}"),
    "kinerja.f.within.many": (
        "Di dalam pegawai yang sama (tanpa efek pelatihan dan pindah jabatan), porsi penilaian dengan hasil kerja "
        "Di Atas Ekspektasi {counts} (IK 95 %). Tertinggi {best} ({best_v} poin persen per tahun), terendah {worst} ({worst_v}).",
        "Within the same employees (net of training and moves), the share of evaluations with work results Above "
        "expectations {counts} (95 % CI). Highest {best} ({best_v} percentage points a year), lowest {worst} ({worst_v}).",
    ),
    "kinerja.f.within.one.up": (
        "{region}: di dalam pegawai yang sama (tanpa efek pelatihan dan pindah jabatan), porsi penilaian dengan "
        "hasil kerja Di Atas Ekspektasi naik {v} poin persen per tahun ({ci}; {n} pegawai).",
        "{region}: within the same employees (net of training and moves), the share of evaluations with work "
        "results Above expectations rises by {v} percentage points a year ({ci}; {n} employees).",
    ),
    "kinerja.f.within.one.down": (
        "{region}: di dalam pegawai yang sama (tanpa efek pelatihan dan pindah jabatan), porsi penilaian dengan "
        "hasil kerja Di Atas Ekspektasi turun {v} poin persen per tahun ({ci}; {n} pegawai).",
        "{region}: within the same employees (net of training and moves), the share of evaluations with work "
        "results Above expectations falls by {v} percentage points a year ({ci}; {n} employees).",
    ),
    "kinerja.f.within.one.flat": (
        "{region}: di dalam pegawai yang sama (tanpa efek pelatihan dan pindah jabatan), porsi penilaian dengan "
        "hasil kerja Di Atas Ekspektasi tidak berubah secara jelas ({v} poin persen per tahun; {ci}; {n} pegawai).",
        "{region}: within the same employees (net of training and moves), the share of evaluations with work "
        "results Above expectations shows no clear change ({v} percentage points a year; {ci}; {n} employees).",
    ),
    "kinerja.f.up": ("naik di {up} dari {n} wilayah", "rose in {up} of {n} regions"),
    "kinerja.f.down": (", turun di {k}", ", fell in {k}"),
    "kinerja.f.flat": (", tanpa perubahan yang jelas di {k}", ", with no clear change in {k}"),
    "kinerja.f.score.many": (
        "Skor 0–100 di dalam pegawai: {counts}; tertinggi {best} ({best_v} poin per tahun), terendah {worst} ({worst_v}).",
        "The 0–100 score within employees: {counts}; highest {best} ({best_v} points a year), lowest {worst} ({worst_v}).",
    ),
    "kinerja.f.score.one.up": (
        "Skor 0–100 {region} di dalam pegawai: naik {v} poin per tahun ({ci}).",
        "The 0–100 score of {region} within employees: up {v} points a year ({ci}).",
    ),
    "kinerja.f.score.one.down": (
        "Skor 0–100 {region} di dalam pegawai: turun {v} poin per tahun ({ci}).",
        "The 0–100 score of {region} within employees: down {v} points a year ({ci}).",
    ),
    "kinerja.f.score.one.flat": (
        "Skor 0–100 {region} di dalam pegawai: tidak berubah secara jelas ({v} poin per tahun; {ci}).",
        "The 0–100 score of {region} within employees: no clear change ({v} points a year; {ci}).",
    ),
    "kinerja.f.score.none": (
        "Data ini tidak berisi skor 0–100 (seperti ekspor SIASN): angka di atas dihitung dari rating.",
        "These data have no 0–100 score (as a SIASN export): the numbers above come from the ratings.",
    ),
    "kinerja.f.baik.many": (
        "Porsi predikat Baik ke atas {y1}: terendah {worst} {worst_v}, tertinggi {best} {best_v}.",
        "Share rated Good or better in {y1}: lowest {worst} {worst_v}, highest {best} {best_v}.",
    ),
    "kinerja.f.baik.then": (" ({y0}: {v0})", " ({y0}: {v0})"),
    "kinerja.f.baik.rose": (
        "Sejak {y0} porsi ini naik di {up} dari {n} wilayah.",
        "Since {y0} it rose in {up} of {n} regions.",
    ),
    "kinerja.f.baik.one": (
        "{region}: porsi predikat Baik ke atas {v1} pada {y1} ({v0} pada {y0}; {diff} poin persen).",
        "{region}: the share rated Good or better was {v1} in {y1} ({v0} in {y0}; {diff} percentage points).",
    ),
    "kinerja.f.baik.one.single": (
        "{region}: porsi predikat Baik ke atas {v1} pada {y1}.",
        "{region}: the share rated Good or better was {v1} in {y1}.",
    ),
    "kinerja.predikat.q": ("Bagaimana sebaran predikat per periode?", "How are predikat spread per period?"),
    "kinerja.predikat.c": (
        "Setiap batang = 100 % penilaian satu periode, dari Sangat Baik (hijau tua, bawah) ke Sangat Kurang "
        "(merah); satu panel per wilayah, dengan periodenya sendiri.",
        "Each bar = 100 % of one period's evaluations, from Outstanding (Sangat Baik, dark green, bottom) to Very "
        "poor (Sangat Kurang, red); one panel per region, with its own periods.",
    ),
    "col.predikat": ("Predikat", "Predikat"),
    "kinerja.baik.q": (
        "Apakah porsi predikat Baik ke atas meningkat?",
        "Is the share rated Good or better rising?",
    ),
    "kinerja.baik.c": (
        "Porsi penilaian Sangat Baik atau Baik per periode; satu garis per wilayah, pita = interval kepercayaan "
        "95 % (Wilson, atas pegawai yang dinilai; lebih dari 4 wilayah: pada keterangan titik).",
        "Share of evaluations rated Outstanding or Good per period; one line per region, band = 95 % "
        "confidence interval (Wilson, over the employees evaluated; more than 4 regions: in the hover).",
    ),
    "kinerja.sangat_baik.q": (
        "Apakah porsi Sangat Baik meningkat?",
        "Is the share rated Outstanding rising?",
    ),
    "kinerja.sangat_baik.c": (
        "Porsi penilaian Sangat Baik (hasil kerja dan perilaku di atas ekspektasi) per periode; pita = IK 95 %.",
        "Share of evaluations rated Outstanding (work results and behaviour above expectations) per period; "
        "band = 95 % CI.",
    ),
    "kinerja.di_atas.q": (
        "Apakah hasil kerja makin sering di atas ekspektasi?",
        "Are work results more often above expectations?",
    ),
    "kinerja.di_atas.c": (
        "Porsi penilaian dengan rating hasil kerja Di Atas Ekspektasi per periode; pita = IK 95 %.",
        "Share of evaluations with the work-results rating Above expectations per period; band = 95 % CI.",
    ),
    "kinerja.score.q": ("Apakah skor kinerja rata-rata naik?", "Is the mean performance score rising?"),
    "kinerja.score.c": (
        "Skor rata-rata 0–100 per periode, hanya untuk wilayah yang datanya berskor; satu garis per wilayah.",
        "Mean 0–100 score per period, for the regions whose data have scores only; one line per region.",
    ),
    "kinerja.score.none": (
        "Tanpa skor: {regions}. Tren mereka ada pada porsi predikat di atas.",
        "No scores: {regions}. Their trends are in the predikat shares above.",
    ),
    "kinerja.within.q": (
        "Apakah kinerja naik di dalam pegawai yang sama?",
        "Is performance rising within the same employees?",
    ),
    "kinerja.within.c": (
        "Dua bacaan tren per tahun. **Gabungan** (lingkaran kosong): kemiringan semua penilaian, yang ditunjukkan "
        "garis tren — bercampur dengan efek pelatihan, pindah jabatan dan pergantian pegawai. **Di dalam "
        "pegawai** (lingkaran penuh): kemiringan di dalam masa tiap pegawai pada satu jabatan sebelum pelatihan "
        "substantif pertamanya (≥ 20 JP) — tren wilayah itu sendiri. Garis = IK 95 %.",
        "Two readings of the trend a year. **Pooled** (open circle): the slope of every evaluation, what the trend "
        "lines show — mixed with the effect of training, moves and who joins or leaves. **Within employees** "
        "(filled circle): the slope within each employee's spell in one post before their first substantive "
        "training (≥ 20 JP) — the region's own trend. Bars = 95 % CI.",
    ),
    "kinerja.within.score": ("Skor (poin per tahun)", "Score (points a year)"),
    "kinerja.within.rating": (
        "Hasil kerja Di Atas Ekspektasi (poin persen per tahun) — semua wilayah, juga yang tanpa skor",
        "Work results Above expectations (percentage points a year) — every region, also those without scores",
    ),
    "kinerja.within.table": ("Tabel tren per tahun", "Table of the trends a year"),
    "kinerja.trends.q": (
        "Tren lain: Sangat Baik, hasil kerja Di Atas dan skor",
        "Other trends: Outstanding, work results Above and the score",
    ),
    "kinerja.trends.c": (
        "Satu garis per wilayah pada jenis periodenya, pita = IK 95 %; tabel semua angka tren di bawahnya.",
        "One line per region at its period type, band = 95 % CI; the table of every trend number below.",
    ),
    "kinerja.units.status": ("terbaik {best}, terlemah {worst}", "best {best}, worst {worst}"),
    "kinerja.kuadran.status": ("{bad} dari {n} tidak sesuai", "{bad} of {n} disagree"),
    "kinerja.kuadran.status.none": ("tidak ada kuadran dalam data", "no kuadran in the data"),
    "kinerja.cap.status": (
        "{over} dari {checked} unit-tahun melampaui",
        "{over} of {checked} unit-years over",
    ),
    "kinerja.within.method.pooled": ("Gabungan (garis tren)", "Pooled (the trend lines)"),
    "kinerja.within.method.within": ("Di dalam pegawai", "Within employees"),
    "kinerja.within.outcome.score": ("Skor", "Score"),
    "kinerja.within.outcome.share_baik": ("Baik ke atas", "Good or better"),
    "kinerja.within.outcome.share_sangat_baik": ("Sangat Baik", "Outstanding"),
    "kinerja.within.outcome.share_di_atas": ("Hasil kerja Di Atas", "Work results Above"),
    "col.outcome": ("Ukuran", "Outcome"),
    "col.method": ("Bacaan", "Reading"),
    "col.estimate_per_year": (
        "Per tahun (skor: poin; porsi: poin persen)",
        "A year (score: points; shares: percentage points)",
    ),
    "axis.points_per_year": ("Poin persen per tahun", "Percentage points a year"),
    "col.ci95": ("IK 95 %", "95 % CI"),
    "kinerja.units.q": (
        "Unit mana yang kinerjanya terbaik dan terlemah?",
        "Which units perform best and worst?",
    ),
    "kinerja.units.c": (
        "Unit diurutkan dalam rentang tahun terpilih (1 = terbaik) menurut {outcome}. Tabel lengkap, dengan IK 95 % "
        "porsi Baik ke atas, dapat diunduh.",
        "Units ranked over the chosen years (1 = best) by {outcome}. The full table, with the 95 % CI of the share "
        "Good or better, can be downloaded.",
    ),
    "kinerja.units.by.score": ("skor kinerja rata-rata", "mean performance score"),
    "kinerja.units.by.rating": (
        "porsi Baik ke atas, lalu porsi Sangat Baik (tidak semua unit berskor)",
        "share Good or better, then share Outstanding (not every unit has scores)",
    ),
    "kinerja.units.top": ("{n} unit teratas", "Top {n} units"),
    "kinerja.units.bottom": ("{n} unit terbawah", "Bottom {n} units"),
    "kinerja.indicators.q": (
        "Indikator mana yang tertinggal?",
        "Which indicator lags?",
    ),
    "kinerja.indicators.c": (
        "Dua rating di balik predikat: porsi hasil kerja dan perilaku yang Di Atas Ekspektasi per wilayah (titik "
        "paling kiri perlu perhatian; garis = IK 95 %); di bawahnya skor 0–100 indikator hasil kerja, sikap dan "
        "disiplin bila datanya berskor, pada sumbu yang diperbesar.",
        "The two ratings behind the predikat: share of work results and behaviour rated Above expectations per "
        "region (the leftmost dot needs attention; bars = 95 % CI); below, the 0–100 scores of work results, "
        "attitude and discipline where the data have them, on a zoomed axis.",
    ),
    "kinerja.indicators.table": ("Tabel indikator", "Indicator table"),
    "kinerja.indicators.scores": (
        "Skor indikator 0–100 (wilayah berskor)",
        "Indicator scores 0–100 (regions with scores)",
    ),
    "col.indicator": ("Indikator", "Indicator"),
    "kinerja.axis.zoomed": (
        "{label} — skala diperbesar, tidak mulai dari 0",
        "{label} — zoomed scale, not from 0",
    ),
    "indicator.hasil_kerja": ("Hasil kerja", "Work results"),
    "indicator.perilaku": ("Perilaku", "Behaviour"),
    "indicator.sikap": ("Sikap", "Attitude"),
    "indicator.disiplin": ("Disiplin", "Discipline"),
    "col.share_di_atas": ("% Di Atas Ekspektasi", "% Above expectations"),
    "col.share_di_bawah": ("% Di Bawah Ekspektasi", "% Below expectations"),
    "col.share_sangat_baik": ("% Sangat Baik", "% Outstanding"),
    "col.share_hasil_di_atas": ("% hasil kerja Di Atas", "% work results Above"),
    "col.rated": ("Dinilai dengan rating", "Rated"),
    "col.period_type": ("Jenis periode", "Period type"),
    "col.ci_low": ("IK 95 % bawah", "95 % CI low"),
    "col.ci_high": ("IK 95 % atas", "95 % CI high"),
    "col.mean_hasil_kerja": ("Rata-rata hasil kerja", "Mean work results"),
    "col.mean_sikap": ("Rata-rata sikap", "Mean attitude"),
    "col.mean_disiplin": ("Rata-rata disiplin", "Mean discipline"),
    "kinerja.kuadran.q": (
        "Apakah kuadran SIASN sesuai dengan rating?",
        "Does SIASN's kuadran agree with the ratings?",
    ),
    "kinerja.kuadran.c": (
        "kuadranKinerjaNilai sebagaimana diekspor, dibanding predikat dari matriks hasil kerja × perilaku "
        "(PermenPANRB 6/2022): keduanya seharusnya sama. Selisih = kesalahan input atau ekspor yang perlu "
        "diperiksa.",
        "kuadranKinerjaNilai as exported, against the predikat of the work-results × behaviour matrix "
        "(PermenPANRB 6/2022): the two should be equal. A difference is an entry or export error to check.",
    ),
    "kinerja.kuadran.none": (
        "Tidak ada penilaian dengan kuadran (kuadranKinerjaNilai) untuk filter ini.",
        "No evaluation with a kuadran (kuadranKinerjaNilai) for these filters.",
    ),
    "kinerja.kuadran.ok": (
        "{n} penilaian berkuadran; semuanya sesuai dengan predikat dari rating.",
        "{n} evaluations with a kuadran; all agree with the predikat of the ratings.",
    ),
    "kinerja.kuadran.bad": (
        "{bad} dari {n} penilaian berkuadran ({share}) tidak sesuai dengan predikat dari rating.",
        "{bad} of {n} evaluations with a kuadran ({share}) disagree with the predikat of the ratings.",
    ),
    "col.with_kuadran": ("Berkuadran", "With kuadran"),
    "col.agreeing": ("Sesuai", "Agree"),
    "col.disagreeing": ("Tidak sesuai", "Disagree"),
    "col.disagreeing_kuadran": ("Kuadran yang tidak sesuai", "Disagreeing kuadran"),
    "col.share_disagreeing": ("% tidak sesuai", "% disagreeing"),
    "kinerja.cap.q": (
        "Unit mana yang sebaran predikatnya melampaui batas dari predikat organisasinya?",
        "Which units' predikat spread breaks the cap their organisation's rating sets?",
    ),
    "kinerja.cap.c": (
        "PermenPANRB 6/2022: predikat kinerja organisasi membatasi sebaran predikat pegawainya. Per unit dan "
        "tahun: pegawai Sangat Baik (predikat tahunan, atau periodik terakhir) dibanding batasnya. Batas di sini "
        "**konvensi yang dapat diatur, bukan angka regulasi**: Sangat Baik paling banyak {caps} untuk organisasi "
        "{ratings}; organisasi tanpa predikat tercatat dianggap {default}.",
        "PermenPANRB 6/2022: the organisation's own rating limits how its staff's predikat may be spread. Per unit "
        "and year: staff rated Outstanding (annual predikat, or the latest periodic one) against the cap. The caps "
        "here are **configurable conventions, not regulation values**: Outstanding at most {caps} for an "
        "organisation rated {ratings}; one with no rating on record counts as {default}.",
    ),
    "kinerja.cap.none": (
        "Tidak ada unit yang melampaui batas dalam {y0}–{y1} ({checked} unit-tahun diperiksa).",
        "No unit breaks its cap in {y0}–{y1} ({checked} unit-years checked).",
    ),
    "kinerja.cap.some": (
        "{over} dari {checked} unit-tahun melampaui batas.",
        "{over} of {checked} unit-years break their cap.",
    ),
    "col.org_rating": ("Predikat organisasi", "Organisation rating"),
    "col.org_rating_source": ("Sumber predikat organisasi", "Organisation rating from"),
    "org_rating_source.default": ("bawaan", "default"),
    "org_rating_source.organisation_ratings": ("tercatat", "on record"),
    "col.rated_staff": ("Pegawai berpredikat", "Staff rated"),
    "col.at_or_better": ("Sangat Baik", "Outstanding"),
    "col.max_share": ("Batas", "Cap"),
    "col.allowed": ("Boleh paling banyak", "Allowed at most"),
    "col.over_by": ("Lebih", "Over by"),
}
