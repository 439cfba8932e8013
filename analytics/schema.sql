-- ASN dashboard data model (DuckDB).
-- Raw tables hold what analysts maintain; reference tables hold regulation
-- codes (filled by analytics/reference.py). Views in views.sql clean and join.
-- Codes follow SIASN where SIASN has one (see docs/data-dictionary.md).

-- ---------------------------------------------------------------- reference

create table if not exists jabatan_levels (
    level                 varchar primary key,    -- JPT Madya, Administrator, Ahli Muda, ...
    jenis_jabatan         smallint not null check (jenis_jabatan in (1, 2, 4)),
    default_required_level smallint not null check (default_required_level between 1 and 5),
    retirement_age        smallint not null check (retirement_age in (58, 60, 65)),  -- BUP
    rank_order            smallint not null       -- 1 = highest
);

create table if not exists education_levels (
    education_level smallint primary key,         -- SIASN tingkat pendidikan id
    name            varchar not null              -- SD, SLTP, SLTA, D-I .. S-3
);

create table if not exists education_fields (
    field_id varchar primary key,                 -- perencanaan, kesehatan, ...
    name_id  varchar not null,
    name_en  varchar not null
);

create table if not exists golongan (
    golongan      varchar primary key,            -- III/a, IV/e, PPPK IX, ...
    employee_type varchar not null check (employee_type in ('PNS', 'PPPK')),
    siasn_id      smallint                        -- 11..45 for PNS
);

create table if not exists competencies (
    competency_id varchar primary key,            -- M1..M8, SK1, T-...
    kind          varchar not null check (kind in ('manajerial', 'sosial_kultural', 'teknis')),
    name_id       varchar not null,
    name_en       varchar not null
);

create table if not exists predikat_matrix (        -- PermenPANRB 6/2022
    hasil_kerja smallint not null check (hasil_kerja between 1 and 3),   -- 1 di atas, 2 sesuai, 3 di bawah
    perilaku    smallint not null check (perilaku between 1 and 3),
    predikat    smallint not null check (predikat between 1 and 5),      -- SIASN 1 Sangat Baik .. 5 Sangat Kurang
    primary key (hasil_kerja, perilaku)
);

create table if not exists predikat_labels (
    predikat smallint primary key check (predikat between 1 and 5),
    name_id  varchar not null,
    name_en  varchar not null
);

create table if not exists jenis_diklat (           -- SIASN jenisDiklat
    jenis_diklat smallint primary key,
    name         varchar not null
);

create table if not exists training_categories (
    category varchar primary key,                 -- leadership, ict, technical, ...
    name_id  varchar not null,
    name_en  varchar not null
);

create table if not exists jpm_bands (               -- Job Person Match bands
    scheme    varchar not null check (scheme in ('seleksi', 'pemetaan')),
    band      varchar not null,                   -- MS, MMS, KMS / Optimal, ...
    min_jpm   double not null,                    -- inclusive lower bound
    max_jpm   double,                             -- exclusive upper bound, null = open
    name_id   varchar not null,
    name_en   varchar not null,
    primary key (scheme, band)
);

