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
    # flows
    "penempatan.flows.q": ("Dari mana ke mana pegawai berpindah?", "Where do people move from and to?"),
    "penempatan.flows.c": (
        "Lebar alur = jumlah perpindahan yang dilaksanakan; warna = jenis perpindahan. Kiri: asal, kanan: "
        "tujuan. Hanya {top} alur terbesar yang ditampilkan.",
        "Flow width = moves carried out; colour = kind of move. Left: from, right: to. Only the {top} "
        "largest flows are shown.",
    ),
    "penempatan.flows.by": ("Alur menurut", "Flows by"),
    "penempatan.flows.by.unit": ("Unit kerja", "Unit"),
    "penempatan.flows.by.jenis_jabatan": ("Jenis jabatan", "Jenis jabatan"),
    "penempatan.rates.q": (
        "Berapa rotasi, mutasi dan promosi per 100 pegawai setahun?",
        "How many rotations, transfers and promotions per 100 employees a year?",
    ),
    "penempatan.rates.c": (
        "Perpindahan yang dilaksanakan dibagi jumlah pegawai saat ini dan jumlah tahun dalam rentang.",
        "Moves carried out divided by today's headcount and the number of years in the range.",
    ),
    # declined
    "penempatan.declined.q": (
        "Berapa usulan perpindahan yang ditolak pegawai?",
        "What share of proposed moves do employees decline?",
    ),
    "penempatan.declined.c": (
        "Penolakan menandakan resistensi terhadap perubahan. Persentase dari semua usulan, per jenis "
        "perpindahan.",
        "Declines signal resistance to change. Share of all proposals, per kind of move.",
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
        "JPM rata-rata (asesmen kompetensi terakhir terhadap standar jabatan) pada jabatan lama dan baru.",
        "Mean JPM (latest competency assessment against the post's standard) in the old and the new post.",
    ),
    "penempatan.qual.q": (
        "Apakah pendidikan lebih sesuai dengan jabatan baru?",
        "Does education fit the new post better?",
    ),
    "penempatan.qual.c": (
        "Persentase pegawai yang bidang pendidikannya sesuai syarat jabatan, sebelum dan sesudah pindah.",
        "Share of employees whose education field meets the post's requirement, before and after the move.",
    ),
    "penempatan.post.before": ("Jabatan lama", "Old post"),
    "penempatan.post.after": ("Jabatan baru", "New post"),
    # kinerja
    "penempatan.kinerja.q": (
        "Apakah kinerja naik sesudah pindah?",
        "Does kinerja rise after a move?",
    ),
    "penempatan.kinerja.c": (
        "Perubahan nilai bulanan rata-rata: bulan ke-3 s.d. ke-8 sesudah pindah dikurangi 6 bulan "
        "sebelumnya, dengan interval kepercayaan 95 %. Garis di nol = tidak berubah.",
        "Change in mean monthly score: months 3 to 8 after the move minus the 6 months before, with 95 % "
        "confidence intervals. The line at zero = no change.",
    ),
    "penempatan.group.all": ("Semua perpindahan", "All moves"),
    "penempatan.group.good_ill_fit": (
        "Berkinerja baik, keluar dari jabatan yang tidak sesuai",
        "Good performers moved out of an ill-fitting post",
    ),
    "penempatan.kinerja.def": (
        "**Berkinerja baik di jabatan yang tidak sesuai**: sebelum pindah, nilai rata-rata 6 bulan ≥ median "
        "wilayahnya pada bulan itu, dan jabatan lama mensyaratkan bidang pendidikan lain. Perubahan juga "
        "memuat tren wilayah; bandingkan kedua kelompok.",
        "**Good performer in an ill-fitting post**: before the move, the 6-month mean score ≥ the region's "
        "median that month, and the old post requires another education field. The change also carries "
        "the region's trend; compare the two groups.",
    ),
    "penempatan.kinerja.none": (
        "Tidak ada perpindahan dengan nilai cukup sebelum dan sesudahnya untuk filter ini.",
        "No move with enough scores before and after it for these filters.",
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
        "Nama dan NIP kandidat hanya ditampilkan kepada analis yang masuk (login) — tersedia setelah fitur "
        "masuk dibuat. Di sini hanya jumlah.",
        "Candidates' names and NIPs are shown only to signed-in analysts — available once sign-in exists. "
        "Here: counts only.",
    ),
    # columns
    "penempatan.col.move_type": ("Jenis perpindahan", "Kind of move"),
    "penempatan.col.from": ("Asal", "From"),
    "penempatan.col.to": ("Tujuan", "To"),
    "penempatan.col.moves": ("Perpindahan", "Moves"),
    "penempatan.col.per_100": ("Per 100 pegawai/tahun", "Per 100 employees/year"),
    "penempatan.col.proposed": ("Diusulkan", "Proposed"),
    "penempatan.col.declined": ("Ditolak", "Declined"),
    "penempatan.col.share_declined_moves": ("% ditolak", "% declined"),
    "penempatan.col.post": ("Jabatan", "Post"),
    "penempatan.col.n_jpm": ("Dengan asesmen", "Assessed"),
    "penempatan.col.move_group": ("Kelompok", "Group"),
    "penempatan.col.n_moves": ("n (perpindahan)", "n (moves)"),
    "penempatan.col.mean_before": ("Nilai sebelum", "Score before"),
    "penempatan.col.mean_after": ("Nilai sesudah", "Score after"),
    "penempatan.col.mean_change": ("Perubahan", "Change"),
    "penempatan.col.ci_low": ("IK 95 % bawah", "95 % CI low"),
    "penempatan.col.ci_high": ("IK 95 % atas", "95 % CI high"),
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
