"""Name lists for the synthetic demo database (data/demo/).

Everything here is plain data: person names, academic titles (gelar),
perangkat daerah (OPD) per region, post templates per kind of unit and
training titles. All names are invented combinations; any match with a real
person is a coincidence. Unit and kecamatan names are the real ones of each
city, so that the demo looks familiar to its users.
"""

from __future__ import annotations

# ---------------------------------------------------------------- person names
# Name pools: (male first names, female first names, second names for men,
# second names for women). Second names are often sex-neutral family or
# father-derived names; Minang and Malay naming rarely uses a family name.
NAME_POOLS = {
    "jawa": (
        "Agus Bambang Budi Dwi Eko Joko Slamet Sugeng Teguh Wahyu Heru Hendro Bayu Adi Yudi Andi Rudi "
        "Sigit Hari Prasetyo Aris Arif Bagus Catur Dimas Fajar Galih Anton Imam Kukuh Nugroho Purwanto "
        "Rahmat Setyo Tri Yoga Hadi Gunawan Danang Ilham Rizky",
        "Sri Dewi Siti Rina Wulan Endang Retno Yuni Ratna Tri Dwi Nur Ani Lestari Puji Sulastri Suryani "
        "Indah Ayu Dyah Fitri Kartika Lina Maya Nanik Putri Rahayu Septi Tutik Wahyuni Yulia Anisa Diah "
        "Erna Heni Ika Novi",
        "Santoso Wibowo Prasetyo Susanto Nugroho Setiawan Hidayat Kurniawan Purnomo Saputra Wijaya "
        "Suryanto Hartono Sutrisno Supriyadi Mulyono Haryanto Utomo Pamungkas Kusuma Rahmanto Firmansyah "
        "Widodo Sulistyo Darmawan Budiman",
        "Lestari Rahayu Wulandari Handayani Utami Sari Astuti Setyaningsih Purwaningsih Kusumawati "
        "Rahmawati Susanti Yuliani Wahyuningsih Suryaningsih Anggraini Pratiwi Nurhayati Indriyani "
        "Maharani Puspitasari",
    ),
    "minang": (
        "Afrizal Yusrizal Syafril Zulkifli Hendri Rahmat Irwan Yulianto Zulhendri Febrianto Asrul "
        "Nofrizal Deswandi Elfiandi Gusnaldi Henry Jonnedi Masrizal Roni Syamsul Yudhistira Rizal",
        "Yenni Fitri Nurhayati Yulia Rosmaini Desi Elfira Gusnawati Hasnita Lisa Mardiah Nofita Ratna "
        "Rika Silvia Vera Wirda Yessi Zuraida Afni",
        "Putra Syahputra Chaniago Tanjung Koto Piliang Sikumbang Caniago Jambak Rangkuti Yusuf Hamzah "
        "Syamsuddin Zainal",
        "Putri Yanti Susanti Rahmi Hayati Dewi Wati Yusnita Marlina Novita",
    ),
    "melayu": (
        "Ahmad Azhar Fauzi Hasbi Rizal Syahrial Zulfikar Yusuf Hasan Ismail Junaidi Marzuki Nasrul "
        "Ramli Sofyan Syaiful Taufik Yahya Firdaus Amri Darwis Hendra",
        "Nurhasanah Aisyah Fatimah Halimah Nurlela Rosmawati Salmah Siti Yusnani Zubaidah Dahlia Emilia "
        "Herlina Juliana Khadijah Marlina Rosita Yuliana Suryani Mariana",
        "Rahman Hamid Harun Saleh Syarif Abdullah Usman Daud Ibrahim Idris Rasyid Karim Ramadhan Saputra "
        "Pratama",
        "Sari Wati Ningsih Yanti Putri Rahmah Hasanah Safitri Yunita Nurjanah",
    ),
    "campuran": (
        "Andreas Benny Christian Daniel Ferdinand Hendrik Irfan Kevin Michael Reza Robert Samuel "
        "Taufik Yohanes Arief Bima Fadli Gilang Hafiz Lukman Muhammad Naufal Raden Rendy Wisnu",
        "Angelina Bella Cindy Diana Elisabeth Grace Jessica Kezia Maria Monica Natalia Olivia Rachel "
        "Stefani Theresia Vania Amelia Citra Dinda Fiona Nadia Rania Salsabila Tiara",
        "Simanjuntak Siregar Nasution Harahap Lubis Sitompul Hutapea Panjaitan Wijaya Halim Gunadi "
        "Tanjaya Kusnadi Pratama Ramadhan Sinaga Manurung Pasaribu Tambunan Rahman Hakim Maulana",
        "Simanjuntak Siregar Nasution Harahap Lubis Wijaya Halim Gunadi Pratiwi Maharani Anggraini "
        "Permatasari Kusuma Hapsari",
    ),
}

# share of each name pool per region (same order as NAME_POOLS)
REGION_NAME_POOLS = {
    "SLT": (0.92, 0.01, 0.02, 0.05),
    "JMB": (0.25, 0.10, 0.55, 0.10),
    "SWL": (0.12, 0.78, 0.06, 0.04),
    "DKI": (0.45, 0.08, 0.12, 0.35),
}