-- Keywords that map a study programme (SIASN PENDIDIKAN NAMA, e.g. "S-1 Kesehatan
-- Masyarakat") to an education field; an analyst's own mapping (education_mapping)
-- goes first. Filled from analytics/reference.py (EDUCATION_KEYWORDS).
create table if not exists education_keywords (
    keyword  varchar primary key,                 -- matched as a whole word in the folded programme name
    field_id varchar not null references education_fields (field_id),
    priority smallint not null                    -- lower first: "pendidikan biologi" is pendidikan, not a science
);

create table if not exists settings (                -- named constants, e.g. jp_entitlement
    key   varchar primary key,
    value double not null,
    note  varchar
);

-- BUP set by the kind of post whatever its jenjang (guru: 60, UU 14/2005): a post whose
-- folded name is name_prefix or starts with it (analytics/reference.py BUP_BY_POST).
create table if not exists bup_by_post (
    family         varchar primary key,           -- guru
    name_prefix    varchar not null,              -- matched against fold_name(positions.name)
    retirement_age smallint not null check (retirement_age in (58, 60, 65)),
    basis          varchar not null               -- the regulation
);

-- PermenPANRB 6/2022: the organisation's rating limits its staff's predikat spread. The
-- caps are configurable conventions (L), not regulation values.
create table if not exists organisation_rating_labels (
    org_rating smallint primary key check (org_rating between 1 and 5),  -- 1 Istimewa .. 5 Sangat Kurang
    name_id    varchar not null,
    name_en    varchar not null
);

create table if not exists predikat_caps (
    org_rating smallint not null check (org_rating between 1 and 5),
    predikat   smallint not null check (predikat between 1 and 5),       -- this predikat or better
    max_share  double not null check (max_share between 0 and 1),        -- of the unit's staff rated
    primary key (org_rating, predikat)
);

-- The organisation rating of a unit in a year, where known (configurable; a unit-year
-- without a row is rated settings.org_rating_default). Kept by analysts, not by imports.
create table if not exists organisation_ratings (
    unit_id    varchar not null,              -- units.unit_id
    year       integer not null,
    org_rating smallint not null check (org_rating between 1 and 5),
    primary key (unit_id, year)
);

-- ---------------------------------------------------------------- organisation
-- A region (pemerintah daerah) is data: made by the demo builder, a regions file,
-- or from INSTANSI KERJA NAMA of a SIASN Data PNS export (data/importing).
create table if not exists regions (
    region_id   varchar primary key,              -- short stable id: the demo's SLT, an export's KOTA-BOGOR
    name        varchar not null,                 -- Kota Salatiga, Pemerintah Kota Bogor, ...
    province    varchar,                          -- null = not known (an export names only the instansi)
    sort_order  integer not null,                 -- display order and colour; set when the region is created
    import_id   integer                           -- import_log.import_id that wrote the row; null = demo build
);

create table if not exists units (                   -- OPD / perangkat daerah (SIASN unor)
    unit_id   varchar primary key,
    region_id varchar not null references regions (region_id),
    name      varchar not null,
    kind      varchar not null check (kind in ('sekretariat', 'dinas', 'badan', 'kecamatan', 'kelurahan', 'rsud',
                                               'puskesmas', 'sekolah', 'inspektorat', 'satpol', 'upt', 'lainnya')),
    auto_created boolean not null default false, -- made from a name in an export (Data PNS, riwayat jabatan)
    import_id integer                            -- import_log.import_id that wrote the row; null = demo build
);

create table if not exists positions (
    position_id    varchar primary key,
    unit_id        varchar not null references units (unit_id),
    name           varchar not null,
    jenis_jabatan  smallint not null check (jenis_jabatan in (1, 2, 4)),   -- 1 struktural, 2 fungsional tertentu, 4 pelaksana
    level          varchar references jabatan_levels (level),          -- jenjang; null = not known (an export's post name without one)
    eselon         smallint check (eselon in (11, 12, 21, 22, 31, 32, 41, 42)),
    required_field varchar references education_fields (field_id),      -- null = any field (not yet set on an auto-created post)
    staffing_need  integer check (staffing_need >= 0),                   -- from ABK; null = no ABK need yet
    auto_created   boolean not null default false, -- made from a name in an export: no ABK need or standard yet
    import_id integer,                           -- import_log.import_id that wrote the row; null = demo build
    check ((jenis_jabatan = 1) = (eselon is not null))
);

-- The analyst's assignments of study programmes to education fields (loadable:
-- the programmes the keywords cannot map are listed on the Kualitas Data page).
create table if not exists education_mapping (
    program   varchar primary key,                -- the programme as exported (PENDIDIKAN NAMA)
    field_id  varchar not null references education_fields (field_id),
    import_id integer                             -- import_log.import_id that wrote the row
);

-- ---------------------------------------------------------------- people
create table if not exists employees (
    nip             varchar primary key check (regexp_full_match(nip, '[0-9]{18}')),
    name            varchar not null,
    sex             varchar not null check (sex in ('L', 'P')),
    birth_date      date not null,
    employee_type   varchar not null check (employee_type in ('PNS', 'PPPK')),
    golongan        varchar not null references golongan (golongan),
    education_level smallint not null references education_levels (education_level),
    education_field varchar references education_fields (field_id),   -- null: see education_program
    education_program varchar,                    -- SIASN PENDIDIKAN NAMA (S-1 Kesehatan Masyarakat); mapped in v_employees
    position_id     varchar references positions (position_id),   -- null = no post (then unit_id says where)
    unit_id         varchar references units (unit_id),           -- only for an employee without a post
    position_start  date,                         -- TMT jabatan (null only without a post)
    service_start   date not null,                -- TMT CPNS / PPPK
    pns_id          varchar,                      -- SIASN PNS ID (riwayat exports name people by it)
    import_id integer,                           -- import_log.import_id that wrote the row; null = demo build
    check (birth_date < service_start),
    check (service_start <= position_start),
    check (position_id is not null or unit_id is not null)
);

create table if not exists competency_standards (     -- required level per post
    position_id    varchar not null references positions (position_id),
    competency_id  varchar not null references competencies (competency_id),
    required_level smallint not null check (required_level between 1 and 5),
    import_id integer,                           -- import_log.import_id that wrote the row; null = demo build
    primary key (position_id, competency_id)
);

-- Fact tables below have a natural key (noted under each) but no primary or
-- foreign key index: the importer (data/importing) checks uniqueness and
-- references before it writes, and tests check them on the demo. With ART
-- indexes a 5-million-row evaluations load took 10 s instead of 0.8 s and the
-- demo file was about three times larger (bench/README.md).
create table if not exists competency_assessments (   -- key (nip, competency_id, assessed_on)
    nip           varchar not null,               -- employees.nip
    competency_id varchar not null,               -- competencies.competency_id
    assessed_on   date not null,
    level         smallint not null check (level between 1 and 5),
    import_id integer                            -- import_log.import_id that wrote the row; null = demo build
);

create table if not exists potential_assessments (    -- potensi for the 9-box; key (nip, assessed_on)
    nip           varchar not null,               -- employees.nip
    assessed_on   date not null,
    potential_score double not null check (potential_score between 0 and 100),
    import_id integer                            -- import_log.import_id that wrote the row; null = demo build
);

create table if not exists performance_evaluations (  -- PermenPANRB 6/2022; key (nip, period_type, period_start)
    nip          varchar not null,                -- employees.nip
    period_type  varchar not null check (period_type in ('bulanan', 'triwulan', 'tahunan')),
    period_start date not null,
    period_end   date not null,
    position_id  varchar,                         -- positions.position_id of the post held; null = current post
    hasil_kerja  smallint check (hasil_kerja between 1 and 3),       -- null only for a PP 46/2011 score-only row
    perilaku     smallint check (perilaku between 1 and 3),
    predikat     smallint not null check (predikat between 1 and 5),
    predikat_basis varchar not null default 'rating' check (predikat_basis in ('rating', 'pp46_score')),
    kuadran      smallint check (kuadran between 1 and 5),           -- SIASN kuadranKinerjaNilai, as exported
    score        double check (score between 0 and 100),
    score_hasil_kerja double check (score_hasil_kerja between 0 and 100),  -- seed 001 indicators
    score_sikap       double check (score_sikap between 0 and 100),
    score_disiplin    double check (score_disiplin between 0 and 100),
    import_id integer,                           -- import_log.import_id that wrote the row; null = demo build
    check (period_end >= period_start),
    check ((hasil_kerja is null) = (perilaku is null)),
    check ((hasil_kerja is null) = (predikat_basis = 'pp46_score')),
    check (hasil_kerja is not null or score is not null),
    -- PermenPANRB 6/2022 matrix; a score-only row: the PP 46/2011 band of its score
    check (predikat = case
        when hasil_kerja is null then (case when score >= 91 then 1 when score >= 76 then 2
                                            when score >= 61 then 3 when score >= 51 then 4 else 5 end)
        when hasil_kerja = 1 and perilaku = 1 then 1
        when perilaku = 3 and hasil_kerja = 3 then 5
        when perilaku = 3 then 4
        when hasil_kerja = 3 then 3
        else 2 end)
);

create table if not exists trainings (                 -- key (nip, title, start_date)
    nip           varchar not null,               -- employees.nip
    title         varchar not null,
    jenis_diklat  smallint not null,              -- jenis_diklat.jenis_diklat
    category      varchar not null,               -- training_categories.category
    start_date    date not null,
    end_date      date not null,
    jp            double not null check (jp > 0),
    competency_id varchar,                        -- competencies.competency_id
    provider      varchar,                        -- institusi penyelenggara
    import_id integer,                           -- import_log.import_id that wrote the row; null = demo build
    check (end_date >= start_date)
);

create table if not exists placements (               -- key (nip, effective_date, to_position_id)
    nip              varchar not null,            -- employees.nip
    effective_date   date not null,
    from_position_id varchar,                     -- positions.position_id; null for pengangkatan
    to_position_id   varchar not null,            -- positions.position_id
    move_type        varchar not null check (move_type in ('mutasi', 'rotasi', 'promosi', 'demosi', 'pengangkatan')),
    status           varchar not null check (status in ('executed', 'declined')),
    reason           varchar,
    inferred         boolean not null default false,  -- made from a riwayat jabatan (consecutive posts); type inferred
    import_id integer,                           -- import_log.import_id that wrote the row; null = demo build
    check ((move_type = 'pengangkatan') = (from_position_id is null))
);

-- ---------------------------------------------------------------- public service outcomes
create table if not exists ikm_mutu (                 -- PermenPANRB 14/2017: mutu pelayanan by IKM
    mutu     varchar primary key,
    ikm_min  double not null,                      -- lowest IKM of the band, at two decimals
    label_id varchar not null,
    label_en varchar not null
);

create table if not exists skm_unsur (                -- the nine unsur of the Survei Kepuasan Masyarakat
    unsur    varchar primary key,
    label_id varchar not null,
    label_en varchar not null
);

create table if not exists feedback_channels (
    channel  varchar primary key,
    label_id varchar not null,
    label_en varchar not null
);

create table if not exists service_surveys (          -- SKM per unit and period; key (unit_id, period_start)
    unit_id      varchar not null,                 -- units.unit_id
    period_start date not null,
    period_end   date not null,
    respondents  integer check (respondents >= 0),
    u1 double check (u1 between 1 and 4),          -- unsur means (skm_unsur), each 1-4
    u2 double check (u2 between 1 and 4),
    u3 double check (u3 between 1 and 4),
    u4 double check (u4 between 1 and 4),
    u5 double check (u5 between 1 and 4),
    u6 double check (u6 between 1 and 4),
    u7 double check (u7 between 1 and 4),
    u8 double check (u8 between 1 and 4),
    u9 double check (u9 between 1 and 4),
    ikm          double not null check (ikm between 25 and 100),
    mutu         varchar not null check (mutu in ('A', 'B', 'C', 'D')),
    ikm_basis    varchar not null default 'unsur' check (ikm_basis in ('unsur', 'published')),
    import_id integer,                            -- import_log.import_id that wrote the row; null = demo build
    check (period_end >= period_start),
    check ((u1 is null) = (ikm_basis = 'published')),
    check (mutu = case when round(ikm + 1e-9, 2) >= 88.31 then 'A' when round(ikm + 1e-9, 2) >= 76.61 then 'B'
                       when round(ikm + 1e-9, 2) >= 65 then 'C' else 'D' end)
);

create table if not exists staff_surveys (            -- job satisfaction, aggregated; key (unit_id, period_start)
    unit_id      varchar not null,                 -- units.unit_id
    period_start date not null,
    period_end   date not null,
    respondents  integer not null check (respondents >= 0),
    satisfaction double not null check (satisfaction between 0 and 100),  -- the survey's index
    import_id integer,
    check (period_end >= period_start)
);

create table if not exists feedback (                 -- community feedback; key (unit_id, period_start, channel, topic)
    unit_id      varchar not null,                 -- units.unit_id
    period_start date not null,
    period_end   date not null,
    channel      varchar not null,                 -- feedback_channels.channel
    topic        varchar not null,
    received     integer not null check (received >= 0),
    resolved     integer not null check (resolved >= 0),
    mean_days_to_resolve double check (mean_days_to_resolve >= 0),
    import_id integer,
    check (resolved <= received),
    check (period_end >= period_start)
);

create table if not exists outcome_indicators (       -- a unit's outcome indicators; key (unit_id, indicator, period_start)
    unit_id         varchar not null,              -- units.unit_id
    indicator       varchar not null,              -- its name, e.g. Indeks Kebersihan Kota
    unit_of_measure varchar not null,
    direction       varchar not null check (direction in ('higher', 'lower')),  -- which way is better
    period_start    date not null,
    period_end      date not null,
    value           double not null,
    import_id integer,
    check (period_end >= period_start)
);

-- ---------------------------------------------------------------- metadata
create table if not exists dataset_info (            -- e.g. source = demo, seed, scale, built_at
    key   varchar primary key,
    value varchar not null
);

-- ---------------------------------------------------------------- imports
create table if not exists import_log (              -- one row per upload (data/importing)
    import_id    integer primary key,
    started_at   timestamp not null,
    finished_at  timestamp,
    username     varchar not null,                -- who loaded it (sign-in name or OS user for the CLI)
    file_name    varchar not null,
    sha256       varchar not null,                -- of the uploaded bytes
    table_name   varchar not null,                -- loadable table (employees, evaluations, ...)
    mode         varchar not null check (mode in ('append', 'replace')),
    status       varchar not null check (status in ('loaded', 'rejected', 'undone')),
    rows_in_file bigint not null default 0,
    inserted     bigint not null default 0,
    updated      bigint not null default 0,
    unchanged    bigint not null default 0,
    deleted      bigint not null default 0,       -- replace mode: rows not in the file
    rejected     bigint not null default 0,       -- rows with at least one problem
    undone_at    timestamp,
    undone_by    varchar,
    message      varchar,                         -- summary of the problems; never personal data
    kind         varchar                          -- what the file was taken for: data_pns, siasn_kursus, template, created
);

-- Codes an import read from words or other spellings (DIATAS EKSPEKTASI -> 1),
-- per import and column: what the Kualitas Data page lists for checking.
create table if not exists import_codes (
    import_id  integer not null,
    column_name varchar not null,                 -- the table column (hasil_kerja, jenis_diklat, ...)
    value      varchar not null,                  -- the spelling in the file (a code word, never a name)
    code       varchar not null,                  -- the stored code
    rows       bigint not null
);
