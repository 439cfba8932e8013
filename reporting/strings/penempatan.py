"""Strings of the Penempatan (placements) page: {key: (Bahasa Indonesia, English)}.

Merged into :data:`ui.i18n.STRINGS`.
"""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "nav.penempatan": ("Penempatan", "Placements"),
    "penempatan.title": ("Penempatan", "Placements"),
    "penempatan.intro": (
        "Mutasi, rotasi dan promosi yang dilaksanakan {y0}–{y1} (tanpa pengangkatan), menurut wilayah "
        "jabatan tujuan: ke mana pegawai berpindah, berapa yang menolak, dan apakah kesesuaian serta "
        "kinerja membaik sesudahnya.",
        "Transfers, rotations and promotions carried out {y0}–{y1} (appointments excluded), by the region "
        "of the post moved into: where people move, how many decline, and whether fit and kinerja improve "
        "afterwards.",
    ),
    # the answer first (reporting.findings.placement): the page's lead and the slide's finding
    "penempatan.lead.kinerja.score": (
        "Sesudah pindah dari jabatan yang tidak sesuai ke jabatan yang sesuai, skor kinerja pegawai "
        "berkinerja baik berubah {est} poin dibanding pegawai sebanding yang tetap (difference-in-"
        "differences; IK 95 %: {ci}; n = {n} perpindahan vs {nc} pembanding){unclear}.",
        "After a move from an ill-fitting post into a fitting one, good performers' kinerja score changed by "
        "{est} points against comparable employees who stayed (difference-in-differences; 95 % CI: {ci}; "
        "n = {n} moves vs {nc} comparison){unclear}.",
    ),
    "penempatan.lead.kinerja.hasil_di_atas": (
        "Sesudah pindah dari jabatan yang tidak sesuai ke jabatan yang sesuai, porsi bulan dengan hasil kerja "
        "Di Atas Ekspektasi pegawai berkinerja baik berubah {est} poin persen dibanding pegawai sebanding yang "
        "tetap (difference-in-differences; IK 95 %: {ci}; n = {n} perpindahan vs {nc} pembanding){unclear}.",
        "After a move from an ill-fitting post into a fitting one, the share of good performers' months rated "
        "hasil kerja Di Atas Ekspektasi changed by {est} percentage points against comparable employees who "
        "stayed (difference-in-differences; 95 % CI: {ci}; n = {n} moves vs {nc} comparison){unclear}.",
    ),
    "penempatan.lead.kinerja.all.score": (
        "Semua perpindahan: {est} poin (IK 95 %: {ci}; n = {n}){unclear}.",
        "All moves: {est} points (95 % CI: {ci}; n = {n}){unclear}.",
    ),
    "penempatan.lead.kinerja.all.hasil_di_atas": (
        "Semua perpindahan: {est} poin persen (IK 95 %: {ci}; n = {n}){unclear}.",
        "All moves: {est} percentage points (95 % CI: {ci}; n = {n}){unclear}.",
    ),
    "penempatan.lead.kinerja.only_all.score": (
        "Sesudah pindah, skor kinerja berubah {est} poin dibanding pegawai sebanding yang tidak dipindah "
        "(difference-in-differences; IK 95 %: {ci}; n = {n} perpindahan vs {nc} pembanding){unclear}.",
        "After a move, the kinerja score changed by {est} points against comparable employees not moved "
        "(difference-in-differences; 95 % CI: {ci}; n = {n} moves vs {nc} comparison){unclear}.",
    ),
    "penempatan.lead.kinerja.only_all.hasil_di_atas": (
        "Sesudah pindah, porsi bulan dengan hasil kerja Di Atas Ekspektasi berubah {est} poin persen "
        "dibanding pegawai sebanding yang tidak dipindah (difference-in-differences; IK 95 %: {ci}; n = {n} "
        "perpindahan vs {nc} pembanding){unclear}.",
        "After a move, the share of months rated hasil kerja Di Atas Ekspektasi changed by {est} percentage "
        "points against comparable employees not moved (difference-in-differences; 95 % CI: {ci}; n = {n} "
        "moves vs {nc} comparison){unclear}.",
    ),
    "penempatan.lead.unclear": (" — belum jelas berbeda dari nol", " — not clearly different from zero"),
    "penempatan.lead.range": ("{lo} s.d. {hi}", "{lo} to {hi}"),
    "penempatan.lead.rates.many": (
        "Rotasi, mutasi dan promosi {y0}–{y1}: terbanyak di {hi} ({hi_v} per 100 pegawai setahun), "
        "tersedikit di {lo} ({lo_v}).",
        "Rotations, transfers and promotions {y0}–{y1}: most in {hi} ({hi_v} per 100 employees a year), "
        "fewest in {lo} ({lo_v}).",
    ),
    "penempatan.lead.rates.one": (
        "{region}: {value} rotasi, mutasi dan promosi per 100 pegawai setahun ({moves} perpindahan, "
        "{y0}–{y1}).",
        "{region}: {value} rotations, transfers and promotions per 100 employees a year ({moves} moves, "
        "{y0}–{y1}).",
    ),
    "penempatan.lead.declined.many": (
        "Usulan pindah yang ditolak pegawai: paling sering di {hi} ({hi_v}), paling jarang di {lo} ({lo_v}).",
        "Proposed moves declined by the employee: most often in {hi} ({hi_v}), least often in {lo} ({lo_v}).",
    ),
    "penempatan.lead.declined.one": (
        "{declined} dari {proposed} usulan pindah ditolak pegawai ({share}).",
        "{declined} of {proposed} proposed moves were declined by the employee ({share}).",
    ),
    "penempatan.lead.fit.many": (
        "Pendidikan sesuai syarat jabatan, sebelum → sesudah pindah: {best} {b0} → {b1} (perubahan terbaik), "
        "{worst} {w0} → {w1} (terburuk); {jpm}.",
        "Education field as the post requires, before → after the move: {best} {b0} → {b1} (best change), "
        "{worst} {w0} → {w1} (worst); {jpm}.",
    ),
    "penempatan.lead.fit.one": (
        "{region}: pendidikan sesuai syarat jabatan {b0} → {b1} sesudah pindah, JPM rata-rata {j0} → {j1} "
        "({moves} perpindahan).",
        "{region}: education field as the post requires {b0} → {b1} after the move, mean JPM {j0} → {j1} "
        "({moves} moves).",
    ),
    "penempatan.lead.jpm.up_all": (
        "JPM rata-rata naik di semua wilayah",
        "the mean JPM rose in every region",
    ),
    "penempatan.lead.jpm.down_all": (
        "JPM rata-rata di jabatan baru lebih rendah di semua wilayah",
        "the mean JPM is lower in the new post in every region",
    ),
    "penempatan.lead.jpm.some": (
        "JPM rata-rata naik di {up} dari {n} wilayah",
        "the mean JPM rose in {up} of {n} regions",
    ),
    "penempatan.lead.none": (
        "Tidak ada perpindahan yang dapat ditampilkan untuk filter ini.",
        "No move to show for these filters.",
    ),
    # flows
    "penempatan.flows.q": ("Dari mana ke mana pegawai berpindah?", "Where do people move from and to?"),
    "penempatan.flows.c": (
        "Perpindahan antarunit yang dilaksanakan: lebar alur = jumlah perpindahan, warna = jenis. Kiri: asal, "
        "kanan: tujuan. {top} alur terbesar; nama unit tertulis pada {labelled} alur terbesar, yang lain saat "
        "kursor di atasnya.",
        "Moves carried out between units: flow width = number of moves, colour = kind of move. Left: from, "
        "right: to. The {top} largest flows; units are named on the {labelled} largest, the rest on hover.",
    ),
    "penempatan.flows.within.unit": (
        "Tidak digambar — perpindahan di dalam unit yang sama: {regions}.",
        "Not drawn — moves within the same unit: {regions}.",
    ),
    "penempatan.flows.within.jenis_jabatan": (
        "Tidak digambar — perpindahan di dalam jenis jabatan yang sama: {regions}.",
        "Not drawn — moves within the same jenis jabatan: {regions}.",
    ),
    "penempatan.flows.within.region": ("{region} {n} dari {of}", "{region} {n} of {of}"),
    "penempatan.flows.by": ("Alur menurut", "Flows by"),
    "penempatan.flows.by.unit": ("Unit kerja", "Unit"),
    "penempatan.flows.by.jenis_jabatan": ("Jenis jabatan", "Jenis jabatan"),
    "penempatan.rates.q": (
        "Berapa rotasi, mutasi dan promosi per 100 pegawai setahun?",
        "How many rotations, transfers and promotions per 100 employees a year?",
    ),
    "penempatan.rates.c": (
        "Perpindahan yang dilaksanakan dibagi jumlah pegawai saat ini dan jumlah tahun dalam rentang; garis "
        "galat = interval kepercayaan 95 % (Poisson eksak).",
        "Moves carried out divided by today's headcount and the number of years in the range; error bars = 95 % "
        "confidence interval (exact Poisson).",
    ),
    # declined
    "penempatan.declined.q": (
        "Berapa usulan perpindahan yang ditolak pegawai?",
        "What share of proposed moves do employees decline?",
    ),
    "penempatan.declined.c": (
        "Penolakan menandakan resistensi terhadap perubahan. Persentase dari semua usulan, per jenis "
        "perpindahan, dengan IK 95 % (Wilson).",
        "Declines signal resistance to change. Share of all proposals, per kind of move, with its 95 % CI "
        "(Wilson).",
    ),
    "penempatan.declined_unit.q": (
        "Dari unit mana perpindahan paling sering ditolak?",
        "From which units are moves declined most often?",
    ),
    "penempatan.declined_unit.c": (
        "Unit asal pegawai yang diusulkan pindah; persentase ditolak tertinggi di atas.",
        "The unit the employee would leave; highest share declined first.",
    ),
    # fit
    "penempatan.fit.q": (
        "Apakah pegawai lebih sesuai dengan jabatan barunya?",
        "Do people fit their new post better than the old one?",
    ),
    "penempatan.fit.c": (
        "JPM rata-rata (asesmen kompetensi terakhir terhadap standar jabatan) pada jabatan lama dan baru, "
        "dengan IK 95 %.",
        "Mean JPM (latest competency assessment against the post's standard) in the old and the new post, with "
        "its 95 % CI.",
    ),
    "penempatan.qual.q": (
        "Apakah pendidikan lebih sesuai dengan jabatan baru?",
        "Does education fit the new post better?",
    ),
    "penempatan.qual.c": (
        "Persentase pegawai yang bidang pendidikannya sesuai syarat jabatan, sebelum dan sesudah pindah, "
        "dengan IK 95 % (Wilson).",
        "Share of employees whose education field meets the post's requirement, before and after the move, with "
        "its 95 % CI (Wilson).",
    ),
    "penempatan.more.kinerja": ("Tabel dan cara menghitung", "Table and method"),
    "penempatan.more.moves": (
        "Tabel: laju perpindahan, penolakan per jenis dan per unit",
        "Tables: move rates, declines by kind of move and by unit",
    ),
    "penempatan.more.fit": ("Tabel kesesuaian sebelum dan sesudah pindah", "Table of fit before and after"),
    "penempatan.more.candidates": ("Kandidat per wilayah dan per unit", "Candidates by region and by unit"),
    "penempatan.legend.before": ("Jabatan lama", "Old post"),
    "penempatan.legend.after": ("Jabatan baru (warna wilayah)", "New post (the region's colour)"),
    "penempatan.post.before": ("Jabatan lama", "Old post"),
    "penempatan.post.after": ("Jabatan baru", "New post"),
    # kinerja
    "penempatan.kinerja.q": (
        "Apakah kinerja naik sesudah pindah?",
        "Does kinerja rise after a move?",
    ),
    "penempatan.kinerja.c": (
        "Perubahan kinerja (bulan ke-3 s.d. ke-8 sesudah pindah dikurangi 6 bulan sebelumnya) pegawai yang "
        "dipindah, dikurangi perubahan pegawai sebanding yang tidak dipindah (difference-in-differences), dengan "
        "interval kepercayaan 95 %. Garis di nol = tidak ada efek.",
        "Change in performance (months 3 to 8 after the move minus the 6 months before) of the employees moved, "
        "minus that of comparable employees not moved (difference-in-differences), with 95 % confidence "
        "intervals. The line at zero = no effect.",
    ),
    "penempatan.group.all": ("Semua perpindahan", "All moves"),
    "penempatan.group.good_ill_fit": (
        "Berkinerja baik, ke jabatan yang sesuai",
        "Good performers, into a fitting post",
    ),
    "penempatan.kinerja.help": (
        "IK 95 %: {ci} · n = {n} perpindahan, {nc} pembanding · dipindah {tb} → {ta}, pembanding {cb} → {ca}",
        "95 % CI: {ci} · n = {n} moves, {nc} comparison · moved {tb} → {ta}, comparison {cb} → {ca}",
    ),
    "penempatan.kinerja.def": (
        "**Pembanding**: pegawai yang tidak dipindah (tidak ada perpindahan dalam 6 bulan sebelum s.d. 8 bulan "
        "sesudah), dari wilayah, jenis jabatan dan kelompok kinerja awal yang sama, pada bulan yang sama; untuk "
        "kelompok kedua: pegawai berkinerja baik yang tetap di jabatan yang tidak sesuai. **Berkinerja baik**: "
        "sebelum pindah nilai rata-rata 6 bulan ≥ median wilayahnya pada bulan itu (dengan skor), atau minimal "
        "sekali hasil kerja Di Atas Ekspektasi dalam 6 bulan itu (dengan predikat). **Tidak sesuai**: jabatan "
        "mensyaratkan bidang pendidikan lain; jabatan baru harus sesuai (atau tanpa syarat bidang). **Yang tidak "
        "dikendalikan**: alasan seseorang dipilih untuk dipindah (mis. atasan memilih yang sedang naik), "
        "perubahan unit atau atasan yang menyertai pindah, dan penilai yang berbeda di jabatan baru. Seorang "
        "pembanding dapat dipakai di beberapa bulan (IK mengabaikannya).",
        "**Comparison**: employees not moved (no move from 6 months before to 8 months after), of the same "
        "region, kind of post and baseline performance group, in the same month; for the second group: good "
        "performers left in an ill-fitting post. **Good performer**: before the move, the 6-month mean score ≥ "
        "the region's median that month (with scores), or hasil kerja Di Atas Ekspektasi at least once in those "
        "6 months (with ratings only). **Ill-fitting**: the post requires another education field; the new post "
        "must fit (or require none). **Not controlled for**: why someone was chosen to move (e.g. managers "
        "picking people already on the rise), the new unit or manager that comes with a move, and a different "
        "rater in the new post. A comparison employee can serve in several months (the CI ignores that).",
    ),
    "penempatan.kinerja.none": (
        "Tidak ada perpindahan dengan penilaian bulanan yang cukup sebelum dan sesudahnya, dan pegawai sebanding "
        "yang tidak dipindah, untuk filter ini.",
        "No move with enough monthly evaluations before and after it, and comparable employees not moved, for "
        "these filters.",
    ),
    # candidates
    "penempatan.cand.q": (
        "Berapa pegawai berkinerja baik yang berada di jabatan yang kurang sesuai?",
        "How many good performers sit in posts that fit them poorly?",
    ),
    "penempatan.cand.c": (
        "Kandidat penempatan: nilai 12 bulan terakhir ≥ median wilayah, dan bidang pendidikan tidak sesuai "
        "atau JPM KMS; dengan sedikitnya satu jabatan di wilayah yang sama yang lebih sesuai (semua "
        "kompetensi terpenuhi, pendidikan sesuai, masih kurang pegawai). Keadaan terkini, tidak "
        "bergantung pada rentang tahun.",
        "Placement candidates: last-12-month score ≥ the region's median, and education field not as "
        "required or JPM in KMS; with at least one post in the same region that fits better (every "
        "competency met, education as required, still short of staff). Current state, whatever the year "
        "range.",
    ),
    "penempatan.cand.privacy": (
        "Di sini hanya jumlah. Nama dan NIP kandidat, dengan jabatan yang lebih sesuai dan alasannya, hanya "
        "ditampilkan kepada analis: masuk lewat tombol **Masuk** di sidebar.",
        "Counts only. Candidates' names and NIPs, with the posts that would fit them better and why, are "
        "shown to analysts only: sign in with the **Sign in** button in the sidebar.",
    ),
    # the named list (analysts)
    "penempatan.cand.list.q": (
        "Siapa kandidatnya, dan jabatan mana yang lebih sesuai?",
        "Who are the candidates, and which posts would fit them better?",
    ),
    "penempatan.cand.list.c": (
        "Peringkat menurut selisih nilai 12 bulan terakhir dari median wilayah (1 = paling jauh di atas). "
        "Satu baris per jabatan tujuan (paling banyak 3 per pegawai): sesuai bidang pendidikan lebih dulu, "
        "lalu kekurangan pegawai terbesar. Hanya perpindahan setara (jenis dan jenjang jabatan sama).",
        "Ranked by how far the last-12-month score is above the region's median (1 = furthest above). "
        "One row per target post (at most 3 per employee): a field match first, then the largest staffing "
        "gap. Lateral moves only (same kind and level of post).",
    ),
    "penempatan.cand.personal": (
        "Data pribadi (UU 27/2022): daftar ini hanya untuk keperluan penataan jabatan. Jangan dibagikan "
        "atau ditampilkan dalam presentasi.",
        "Personal data (UU 27/2022): this list is for placement planning only. Do not share it or show it "
        "in presentations.",
    ),
    "penempatan.cand.filter.target_unit": ("Unit tujuan", "Target unit"),
    "penempatan.cand.filter.issue": ("Ketidaksesuaian", "Fit issue"),
    "penempatan.cand.filter.search": ("Cari nama, NIP, jabatan atau unit", "Search name, NIP, post or unit"),
    "penempatan.cand.list.n": (
        "{people} pegawai, {rows} usulan jabatan.",
        "{people} employees, {rows} proposed posts.",
    ),
    "penempatan.cand.list.none": (
        "Tidak ada kandidat yang cocok dengan pencarian atau pilihan ini.",
        "No candidate matches this search or selection.",
    ),
    "penempatan.cand.detail": ("Alasan lengkap untuk", "Full reason for"),
    "penempatan.cand.col.name": ("Nama", "Name"),
    "penempatan.cand.col.nip": ("NIP", "NIP"),
    "penempatan.cand.col.position": ("Jabatan sekarang", "Current post"),
    "penempatan.cand.col.performance": (
        "Kinerja 12 bulan vs median wilayah",
        "12-month kinerja vs region median",
    ),
    "penempatan.cand.col.issues": ("Ketidaksesuaian", "Fit issues"),
    "penempatan.cand.col.target": ("Jabatan tujuan", "Target post"),
    "penempatan.cand.col.target_unit": ("Unit tujuan", "Target unit"),
    "penempatan.cand.col.gap": ("Kurang pegawai", "Staffing gap"),
    "penempatan.cand.col.reason": ("Alasan", "Reason"),
    "penempatan.issue.field": (
        "pendidikan {field} ≠ syarat {required}",
        "education {field} ≠ required {required}",
    ),
    "penempatan.issue.kms": ("JPM {jpm} (KMS)", "JPM {jpm} (KMS)"),
    # the reason in words
    "penempatan.reason": (
        "Berkinerja baik ({performance}), tetapi {issues}. Lebih sesuai sebagai {target}.",
        "Performs well ({performance}), but {issues}. Would fit better as {target}.",
    ),
    "penempatan.perf.score": (
        "nilai rata-rata 12 bulan terakhir {score}, median wilayah {median}, selisih {diff} poin",
        "mean score over the last 12 months {score}, region median {median}, {diff} points",
    ),
    "penempatan.perf.di_atas": (
        "hasil kerja Di Atas Ekspektasi di {share} dari {periods} periode penilaian 12 bulan terakhir, "
        "median wilayah {median}, selisih {diff} poin persen",
        "work results rated Above Expectations in {share} of {periods} evaluation periods over the last "
        "12 months, region median {median}, {diff} percentage points",
    ),
    "penempatan.reason.field": (
        "bidang pendidikannya {field}, sedangkan jabatannya mensyaratkan {required}",
        "their education field is {field} where the post requires {required}",
    ),
    "penempatan.reason.kms": (
        "JPM-nya {jpm} di jabatan sekarang (KMS, kurang memenuhi syarat)",
        "their JPM in the current post is {jpm} (KMS, below requirements)",
    ),
    "penempatan.reason.and": (" dan ", " and "),
    "penempatan.reason.target": (
        "{post} di {unit}: {field}, semua kompetensi yang disyaratkan terpenuhi, kurang {gap} pegawai "
        "dari kebutuhan ABK",
        "{post} in {unit}: {field}, every required competency met, {gap} short of the ABK staffing need",
    ),
    "penempatan.reason.target.field": (
        "bidang pendidikan sesuai syarat ({field})",
        "education field as required ({field})",
    ),
    "penempatan.reason.target.open": ("tanpa syarat bidang pendidikan", "no education field required"),
    "penempatan.reason.person": (
        "**{name}**, {post} di {unit}: {performance}; {issues}.",
        "**{name}**, {post} in {unit}: {performance}; {issues}.",
    ),
    "penempatan.reason.targets": ("Jabatan yang lebih sesuai:", "Posts that would fit better:"),
    # columns
    "penempatan.col.move_type": ("Jenis perpindahan", "Kind of move"),
    "penempatan.col.from": ("Asal", "From"),
    "penempatan.col.to": ("Tujuan", "To"),
    "penempatan.col.moves": ("Perpindahan", "Moves"),
    "penempatan.axis.zoomed": ("(sumbu tidak dari nol)", "(axis not from zero)"),
    "penempatan.col.within": ("Di dalam unit yang sama", "Within the same unit"),
    "penempatan.col.share_within": ("% di dalam unit yang sama", "% within the same unit"),
    "penempatan.col.per_100": ("Per 100 pegawai/tahun", "Per 100 employees/year"),
    "penempatan.col.proposed": ("Diusulkan", "Proposed"),
    "penempatan.col.declined": ("Ditolak", "Declined"),
    "penempatan.col.share_declined_moves": ("% ditolak", "% declined"),
    "penempatan.col.post": ("Jabatan", "Post"),
    "penempatan.col.n_jpm": ("Dengan asesmen", "Assessed"),
    "penempatan.col.move_group": ("Kelompok", "Group"),
    "penempatan.col.n_moves": ("n (perpindahan)", "n (moves)"),
    "penempatan.col.n_control": ("n pembanding", "n comparison"),
    "penempatan.col.mean_before": ("Dipindah: sebelum", "Moved: before"),
    "penempatan.col.mean_after": ("Dipindah: sesudah", "Moved: after"),
    "penempatan.col.control_before": ("Pembanding: sebelum", "Comparison: before"),
    "penempatan.col.control_after": ("Pembanding: sesudah", "Comparison: after"),
    "penempatan.col.mean_change": ("Perubahan", "Change"),
    "penempatan.col.estimate": ("Efek (selisih perubahan)", "Effect (difference of changes)"),
    "penempatan.col.effect.score": ("Efek pada skor (poin)", "Effect on the score (points)"),
    "penempatan.col.effect.hasil_di_atas": (
        "Efek pada porsi hasil kerja Di Atas (poin persen)",
        "Effect on the share Di Atas (percentage points)",
    ),
    "penempatan.col.ci_low": ("IK 95 % bawah", "95 % CI low"),
    "penempatan.col.ci_high": ("IK 95 % atas", "95 % CI high"),
    "penempatan.col.jpm_ci_low": ("JPM: IK 95 % bawah", "JPM: 95 % CI low"),
    "penempatan.col.jpm_ci_high": ("JPM: IK 95 % atas", "JPM: 95 % CI high"),
    "penempatan.col.qual_ci_low": ("% sesuai: IK 95 % bawah", "% qualified: 95 % CI low"),
    "penempatan.col.qual_ci_high": ("% sesuai: IK 95 % atas", "% qualified: 95 % CI high"),
    "penempatan.col.candidates": ("Kandidat", "Candidates"),
    "penempatan.col.field_mismatch": ("Pendidikan tidak sesuai", "Education field mismatch"),
    "penempatan.col.low_jpm": ("JPM KMS", "JPM in KMS"),
    "penempatan.col.target_posts": ("Jabatan tujuan yang kurang pegawai", "Short-staffed posts that fit"),
    "penempatan.move.rotasi": ("Rotasi", "Rotation"),
    "penempatan.move.mutasi": ("Mutasi", "Transfer"),
    "penempatan.move.promosi": ("Promosi", "Promotion"),
    "penempatan.move.demosi": ("Demosi", "Demotion"),
    "penempatan.move.pengangkatan": ("Pengangkatan", "Appointment"),
}