# gelar belakang by (education level, field); "" = none. Education ids per SIASN.
GELAR_S1 = {
    "perencanaan": "S.PWK.",
    "kedokteran": "S.Ked.",
    "keperawatan": "S.Kep., Ners",
    "teknik_sipil": "S.T.",
    "lingkungan": "S.T.",
    "tik": "S.Kom.",
    "akuntansi": "S.E.",
    "hukum": "S.H.",
    "administrasi": "S.AP.",
    "pendidikan": "S.Pd.",
    "sosial": "S.Sos.",
    "umum": "S.Sos.",
}
GELAR_S2 = {
    "perencanaan": "M.T.",
    "kedokteran": "M.Kes.",
    "keperawatan": "M.Kep.",
    "teknik_sipil": "M.T.",
    "lingkungan": "M.Sc.",
    "tik": "M.Kom.",
    "akuntansi": "M.Ak.",
    "hukum": "M.H.",
    "administrasi": "M.Si.",
    "pendidikan": "M.Pd.",
    "sosial": "M.Si.",
    "umum": "M.M.",
}
GELAR_D3 = {
    "keperawatan": "A.Md.Kep.",
    "tik": "A.Md.Kom.",
    "akuntansi": "A.Md.Ak.",
    "teknik_sipil": "A.Md.T.",
    "lingkungan": "A.Md.T.",
}
GELAR_D3_DEFAULT = "A.Md."

# ---------------------------------------------------------------- organisation
# Unit profiles: what a kind of OPD does. For each profile:
#   kind      schema units.kind
#   weight    relative headcount of one such unit
#   field     education field of the unit's core work (structural posts)
#   teknis    teknis competencies of the unit (first = main)
#   bidang    names of its bidang (Administrator posts, one Kepala Seksi each)
#   fungsional [(family, levels, required_field, weight, pppk_affinity)]
#   pelaksana  [(name, required_field, weight)]
COMMON_FUNGSIONAL = [
    ("Perencana", ("Ahli Pertama", "Ahli Muda"), "perencanaan", 0.6, 0.2),
    ("Analis Keuangan Pusat dan Daerah", ("Ahli Pertama", "Ahli Muda"), "akuntansi", 0.6, 0.2),
    ("Pranata Komputer", ("Terampil", "Ahli Pertama"), "tik", 0.5, 1.0),
    ("Analis Sumber Daya Manusia Aparatur", ("Ahli Pertama",), "administrasi", 0.4, 0.3),
    ("Arsiparis", ("Terampil",), "administrasi", 0.3, 1.0),
]
COMMON_PELAKSANA = [
    ("Pengadministrasi Umum", None, 2.0),
    ("Pengadministrasi Perkantoran", None, 1.5),
    ("Operator Layanan Operasional", None, 1.2),
    ("Pengelola Layanan Operasional", None, 1.0),
    ("Penata Layanan Operasional", "administrasi", 0.8),
    ("Pengolah Data dan Informasi", "tik", 0.6),
    ("Bendahara", "akuntansi", 0.4),
]

