"""Strings of the Kebutuhan pegawai page (ABK need vs headcount, retirements),
merged into ui.i18n.STRINGS."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "kebutuhan.without_need": (
        "{posts} jabatan belum punya kebutuhan ABK (mis. dibuat dari ekspor SIASN) dan tidak dihitung di sini; "
        "lengkapi dengan templat jabatan (lihat Kualitas Data).",
        "{posts} posts have no ABK need yet (e.g. made from a SIASN export) and are not counted here; add it "
        "with the positions template (see Data Quality).",
    ),
    "nav.kebutuhan": ("Kebutuhan Pegawai", "Staffing Needs"),
    "kebutuhan.title": ("Kebutuhan pegawai", "Staffing needs"),
    "kebutuhan.intro": (
        "Kebutuhan = kebutuhan pegawai per jabatan dari analisis beban kerja (ABK); jumlah = pegawai yang "
        "saat ini menduduki jabatan itu. Selisih = jumlah − kebutuhan (negatif: kurang). Tidak bergantung "
        "pada rentang tahun.",
        "Need = staffing need per post from the workload analysis (ABK); headcount = employees currently "
        "holding the post. Gap = headcount − need (negative: short). Does not depend on the year range.",
    ),
    # ------------------------------------------------------------ the answer first (reporting.findings.staffing)
    "kebutuhan.f.gap.short": ("kurang {n}", "{n} short"),
    "kebutuhan.f.gap.over": ("lebih {n}", "{n} over"),
    "kebutuhan.f.gap.matched": ("sesuai", "matched"),
    "kebutuhan.f.region.many": (
        "{low} paling kekurangan pegawai: {low_fill} dari kebutuhan ABK ({low_gap}); {high} paling penuh: "
        "{high_fill} ({high_gap}).",
        "{low} is shortest of staff: {low_fill} of its ABK need ({low_gap}); {high} is fullest: {high_fill} "
        "({high_gap}).",
    ),
    "kebutuhan.f.region.one": (
        "{region}: {headcount} pegawai untuk kebutuhan ABK {need} ({fill}); {under} jabatan kurang pegawai, "
        "{over} lebih.",
        "{region}: {headcount} employees for an ABK need of {need} ({fill}); {under} posts short of staff, "
        "{over} over.",
    ),
    "kebutuhan.f.dir.under": ("Jabatan paling kekurangan: {post}", "Most under-staffed post: {post}"),
    "kebutuhan.f.dir.over": ("paling kelebihan: {post}", "most over-staffed: {post}"),
    "kebutuhan.f.post.many": (
        "{post} di {unit} ({region}): {headcount} pegawai untuk kebutuhan {need} ({gap})",
        "{post} in {unit} ({region}): {headcount} staff for a need of {need} ({gap})",
    ),
    "kebutuhan.f.post.one": (
        "{post} di {unit}: {headcount} pegawai untuk kebutuhan {need} ({gap})",
        "{post} in {unit}: {headcount} staff for a need of {need} ({gap})",
    ),
    "kebutuhan.f.retire": (
        "Dalam {h} tahun ke depan ({y0}–{y1}) {n} pegawai mencapai BUP",
        "In the next {h} years ({y0}–{y1}) {n} employees reach BUP",
    ),
    "kebutuhan.f.retire.at_least": (
        "Dalam {h} tahun ke depan ({y0}–{y1}) setidaknya {n} pegawai mencapai BUP",
        "In the next {h} years ({y0}–{y1}) at least {n} employees reach BUP",
    ),
    "kebutuhan.f.retire.top": (", terbanyak di {region} ({n})", ", most in {region} ({n})"),
    "kebutuhan.f.retire.top.at_least": (
        ", terbanyak di {region} (setidaknya {n})",
        ", most in {region} (at least {n})",
    ),
    "kebutuhan.f.retire.years": (
        "; per tahun dari {first} pada {y0} menjadi {last} pada {y1}",
        "; per year from {first} in {y0} to {last} in {y1}",
    ),
    "kebutuhan.region.q": (
        "Apakah jumlah pegawai tiap wilayah sesuai kebutuhan ABK?",
        "Does each region's headcount match its ABK need?",
    ),
    "kebutuhan.region.c": (
        "Jumlah pegawai ÷ kebutuhan (100 % = sesuai; garis putus-putus). Di bawah 100 %: kekurangan pegawai.",
        "Headcount ÷ need (100 % = matched; dashed line). Below 100 %: short of staff.",
    ),
    "kebutuhan.axis.fill_zoomed": (
        "Jumlah pegawai ÷ kebutuhan ABK (sumbu tidak dimulai dari 0)",
        "Headcount ÷ ABK need (axis does not start at 0)",
    ),
    "kebutuhan.axis.gap": (
        "Selisih: jumlah pegawai − kebutuhan (kiri: kurang, kanan: lebih)",
        "Gap: headcount − need (left: short, right: over)",
    ),
    "kebutuhan.posts.q": (
        "Jabatan mana yang paling kekurangan dan kelebihan pegawai?",
        "Which posts are most short of staff, and which most over?",
    ),
    "kebutuhan.posts.c": (
        "{under} jabatan dengan kekurangan terbesar (di atas, ke kiri) dan {over} dengan kelebihan terbesar "
        "(di bawah, ke kanan: calon sumber rotasi); warna = wilayah. Jabatan yang dipegang kurang dari 5 "
        "pegawai tidak diperingkat untuk pembaca.",
        "The {under} posts with the largest shortfall (top, to the left) and the {over} with the largest "
        "surplus (bottom, to the right: candidate sources for rotation); colour = region. Posts held by fewer "
        "than 5 are not ranked for viewers.",
    ),
    "kebutuhan.more.region": ("Angka per wilayah (tabel)", "Numbers per region (table)"),
    "kebutuhan.more.under": (
        "{n} jabatan paling kekurangan (tabel)",
        "The {n} most under-staffed posts (table)",
    ),
    "kebutuhan.more.over": (
        "{n} jabatan paling kelebihan (tabel)",
        "The {n} most over-staffed posts (table)",
    ),
    "kebutuhan.more.unit": (
        "Kebutuhan dan jumlah pegawai per unit (tabel)",
        "Need and headcount per unit (table)",
    ),
    "kebutuhan.more.retire_year": (
        "Pensiun per tahun dan wilayah (tabel)",
        "Retirements per year and region (table)",
    ),
    "kebutuhan.more.retire_unit": ("Pensiun per unit (tabel)", "Retirements per unit (table)"),
    "kebutuhan.unit.q": ("Unit mana yang paling kekurangan pegawai?", "Which units are shortest of staff?"),
    "kebutuhan.unit.c": (
        "Diurutkan dari selisih paling negatif; jumlah jabatan yang kurang dan lebih pegawai per unit.",
        "Sorted from the most negative gap; number of posts short of and over their need per unit.",
    ),
    "kebutuhan.under.q": (
        "Jabatan mana yang paling kekurangan pegawai?",
        "Which posts are most under-staffed?",
    ),
    "kebutuhan.under.c": (
        "{n} jabatan dengan kekurangan terbesar (kebutuhan ABK − jumlah pegawai).",
        "The {n} posts with the largest shortfall (ABK need − headcount).",
    ),
    "kebutuhan.over.q": ("Jabatan mana yang paling kelebihan pegawai?", "Which posts are most over-staffed?"),
    "kebutuhan.over.c": (
        "{n} jabatan dengan kelebihan terbesar (jumlah pegawai − kebutuhan ABK): calon sumber rotasi.",
        "The {n} posts with the largest surplus (headcount − ABK need): candidate sources for rotation.",
    ),
    "kebutuhan.none": ("Tidak ada jabatan seperti ini untuk filter ini.", "No such post for these filters."),
    "kebutuhan.horizon": ("Pensiun dalam … tahun ke depan", "Retiring within the next … years"),
    "kebutuhan.horizon.help": (
        "Dihitung dari {as_of} (akhir tahun terakhir yang punya penilaian kinerja), dengan batas usia pensiun "
        "(BUP) jenjang jabatan: 58, 60 atau 65 tahun; guru pensiun pada 60 tahun apa pun jenjangnya (UU 14/2005).",
        "Counted from {as_of} (end of the last year with any performance evaluation), with the retirement age "
        "(BUP) of the post's level: 58, 60 or 65; teachers (guru) retire at 60 whatever their level (UU 14/2005).",
    ),
    "kebutuhan.retire.q": (
        "Berapa pegawai pensiun tiap tahun dalam {h} tahun ke depan?",
        "How many employees retire each year in the next {h} years?",
    ),
    "kebutuhan.retire.c": (
        "Pegawai yang mencapai BUP per tahun, menurut BUP 58 / 60 / 65, untuk wilayah terpilih. Yang sudah "
        "melewati BUP dihitung di tahun pertama.",
        "Employees reaching BUP per year, by BUP 58 / 60 / 65, for the chosen regions. Anyone already past "
        "BUP counts in the first year.",
    ),
    "kebutuhan.retire.unit.q": (
        "Unit mana yang kehilangan pegawai terbanyak karena pensiun dalam {h} tahun?",
        "Which units lose the most staff to retirement within {h} years?",
    ),
    "kebutuhan.retire.unit.c": (
        "Jumlah dan persentase pegawai unit yang mencapai BUP, dirinci menurut BUP.",
        "Number and share of the unit's employees reaching BUP, split by BUP.",
    ),
    "kebutuhan.bup": ("BUP {age} tahun", "BUP {age} years"),
    "col.posts": ("Jabatan", "Posts"),
    "col.position": ("Jabatan", "Post"),
    "col.level": ("Jenjang", "Level"),
    "col.staffing_need": ("Kebutuhan (ABK)", "Need (ABK)"),
    "col.headcount": ("Jumlah pegawai", "Headcount"),
    "col.gap": ("Selisih", "Gap"),
    "col.fill_rate": ("Jumlah ÷ kebutuhan", "Headcount ÷ need"),
    "col.posts_under": ("Jabatan kurang", "Posts short"),
    "col.posts_balanced": ("Jabatan sesuai", "Posts matched"),
    "col.posts_over": ("Jabatan lebih", "Posts over"),
    "col.retiring_n": ("Pensiun", "Retiring"),
    "col.retiring_bup58": ("BUP 58", "BUP 58"),
    "col.retiring_bup60": ("BUP 60", "BUP 60"),
    "col.retiring_bup65": ("BUP 65", "BUP 65"),
    "col.share_retiring": ("% pensiun", "% retiring"),
    "col.bup": ("BUP", "BUP"),
}
