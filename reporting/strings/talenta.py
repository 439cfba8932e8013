"""Strings of the Talenta page (9-box and succession), merged into ui.i18n.STRINGS."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "nav.talenta": ("Talenta", "Talent"),
    "talenta.title": ("Talenta: 9-box dan suksesi", "Talent: 9-box and succession"),
    "talenta.intro": (
        "Kinerja: hasil SKP tahunan terakhir tiap pegawai dalam {y0}–{y1} — rating hasil kerjanya di atas / "
        "sesuai / di bawah ekspektasi (PermenPANRB 3/2020), bukan batas pada skor; potensi: nilai asesmen "
        "potensi terakhir sampai akhir {y1}. Pegawai tanpa salah satunya tidak dihitung. Hanya angka agregat "
        "— tanpa nama atau NIP.",
        "Kinerja: each employee's latest annual SKP result in {y0}–{y1} — its work-results rating above / meets "
        "/ below expectations (PermenPANRB 3/2020), not cut-offs on a score; potensi: the latest potential "
        "assessment up to the end of {y1}. Employees lacking either are not counted. Aggregates only — no names "
        "or NIPs.",
    ),
    # the answer first (reporting.findings.talent): the page's lead and the slides' findings
    "talenta.lead.succ.many": (
        "Calon suksesi (kotak 7–9) per jabatan struktural yang harus diisi: paling sedikit di {lo} ({lo_v}: "
        "{lo_pool} calon untuk {lo_posts} jabatan), paling banyak di {hi} ({hi_v}: {hi_pool} untuk "
        "{hi_posts}).",
        "Succession candidates (boxes 7–9) per structural post to fill: fewest in {lo} ({lo_v}: {lo_pool} "
        "candidates for {lo_posts} posts), most in {hi} ({hi_v}: {hi_pool} for {hi_posts}).",
    ),
    "talenta.lead.succ.one": (
        "{region}: {pool} pegawai di kotak 7–9 untuk {posts} jabatan struktural yang harus diisi ({ratio} "
        "calon per jabatan).",
        "{region}: {pool} employees in boxes 7–9 for {posts} structural posts to fill ({ratio} candidates "
        "per post).",
    ),
    "talenta.lead.succ.no_posts": (
        "Tidak ada jabatan struktural yang kosong atau pemangkunya pensiun dalam 2 tahun.",
        "No structural post is vacant or has a holder retiring within 2 years.",
    ),
    "talenta.lead.grid.many": (
        "Porsi pegawai yang dinilai di kotak 7–9 (kelompok suksesi): terbesar di {hi} ({hi_v} dari {hi_n}), "
        "terkecil di {lo} ({lo_v} dari {lo_n}).",
        "Share of assessed employees in boxes 7–9 (succession pool): largest in {hi} ({hi_v} of {hi_n}), "
        "smallest in {lo} ({lo_v} of {lo_n}).",
    ),
    "talenta.lead.grid.one": (
        "{region}: {top} dari {n} pegawai yang dinilai berada di kotak 7–9 (kelompok suksesi), {low} di "
        "kotak 1–3.",
        "{region}: {top} of the {n} assessed employees are in boxes 7–9 (succession pool), {low} in boxes 1–3.",
    ),
    "talenta.lead.range": (
        "Rentang = sebagian kotak disembunyikan karena kelompok kecil.",
        "A range = some boxes are hidden as small groups.",
    ),
    "talenta.cut_low": (
        "Batas rendah potensi (skor ≤ ini: rendah)",
        "Low potential cut-off (score ≤ this: low)",
    ),
    "talenta.cut_high": (
        "Batas tinggi potensi (skor > ini: tinggi)",
        "High potential cut-off (score > this: high)",
    ),
    "talenta.cut.help": (
        "Berlaku untuk skor potensi (0–100), dan untuk kinerja hanya bila SKP tahunannya tanpa rating (baris skor "
        "PP 46/2011 dari ekspor lama). Bawaan 60 / 80: 0–60 rendah, 61–80 menengah, 81–100 tinggi.",
        "Applies to the potential score (0–100), and to kinerja only where the annual SKP has no rating (a PP "
        "46/2011 score row of an older export). Default 60 / 80: 0–60 low, 61–80 medium, 81–100 high.",
    ),
    "talenta.cut.convention": (
        "Sumbu kinerja mengikuti PermenPANRB 3/2020: hasil SKP (di atas / sesuai / di bawah ekspektasi). Batas "
        "skor di sini, untuk potensi, adalah **konvensi, bukan ketentuan regulasi**: regulasi menetapkan kotak "
        "9-box dan rekomendasinya, tetapi tidak menetapkan batas skornya. Nilai bawaan 60 / 80 (0–60 / 61–80 / "
        "81–100) umum dipakai; ubah sesuai kebijakan instansi.",
        "The kinerja axis follows PermenPANRB 3/2020: the SKP result (above / meets / below expectations). The "
        "score cut-offs here, for potential, are a **convention, not regulation**: the regulation sets the 9-box "
        "boxes and their recommendations but not the score cut-offs. The default 60 / 80 (0–60 / 61–80 / 81–100) "
        "is common; change it to your agency's policy.",
    ),
    "talenta.grid.by_score": (
        "{n} di antaranya dengan kinerja dari skor (batas di atas; SKP tahunan tanpa rating, PP 46/2011)",
        "{n} of them with kinerja from the score (the cut-offs above; an annual SKP without ratings, PP 46/2011)",
    ),
    "talenta.cut.expander": (
        "Batas skor potensi (konvensi; bawaan {low} / {high})",
        "Potential score cut-offs (a convention; default {low} / {high})",
    ),
    "talenta.succ.card": ("{pool} calon untuk {posts} jabatan", "{pool} candidates for {posts} posts"),
    "talenta.cut.invalid": (
        "Batas rendah harus lebih kecil dari batas tinggi — memakai bawaan 60 / 80.",
        "The low cut-off must be below the high cut-off — using the default 60 / 80.",
    ),
    "talenta.grid.q": (
        "Bagaimana pegawai tersebar di 9-box kinerja × potensi?",
        "How are employees spread over the kinerja × potential 9-box?",
    ),
    "talenta.grid.c": (
        "Satu kotak per kombinasi; nomor kotak resmi PermenPANRB 3/2020 (1 terendah, 9 tertinggi), jumlah "
        "pegawai dan persentase dari pegawai yang dinilai di wilayah itu. Kotak 7–9 = kelompok rencana suksesi. "
        "Batas skor potensi: {low} / {high}.",
        "One cell per combination; the official PermenPANRB 3/2020 box number (1 lowest, 9 highest), the "
        "number of employees and their share of those assessed in the region. Boxes 7–9 = succession pool. "
        "Potential cut-offs: {low} / {high}.",
    ),
    "talenta.grid.assessed": ("{n} pegawai dinilai", "{n} employees assessed"),
    "talenta.box": ("Kotak {box}", "Box {box}"),
    "talenta.axis.kinerja": ("Kinerja", "Kinerja (performance)"),
    "talenta.axis.potensi": ("Potensi", "Potential"),
    # kinerja levels, short, for the small 9-boxes of the presentation
    "talenta.kinerja.short.1": ("Di bawah", "Below"),
    "talenta.kinerja.short.2": ("Sesuai", "Meets"),
    "talenta.kinerja.short.3": ("Di atas", "Above"),
    "talenta.rec.q": (
        "Apa rekomendasi untuk tiap kotak, dan berapa pegawai di dalamnya?",
        "What does each box call for, and how many employees are in it?",
    ),
    "talenta.rec.c": (
        "Rekomendasi PermenPANRB 3/2020 per kotak; jumlah dan persentase per wilayah.",
        "The PermenPANRB 3/2020 recommendation per box; count and share per region.",
    ),
    "talenta.succ.q": (
        "Cukupkah kelompok suksesi untuk jabatan struktural yang kosong atau segera kosong?",
        "Is the succession pool large enough for structural posts that are vacant or soon will be?",
    ),
    "talenta.succ.c": (
        "Kelompok suksesi: pegawai di kotak 7–9. Jabatan struktural yang kosong (tanpa pemangku) atau yang "
        "pemangkunya mencapai BUP dalam 2 tahun setelah {as_of} (akhir tahun terakhir yang punya penilaian). "
        "Kandidat mengikuti filter jenis jabatan; jabatan selalu struktural.",
        "Succession pool: employees in boxes 7–9. Structural posts that are vacant (no holder) or whose holder "
        "reaches retirement age (BUP) within 2 years after {as_of} (end of the last year with any "
        "evaluation). Candidates follow the kind-of-post filter; posts are always structural.",
    ),
    "talenta.succ.unit.q": (
        "Unit mana yang paling kekurangan calon pengganti?",
        "Which units are shortest of successors?",
    ),
    "talenta.succ.unit.c": (
        "Unit dengan jabatan struktural terbanyak yang harus diisi lebih dulu; calon per jabatan = kelompok "
        "suksesi di unit itu ÷ jabatan yang harus diisi.",
        "Units with the most structural posts to fill first; candidates per post = the unit's succession "
        "pool ÷ posts to fill.",
    ),
    "kpi.pool": ("Kelompok suksesi (kotak 7–9)", "Succession pool (boxes 7–9)"),
    "kpi.posts_to_fill": ("Jabatan struktural harus diisi", "Structural posts to fill"),
    "kpi.posts_to_fill.help": (
        "{vacant} kosong + {retiring} pemangkunya pensiun dalam 2 tahun",
        "{vacant} vacant + {retiring} whose holder retires within 2 years",
    ),
    "kpi.pool_per_post": ("Calon per jabatan", "Candidates per post"),
    "col.box": ("Kotak", "Box"),
    "col.kinerja_level": ("Kinerja", "Kinerja"),
    "col.potensi_level": ("Potensi", "Potential"),
    "col.recommendation": ("Rekomendasi", "Recommendation"),
    "col.share_assessed": ("% dari yang dinilai", "% of assessed"),
    "col.pool": ("Kelompok suksesi", "Succession pool"),
    "col.structural_posts": ("Jabatan struktural", "Structural posts"),
    "col.vacant": ("Kosong", "Vacant"),
    "col.retiring": ("Pensiun ≤ 2 tahun", "Retiring ≤ 2 years"),
    "col.posts_to_fill": ("Harus diisi", "To fill"),
    "col.pool_per_post": ("Calon per jabatan", "Candidates per post"),
}