PROFILES = {
    "setda": {
        "kind": "sekretariat",
        "weight": 14,
        "field": "administrasi",
        "teknis": ("T-YAN", "T-REN"),
        "bidang": ("Pemerintahan", "Perekonomian dan Pembangunan", "Hukum", "Organisasi"),
        "fungsional": [
            ("Analis Kebijakan", ("Ahli Pertama", "Ahli Muda", "Ahli Madya"), "administrasi", 0.8, 0.1),
            ("Perancang Peraturan Perundang-undangan", ("Ahli Pertama", "Ahli Muda"), "hukum", 0.6, 0.1),
            ("Analis Hukum", ("Ahli Pertama",), "hukum", 0.4, 0.2),
        ],
        "pelaksana": [("Pengelola Protokol", None, 0.5)],
    },
    "dprd": {
        "kind": "sekretariat",
        "weight": 6,
        "field": "administrasi",
        "teknis": ("T-YAN",),
        "bidang": ("Persidangan dan Perundang-undangan", "Fasilitasi Penganggaran dan Pengawasan", "Umum"),
        "fungsional": [("Analis Kebijakan", ("Ahli Pertama", "Ahli Muda"), "administrasi", 0.6, 0.1)],
        "pelaksana": [("Pengelola Risalah Rapat", None, 0.6)],
    },
    "kota_adm": {
        "kind": "sekretariat",
        "weight": 12,
        "field": "administrasi",
        "teknis": ("T-YAN",),
        "bidang": ("Pemerintahan", "Perekonomian dan Pembangunan", "Kesejahteraan Rakyat"),
        "fungsional": [("Analis Kebijakan", ("Ahli Pertama", "Ahli Muda"), "administrasi", 0.6, 0.1)],
        "pelaksana": [("Pengelola Layanan Masyarakat", "administrasi", 1.0)],
    },
    "inspektorat": {
        "kind": "inspektorat",
        "weight": 6,
        "field": "akuntansi",
        "teknis": ("T-KEU",),
        "bidang": (
            "Inspektur Pembantu Wilayah I",
            "Inspektur Pembantu Wilayah II",
            "Inspektur Pembantu Khusus",
        ),
        "fungsional": [
            ("Auditor", ("Ahli Pertama", "Ahli Muda", "Ahli Madya"), "akuntansi", 2.0, 0.1),
            (
                "Pengawas Penyelenggaraan Urusan Pemerintahan Daerah",
                ("Ahli Pertama", "Ahli Muda"),
                "hukum",
                1.0,
                0.1,
            ),
        ],
        "pelaksana": [],
    },
    "perencanaan": {
        "kind": "badan",
        "weight": 6,
        "field": "perencanaan",
        "teknis": ("T-REN",),
        "bidang": (
            "Perencanaan Pemerintahan dan Pembangunan Manusia",
            "Perencanaan Perekonomian dan Sumber Daya Alam",
            "Perencanaan Infrastruktur dan Kewilayahan",
            "Penelitian, Pengembangan dan Inovasi",
        ),
        "fungsional": [
            ("Perencana", ("Ahli Pertama", "Ahli Muda", "Ahli Madya"), "perencanaan", 3.0, 0.1),
            ("Peneliti", ("Ahli Pertama", "Ahli Muda"), "sosial", 0.4, 0.1),
            ("Statistisi", ("Ahli Pertama",), "perencanaan", 0.5, 0.2),
        ],
        "pelaksana": [("Pengolah Data Perencanaan", "perencanaan", 0.8)],
    },
    "keuangan": {
        "kind": "badan",
        "weight": 12,
        "field": "akuntansi",
        "teknis": ("T-KEU",),
        "bidang": ("Anggaran", "Perbendaharaan", "Akuntansi dan Pelaporan", "Aset Daerah"),
        "fungsional": [
            (
                "Analis Keuangan Pusat dan Daerah",
                ("Ahli Pertama", "Ahli Muda", "Ahli Madya"),
                "akuntansi",
                3.0,
                0.2,
            ),
            ("Penata Kelola Barang Milik Daerah", ("Terampil", "Ahli Pertama"), "akuntansi", 1.0, 0.3),
        ],
        "pelaksana": [("Pengelola Keuangan", "akuntansi", 1.5), ("Verifikator Keuangan", "akuntansi", 1.0)],
    },
    "pendapatan": {
        "kind": "badan",
        "weight": 10,
        "field": "akuntansi",
        "teknis": ("T-KEU", "T-YAN"),
        "bidang": ("Pajak Daerah", "Retribusi Daerah", "Pengendalian dan Evaluasi Pendapatan"),
        "fungsional": [("Penilai Pajak", ("Terampil", "Ahli Pertama", "Ahli Muda"), "akuntansi", 1.5, 0.3)],
        "pelaksana": [("Pengelola Pajak Daerah", "akuntansi", 1.5)],
    },
    "kepegawaian": {
        "kind": "badan",
        "weight": 6,
        "field": "administrasi",
        "teknis": ("T-YAN", "T-TIK"),
        "bidang": (
            "Pengadaan dan Informasi ASN",
            "Mutasi dan Promosi",
            "Pengembangan Kompetensi ASN",
            "Penilaian Kinerja",
        ),
        "fungsional": [
            (
                "Analis Sumber Daya Manusia Aparatur",
                ("Ahli Pertama", "Ahli Muda", "Ahli Madya"),
                "administrasi",
                2.0,
                0.2,
            ),
            ("Asesor Sumber Daya Manusia Aparatur", ("Ahli Pertama", "Ahli Muda"), "sosial", 0.6, 0.1),
            ("Widyaiswara", ("Ahli Muda", "Ahli Madya"), "administrasi", 0.4, 0.0),
        ],
        "pelaksana": [("Pengelola Data Kepegawaian", "tik", 0.8)],
    },
    "kesehatan": {
        "kind": "dinas",
        "weight": 80,
        "field": "kedokteran",
        "teknis": ("T-KES",),
        "bidang": (
            "Kesehatan Masyarakat",
            "Pencegahan dan Pengendalian Penyakit",
            "Pelayanan Kesehatan",
            "Sumber Daya Kesehatan",
        ),
        "fungsional": [
            ("Dokter", ("Ahli Pertama", "Ahli Muda", "Ahli Madya"), "kedokteran", 3.0, 0.6),
            ("Perawat", ("Terampil", "Ahli Pertama", "Ahli Muda"), "keperawatan", 5.0, 2.0),
            ("Bidan", ("Terampil", "Ahli Pertama"), "keperawatan", 3.0, 2.0),
            ("Epidemiolog Kesehatan", ("Ahli Pertama", "Ahli Muda"), "keperawatan", 0.5, 0.3),
            ("Tenaga Sanitasi Lingkungan", ("Terampil", "Ahli Pertama"), "lingkungan", 0.8, 1.0),
            ("Administrator Kesehatan", ("Ahli Pertama", "Ahli Muda"), "keperawatan", 0.6, 0.3),
            ("Apoteker", ("Ahli Pertama", "Ahli Muda"), "keperawatan", 0.8, 0.8),
        ],
        "pelaksana": [("Pengelola Layanan Kesehatan", "keperawatan", 1.0)],
    },
    "rsud": {
        "kind": "rsud",
        "weight": 40,
        "field": "kedokteran",
        "teknis": ("T-KES",),
        "bidang": ("Pelayanan Medik", "Keperawatan", "Penunjang Medik"),
        "fungsional": [
            ("Dokter", ("Ahli Pertama", "Ahli Muda", "Ahli Madya"), "kedokteran", 2.0, 0.6),
            ("Dokter Spesialis", ("Ahli Muda", "Ahli Madya", "Ahli Utama"), "kedokteran", 1.0, 0.2),
            ("Perawat", ("Terampil", "Ahli Pertama", "Ahli Muda", "Ahli Madya"), "keperawatan", 6.0, 2.0),
            ("Bidan", ("Terampil", "Ahli Pertama"), "keperawatan", 1.5, 2.0),
            ("Pranata Laboratorium Kesehatan", ("Terampil", "Ahli Pertama"), "keperawatan", 0.8, 1.0),
            ("Radiografer", ("Terampil",), "keperawatan", 0.4, 1.0),
            ("Apoteker", ("Ahli Pertama", "Ahli Muda"), "keperawatan", 0.6, 0.8),
        ],
        "pelaksana": [
            ("Pengelola Rekam Medis", "keperawatan", 1.0),
            ("Petugas Pendaftaran Pasien", None, 0.8),
        ],
    },
    "pendidikan": {
        "kind": "dinas",
        "weight": 320,
        "field": "pendidikan",
        "teknis": ("T-YAN",),
        "bidang": (
            "Pembinaan Sekolah Dasar",
            "Pembinaan Sekolah Menengah Pertama",
            "Pendidikan Anak Usia Dini",
            "Ketenagaan",
        ),
        "fungsional": [
            ("Guru", ("Ahli Pertama", "Ahli Muda", "Ahli Madya"), "pendidikan", 40.0, 3.0),
            ("Pengawas Sekolah", ("Ahli Muda", "Ahli Madya"), "pendidikan", 0.4, 0.0),
            ("Penilik", ("Ahli Pertama", "Ahli Muda"), "pendidikan", 0.3, 0.2),
            ("Pamong Belajar", ("Ahli Pertama",), "pendidikan", 0.2, 0.5),
            ("Pustakawan", ("Terampil", "Ahli Pertama"), "administrasi", 0.4, 1.0),
        ],
        "pelaksana": [("Pengelola Layanan Sekolah", None, 1.5), ("Tenaga Administrasi Sekolah", None, 1.5)],
    },
    "pupr": {
        "kind": "dinas",
        "weight": 22,
        "field": "teknik_sipil",
        "teknis": ("T-PRO",),
        "bidang": ("Bina Marga", "Sumber Daya Air", "Cipta Karya", "Penataan Ruang"),
        "fungsional": [
            (
                "Teknik Jalan dan Jembatan",
                ("Terampil", "Ahli Pertama", "Ahli Muda", "Ahli Madya"),
                "teknik_sipil",
                2.5,
                0.8,
            ),
            ("Teknik Pengairan", ("Terampil", "Ahli Pertama", "Ahli Muda"), "teknik_sipil", 1.5, 0.8),
            ("Teknik Tata Bangunan dan Perumahan", ("Ahli Pertama", "Ahli Muda"), "teknik_sipil", 1.0, 0.5),
            ("Penata Ruang", ("Ahli Pertama", "Ahli Muda"), "perencanaan", 0.8, 0.3),
            ("Pengelola Pengadaan Barang/Jasa", ("Ahli Pertama", "Ahli Muda"), "teknik_sipil", 0.6, 0.2),
        ],
        "pelaksana": [("Pengawas Lapangan", "teknik_sipil", 1.5), ("Juru Ukur", "teknik_sipil", 0.6)],
    },
    "lh": {
        "kind": "dinas",
        "weight": 26,
        "field": "lingkungan",
        "teknis": ("T-LH",),
        "bidang": (
            "Pengelolaan Sampah dan Limbah B3",
            "Penataan dan Penaatan Lingkungan",
            "Pengendalian Pencemaran",
        ),
        "fungsional": [
            (
                "Pengendali Dampak Lingkungan",
                ("Ahli Pertama", "Ahli Muda", "Ahli Madya"),
                "lingkungan",
                2.0,
                0.5,
            ),
            ("Pengawas Lingkungan Hidup", ("Ahli Pertama", "Ahli Muda"), "lingkungan", 0.8, 0.3),
            ("Penyuluh Lingkungan Hidup", ("Terampil", "Ahli Pertama"), "lingkungan", 0.8, 0.8),
        ],
        "pelaksana": [("Pengelola Kebersihan", None, 3.0), ("Pengemudi Truk Sampah", None, 2.0)],
    },
    "kominfo": {
        "kind": "dinas",
        "weight": 6,
        "field": "tik",
        "teknis": ("T-TIK",),
        "bidang": (
            "Aplikasi Informatika dan e-Government",
            "Infrastruktur TIK dan Persandian",
            "Informasi dan Komunikasi Publik",
            "Statistik",
        ),
        "fungsional": [
            ("Pranata Komputer", ("Terampil", "Ahli Pertama", "Ahli Muda", "Ahli Madya"), "tik", 3.0, 0.8),
            ("Sandiman", ("Terampil", "Ahli Pertama"), "tik", 0.6, 0.4),
            ("Pranata Hubungan Masyarakat", ("Ahli Pertama", "Ahli Muda"), "sosial", 0.8, 0.4),
            ("Statistisi", ("Ahli Pertama", "Ahli Muda"), "perencanaan", 0.6, 0.2),
        ],
        "pelaksana": [("Pengelola Sistem dan Jaringan", "tik", 1.0), ("Pengelola Konten Media", "tik", 0.6)],
    },
    "dukcapil": {
        "kind": "dinas",
        "weight": 8,
        "field": "administrasi",
        "teknis": ("T-YAN", "T-TIK"),
        "bidang": (
            "Pelayanan Pendaftaran Penduduk",
            "Pelayanan Pencatatan Sipil",
            "Pengelolaan Informasi Administrasi Kependudukan",
        ),
        "fungsional": [
            ("Administrator Database Kependudukan", ("Ahli Pertama", "Ahli Muda"), "tik", 1.0, 0.3),
            ("Pranata Komputer", ("Terampil", "Ahli Pertama"), "tik", 0.8, 0.8),
        ],
        "pelaksana": [
            ("Pengelola Layanan Kependudukan", "administrasi", 2.5),
            ("Operator Perekaman KTP-el", None, 1.5),
        ],
    },
    "dpmptsp": {
        "kind": "dinas",
        "weight": 8,
        "field": "administrasi",
        "teknis": ("T-YAN", "T-TIK"),
        "bidang": ("Pelayanan Perizinan", "Penanaman Modal", "Pengaduan dan Informasi Pelayanan"),
        "fungsional": [
            ("Analis Kebijakan", ("Ahli Pertama", "Ahli Muda"), "administrasi", 0.6, 0.1),
            ("Penata Perizinan", ("Ahli Pertama", "Ahli Muda"), "hukum", 1.0, 0.3),
            ("Pranata Komputer", ("Terampil", "Ahli Pertama"), "tik", 0.6, 0.8),
        ],
        "pelaksana": [
            ("Pengelola Layanan Perizinan", "administrasi", 2.0),
            ("Petugas Front Office", None, 1.5),
        ],
    },
    "sosial": {
        "kind": "dinas",
        "weight": 8,
        "field": "sosial",
        "teknis": ("T-YAN",),
        "bidang": ("Rehabilitasi Sosial", "Perlindungan dan Jaminan Sosial", "Pemberdayaan Sosial"),
        "fungsional": [
            ("Pekerja Sosial", ("Terampil", "Ahli Pertama", "Ahli Muda"), "sosial", 2.0, 1.0),
            ("Penyuluh Sosial", ("Ahli Pertama", "Ahli Muda"), "sosial", 0.8, 0.6),
        ],
        "pelaksana": [("Pendamping Sosial", "sosial", 1.5)],
    },
    "satpol": {
        "kind": "satpol",
        "weight": 16,
        "field": "hukum",
        "teknis": ("T-YAN",),
        "bidang": (
            "Penegakan Peraturan Daerah",
            "Ketertiban Umum dan Ketenteraman Masyarakat",
            "Perlindungan Masyarakat",
        ),
        "fungsional": [("Polisi Pamong Praja", ("Terampil", "Ahli Pertama", "Ahli Muda"), "hukum", 3.0, 0.8)],
        "pelaksana": [("Pengendali Ketertiban Umum", None, 3.0)],
    },
    "damkar": {
        "kind": "dinas",
        "weight": 22,
        "field": "teknik_sipil",
        "teknis": ("T-YAN",),
        "bidang": ("Operasi", "Pencegahan", "Sarana dan Prasarana"),
        "fungsional": [
            ("Analis Kebakaran", ("Terampil", "Ahli Pertama", "Ahli Muda"), "teknik_sipil", 2.0, 0.8)
        ],
        "pelaksana": [("Petugas Pemadam Kebakaran", None, 4.0)],
    },
    "perhubungan": {
        "kind": "dinas",
        "weight": 14,
        "field": "teknik_sipil",
        "teknis": ("T-PRO", "T-YAN"),
        "bidang": ("Lalu Lintas", "Angkutan", "Prasarana Transportasi"),
        "fungsional": [
            ("Penguji Kendaraan Bermotor", ("Terampil", "Ahli Pertama"), "teknik_sipil", 1.0, 0.6),
            ("Analis Transportasi", ("Ahli Pertama", "Ahli Muda"), "perencanaan", 0.6, 0.2),
        ],
        "pelaksana": [("Petugas Pengatur Lalu Lintas", None, 3.0)],
    },
    "umum_dinas": {
        "kind": "dinas",
        "weight": 7,
        "field": None,
        "teknis": ("T-YAN",),
        "bidang": ("Program dan Pengembangan", "Pelayanan dan Pembinaan", "Pengendalian dan Evaluasi"),
        "fungsional": [
            ("Analis Kebijakan", ("Ahli Pertama", "Ahli Muda"), "administrasi", 0.6, 0.1),
            ("Penyuluh", ("Terampil", "Ahli Pertama", "Ahli Muda"), "sosial", 1.0, 0.6),
        ],
        "pelaksana": [("Pengelola Program dan Kegiatan", "perencanaan", 1.0)],
    },
    "umum_badan": {
        "kind": "badan",
        "weight": 6,
        "field": None,
        "teknis": ("T-YAN",),
        "bidang": ("Program dan Pengembangan", "Pelayanan dan Pembinaan", "Pengendalian dan Evaluasi"),
        "fungsional": [("Analis Kebijakan", ("Ahli Pertama", "Ahli Muda"), "administrasi", 0.6, 0.1)],
        "pelaksana": [("Pengelola Program dan Kegiatan", "perencanaan", 1.0)],
    },
    "kecamatan": {
        "kind": "kecamatan",
        "weight": 5,
        "field": "administrasi",
        "teknis": ("T-YAN",),
        "bidang": (),
        "fungsional": [("Analis Kebijakan", ("Ahli Pertama",), "administrasi", 0.3, 0.1)],
        "pelaksana": [
            ("Pengelola Layanan Kependudukan", "administrasi", 1.5),
            ("Pengelola Layanan Masyarakat", None, 1.5),
            ("Pengolah Data Kewilayahan", "tik", 0.6),
        ],
    },
}

# Kecamatan structural posts (Administrator: Camat, Sekretaris; Pengawas: Kasi)
KECAMATAN_SEKSI = (
    "Pemerintahan",
    "Pelayanan Umum",
    "Ketenteraman dan Ketertiban Umum",
    "Pemberdayaan Masyarakat dan Kelurahan",
)

# Units per region: (code, name, profile, core). Core units exist at every
# scale; the rest only from scale >= UNIT_FULL_SCALE (see data/demo/organisation.py).
_KOTA_OPD = [
    ("SETDA", "Sekretariat Daerah", "setda", True),
    ("DPRD", "Sekretariat DPRD", "dprd", False),
    ("INSP", "Inspektorat", "inspektorat", True),
    ("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "perencanaan", True),
    ("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "keuangan", True),
    ("BAPENDA", "Badan Pendapatan Daerah", "pendapatan", False),
    ("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "kepegawaian", True),
    ("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", "umum_badan", False),
    ("BPBD", "Badan Penanggulangan Bencana Daerah", "umum_badan", False),
    ("DINKES", "Dinas Kesehatan", "kesehatan", True),
    ("RSUD", "RSUD", "rsud", True),
    ("DISDIK", "Dinas Pendidikan dan Kebudayaan", "pendidikan", True),
    ("PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "pupr", True),
    ("DLH", "Dinas Lingkungan Hidup", "lh", True),
    ("DISKOMINFO", "Dinas Komunikasi dan Informatika", "kominfo", True),
    ("DUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "dukcapil", True),
    ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "dpmptsp", True),
    ("SATPOLPP", "Satuan Polisi Pamong Praja", "satpol", False),
    ("DINSOS", "Dinas Sosial", "sosial", False),
    ("DISHUB", "Dinas Perhubungan", "perhubungan", False),
    ("PERKIM", "Dinas Perumahan dan Kawasan Permukiman", "umum_dinas", False),
    ("DISPORAPAR", "Dinas Kepemudaan, Olahraga dan Pariwisata", "umum_dinas", False),
    ("DISPERINDAG", "Dinas Perdagangan dan Perindustrian", "umum_dinas", False),
    ("DKP", "Dinas Ketahanan Pangan dan Pertanian", "umum_dinas", False),
    (
        "DP3AP2KB",
        "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana",
        "umum_dinas",
        False,
    ),
    ("DISNAKER", "Dinas Tenaga Kerja dan Koperasi UKM", "umum_dinas", False),
    ("ARPUS", "Dinas Perpustakaan dan Kearsipan", "umum_dinas", False),
]

REGION_UNITS = {
    "SLT": [
        *[u for u in _KOTA_OPD if u[0] not in ("BAPENDA", "DISHUB")],
        ("KEC-ARGOMULYO", "Kecamatan Argomulyo", "kecamatan", True),
        ("KEC-SIDOMUKTI", "Kecamatan Sidomukti", "kecamatan", False),
        ("KEC-SIDOREJO", "Kecamatan Sidorejo", "kecamatan", False),
        ("KEC-TINGKIR", "Kecamatan Tingkir", "kecamatan", True),
        ("DISHUB", "Dinas Perhubungan", "perhubungan", False),
    ],
    "JMB": [
        *[
            (
                c,
                n.replace(
                    "Badan Perencanaan Pembangunan Daerah",
                    "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
                ),
                p,
                k,
            )
            for c, n, p, k in _KOTA_OPD
            if c != "BAPENDA"
        ],
        ("BPPRD", "Badan Pengelolaan Pajak dan Retribusi Daerah", "pendapatan", False),
        ("KEC-ALAMBARAJO", "Kecamatan Alam Barajo", "kecamatan", True),
        ("KEC-DANAUSIPIN", "Kecamatan Danau Sipin", "kecamatan", False),
        ("KEC-DANAUTELUK", "Kecamatan Danau Teluk", "kecamatan", False),
        ("KEC-JAMBISELATAN", "Kecamatan Jambi Selatan", "kecamatan", True),
        ("KEC-JAMBITIMUR", "Kecamatan Jambi Timur", "kecamatan", False),
        ("KEC-JELUTUNG", "Kecamatan Jelutung", "kecamatan", False),
        ("KEC-KOTABARU", "Kecamatan Kota Baru", "kecamatan", False),
        ("KEC-PAALMERAH", "Kecamatan Paal Merah", "kecamatan", False),
        ("KEC-PASARJAMBI", "Kecamatan Pasar Jambi", "kecamatan", False),
        ("KEC-PELAYANGAN", "Kecamatan Pelayangan", "kecamatan", False),
        ("KEC-TELANAIPURA", "Kecamatan Telanaipura", "kecamatan", False),
    ],
    "SWL": [
        *[
            (
                c,
                n.replace(
                    "Badan Perencanaan Pembangunan Daerah",
                    "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
                ),
                p,
                k,
            )
            for c, n, p, k in _KOTA_OPD
            if c not in ("BAPENDA", "DISNAKER", "DISPERINDAG")
        ],
        ("KEC-BARANGIN", "Kecamatan Barangin", "kecamatan", True),
        ("KEC-LEMBAHSEGAR", "Kecamatan Lembah Segar", "kecamatan", False),
        ("KEC-SILUNGKANG", "Kecamatan Silungkang", "kecamatan", False),
        ("KEC-TALAWI", "Kecamatan Talawi", "kecamatan", True),
    ],
    "DKI": [
        ("SETDA", "Sekretariat Daerah", "setda", True),
        ("DPRD", "Sekretariat DPRD", "dprd", False),
        ("INSP", "Inspektorat", "inspektorat", True),
        ("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "perencanaan", True),
        ("BPKD", "Badan Pengelolaan Keuangan Daerah", "keuangan", True),
        ("BAPENDA", "Badan Pendapatan Daerah", "pendapatan", False),
        ("BPAD", "Badan Pengelolaan Aset Daerah", "keuangan", False),
        ("BKD", "Badan Kepegawaian Daerah", "kepegawaian", True),
        ("BPSDM", "Badan Pengembangan Sumber Daya Manusia", "kepegawaian", False),
        ("BPBD", "Badan Penanggulangan Bencana Daerah", "umum_badan", False),
        ("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", "umum_badan", False),
        ("DINKES", "Dinas Kesehatan", "kesehatan", True),
        ("RSUD-TARAKAN", "RSUD Tarakan", "rsud", True),
        ("RSUD-PASARMINGGU", "RSUD Pasar Minggu", "rsud", False),
        ("RSUD-CENGKARENG", "RSUD Cengkareng", "rsud", False),
        ("RSUD-KOJA", "RSUD Koja", "rsud", False),
        ("RSUD-BUDHIASIH", "RSUD Budhi Asih", "rsud", False),
        ("RSUD-DURENSAWIT", "RSUD Duren Sawit", "rsud", False),
        ("DISDIK", "Dinas Pendidikan", "pendidikan", True),
        ("BINAMARGA", "Dinas Bina Marga", "pupr", True),
        ("SDA", "Dinas Sumber Daya Air", "pupr", False),
        ("CITATA", "Dinas Cipta Karya, Tata Ruang dan Pertanahan", "pupr", False),
        ("DPRKP", "Dinas Perumahan Rakyat dan Kawasan Permukiman", "pupr", False),
        ("DLH", "Dinas Lingkungan Hidup", "lh", True),
        ("DISTAMHUT", "Dinas Pertamanan dan Hutan Kota", "lh", False),
        ("DISKOMINFOTIK", "Dinas Komunikasi, Informatika dan Statistik", "kominfo", True),
        ("DUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "dukcapil", True),
        ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "dpmptsp", True),
        ("SATPOLPP", "Satuan Polisi Pamong Praja", "satpol", False),
        ("DINSOS", "Dinas Sosial", "sosial", False),
        ("DISHUB", "Dinas Perhubungan", "perhubungan", False),
        ("GULKARMAT", "Dinas Penanggulangan Kebakaran dan Penyelamatan", "damkar", False),
        ("DISNAKERTRANSGI", "Dinas Tenaga Kerja, Transmigrasi dan Energi", "umum_dinas", False),
        ("DISPORA", "Dinas Pemuda dan Olahraga", "umum_dinas", False),
        ("DISBUD", "Dinas Kebudayaan", "umum_dinas", False),
        ("DISPAREKRAF", "Dinas Pariwisata dan Ekonomi Kreatif", "umum_dinas", False),
        (
            "PPKUKM",
            "Dinas Perindustrian, Perdagangan, Koperasi, Usaha Kecil dan Menengah",
            "umum_dinas",
            False,
        ),
        ("KPKP", "Dinas Ketahanan Pangan, Kelautan dan Pertanian", "umum_dinas", False),
        ("PPAPP", "Dinas Pemberdayaan, Perlindungan Anak dan Pengendalian Penduduk", "umum_dinas", False),
        ("DISPUSIP", "Dinas Perpustakaan dan Kearsipan", "umum_dinas", False),
        ("KOTA-JAKPUS", "Kota Administrasi Jakarta Pusat", "kota_adm", False),
        ("KOTA-JAKUT", "Kota Administrasi Jakarta Utara", "kota_adm", False),
        ("KOTA-JAKBAR", "Kota Administrasi Jakarta Barat", "kota_adm", False),
        ("KOTA-JAKSEL", "Kota Administrasi Jakarta Selatan", "kota_adm", True),
        ("KOTA-JAKTIM", "Kota Administrasi Jakarta Timur", "kota_adm", False),
        ("KAB-KEPSERIBU", "Kabupaten Administrasi Kepulauan Seribu", "kota_adm", False),
        *[
            (
                f"KEC-{name.upper().replace(' ', '')}",
                f"Kecamatan {name}",
                "kecamatan",
                name in ("Menteng", "Tebet"),
            )
            for name in (
                "Gambir",
                "Menteng",
                "Tanah Abang",
                "Senen",
                "Kemayoran",
                "Penjaringan",
                "Tanjung Priok",
                "Koja",
                "Cilincing",
                "Kelapa Gading",
                "Cengkareng",
                "Grogol Petamburan",
                "Kebon Jeruk",
                "Kalideres",
                "Kebayoran Baru",
                "Tebet",
                "Pasar Minggu",
                "Jagakarsa",
                "Jatinegara",
                "Duren Sawit",
                "Cakung",
                "Kepulauan Seribu Utara",
            )
        ],
    ],
}

# The kota RSUD unit ("RSUD") is named per region.
RSUD_NAMES = {"SLT": "RSUD Kota Salatiga", "JMB": "RSUD H. Abdul Manap", "SWL": "RSUD Kota Sawahlunto"}

# ---------------------------------------------------------------- trainings
# Short trainings (< 20 JP): (jenis_diklat, title, category, competency_id or
# None, jp_min, jp_max, profiles it suits or None for everyone)
SHORT_TRAININGS = [
    (9, "Seminar Reformasi Birokrasi dan Budaya Kerja BerAKHLAK", "orientation", None, 2, 6, None),
    (9, "Seminar Nasional Pelayanan Publik", "orientation", None, 3, 8, None),
    (9, "Seminar Pencegahan Korupsi dan Gratifikasi", "orientation", None, 2, 6, None),
    (9, "Seminar Transformasi Digital Pemerintahan", "ict", None, 3, 8, None),
    (9, "Seminar Kesehatan Mental ASN", "soft_skills", None, 2, 4, None),
    (7, "Sosialisasi Nilai Dasar ASN BerAKHLAK", "orientation", None, 2, 4, None),
    (7, "Sosialisasi PermenPANRB 6/2022 tentang Pengelolaan Kinerja", "orientation", None, 3, 6, None),
    (7, "Sosialisasi Netralitas ASN", "orientation", None, 2, 4, None),
    (7, "Sosialisasi Aplikasi e-Kinerja", "ict", None, 2, 6, None),
    (7, "Sosialisasi Pemutakhiran Data Mandiri SIASN", "ict", None, 2, 4, None),
    (16, "E-Learning Literasi Digital ASN", "ict", "T-TIK", 6, 16, None),
    (16, "E-Learning Manajemen ASN", "orientation", None, 4, 12, None),
    (16, "E-Learning Pelayanan Prima", "technical", "T-YAN", 6, 16, None),
    (16, "E-Learning Komunikasi Efektif", "soft_skills", "M3", 4, 12, None),
    (16, "E-Learning Integritas dan Antikorupsi", "soft_skills", "M1", 4, 12, None),
    (
        16,
        "E-Learning Keamanan Informasi",
        "ict",
        "T-TIK",
        6,
        16,
        ("kominfo", "dukcapil", "dpmptsp", "kepegawaian"),
    ),
    (4, "Workshop Penyusunan Rencana Kerja Perangkat Daerah", "technical", "T-REN", 8, 16, None),
    (4, "Workshop Inovasi Pelayanan Publik", "technical", "T-YAN", 8, 16, None),
    (4, "Workshop Manajemen Risiko", "technical", "M4", 8, 16, ("inspektorat", "keuangan", "setda")),
    (4, "Workshop Penyusunan Laporan Kinerja Instansi Pemerintah", "technical", "M4", 8, 16, None),
    (8, "Bimtek Penyusunan SKP", "orientation", "M4", 6, 12, None),
    (8, "Bimtek Aplikasi SRIKANDI", "ict", "T-TIK", 6, 12, None),
    (
        8,
        "Bimtek Pengelolaan Keuangan Daerah melalui SIPD",
        "technical",
        "T-KEU",
        8,
        16,
        ("keuangan", "pendapatan", "inspektorat", "setda"),
    ),
    (
        8,
        "Bimtek Pengadaan Barang/Jasa Pemerintah",
        "technical",
        "T-PRO",
        8,
        16,
        ("pupr", "perhubungan", "damkar", "keuangan"),
    ),
    (
        8,
        "Bimtek Analisis Jabatan dan Analisis Beban Kerja",
        "technical",
        "T-REN",
        8,
        16,
        ("kepegawaian", "setda", "perencanaan"),
    ),
    (8, "Bimtek Pengelolaan Sampah Berbasis Masyarakat", "technical", "T-LH", 8, 16, ("lh",)),
    (8, "Bimtek Pelayanan Administrasi Kependudukan", "technical", "T-YAN", 8, 16, ("dukcapil", "kecamatan")),
    (8, "Bimtek Surveilans dan Pelaporan Kesehatan", "technical", "T-KES", 8, 16, ("kesehatan", "rsud")),
    (8, "Bimtek Perencanaan Pembelajaran", "technical", None, 8, 16, ("pendidikan",)),
]

# Substantive trainings (>= 20 JP): (key, jenis_diklat, title, category,
# competency_id, jp_min, jp_max)
SUBSTANTIVE_TRAININGS = [
    ("ict_layanan", 3, "Pelatihan Pengelolaan Aplikasi Layanan Publik", "ict", "T-TIK", 24, 40),
    ("ict_egov", 3, "Pelatihan Pengembangan e-Government dan Keamanan Siber", "ict", "T-TIK", 32, 48),
    ("ict_data", 11, "Kursus Analisis dan Visualisasi Data", "ict", "T-TIK", 24, 40),
    ("pm_infra", 3, "Pelatihan Manajemen Proyek Infrastruktur", "project_management", "T-PRO", 32, 48),
    ("ren", 3, "Pelatihan Perencanaan dan Penganggaran Pembangunan Daerah", "technical", "T-REN", 24, 40),
    ("keu", 3, "Pelatihan Pengelolaan Keuangan Daerah", "technical", "T-KEU", 24, 40),
    ("lh", 3, "Pelatihan Pengelolaan Sampah dan Pengendalian Pencemaran", "technical", "T-LH", 24, 40),
    ("kes", 3, "Pelatihan Pelayanan Kesehatan Primer", "technical", "T-KES", 24, 40),
    ("kes_gadar", 3, "Pelatihan Kegawatdaruratan Medis", "technical", "T-KES", 30, 48),
    ("yan", 3, "Pelatihan Pelayanan Prima", "technical", "T-YAN", 24, 32),
    ("guru", 3, "Pelatihan Implementasi Kurikulum Merdeka", "technical", None, 24, 40),
    ("lead", 5, "Pelatihan Kepemimpinan Tim dan Pengambilan Keputusan", "leadership", "M8", 24, 40),
    ("coach", 5, "Pelatihan Coaching dan Mentoring", "leadership", "M6", 20, 32),
    ("komunikasi", 5, "Pelatihan Komunikasi Publik dan Public Speaking", "soft_skills", "M3", 20, 32),
    ("english", 11, "Kursus Bahasa Inggris untuk ASN", "soft_skills", "M3", 32, 48),
    ("perubahan", 11, "Kursus Manajemen Perubahan", "soft_skills", "M7", 20, 32),
]

# Leadership training (Struktural) by the level a structural post holder has
LEADERSHIP_TRAININGS = {
    "Pengawas": ("Pelatihan Kepemimpinan Pengawas (PKP)", "M6", 160, 210),
    "Administrator": ("Pelatihan Kepemimpinan Administrator (PKA)", "M8", 220, 260),
    "JPT Pratama": ("Pelatihan Kepemimpinan Nasional Tingkat II (PKN II)", "M8", 300, 340),
    "JPT Madya": ("Pelatihan Kepemimpinan Nasional Tingkat I (PKN I)", "M8", 320, 360),
}

ANGKATAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")

# ---------------------------------------------------------------- placements
REASONS_EXECUTED = {
    "rotasi": (
        "Penyegaran organisasi",
        "Rotasi berkala untuk pengembangan karier",
        "Pemerataan beban kerja antarunit",
    ),
    "mutasi": (
        "Penataan jabatan sesuai kebutuhan organisasi",
        "Pemenuhan kebutuhan pegawai hasil analisis beban kerja",
        "Permohonan pindah atas permintaan sendiri",
    ),
    "promosi": (
        "Promosi hasil seleksi terbuka",
        "Kenaikan jenjang jabatan fungsional",
        "Promosi berdasarkan hasil uji kompetensi",
    ),
    "demosi": ("Penurunan jabatan akibat hukuman disiplin", "Penurunan jenjang atas permintaan sendiri"),
}
REASON_FIT_MOVE = "Penataan jabatan sesuai kompetensi dan latar pendidikan"
REASON_ENV_TEAM = "Pembentukan tim pengelolaan sampah: jabatan lingkungan diisi lulusan lingkungan"
REASONS_DECLINED = (
    "Menolak rotasi: alasan keluarga",
    "Keberatan lokasi penempatan",
    "Menolak mutasi: sedang menyelesaikan tugas belajar",
    "Keberatan atas jabatan yang ditawarkan",
    "Menolak rotasi: tidak sesuai minat",
)
REASONS_APPOINTMENT = {
    "PNS": "Pengangkatan CPNS hasil seleksi",
    "PPPK": "Pengangkatan PPPK hasil seleksi",
}
