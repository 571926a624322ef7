-- Reference data: versioned per year, loaded from data/*.yaml at start (see ReferenceDataLoader).
-- Portable SQL: runs on PostgreSQL (production, tests) and H2 (embedded demo).

create table org_unit (
    code        varchar(20)  primary key,
    name        varchar(300) not null,
    unit_type   varchar(20)  not null,
    valid_from  date         not null,
    valid_to    date,
    email       varchar(200),
    constraint ck_org_unit_type check (unit_type in ('DEPARTMENT', 'DISTRICT', 'COMMUNE')),
    constraint ck_org_unit_validity check (valid_to is null or valid_to >= valid_from)
);

create table org_unit_predecessor (
    unit_code        varchar(20) not null references org_unit (code),
    predecessor_code varchar(20) not null references org_unit (code),
    primary key (unit_code, predecessor_code)
);

create table criteria_set (
    code          varchar(40)   primary key,
    name          varchar(300)  not null,
    decision      varchar(300)  not null,
    sample        boolean       not null,
    sample_note   varchar(2000),
    total_points  numeric(7, 2) not null,
    survey_points numeric(7, 2) not null,
    content_hash  varchar(64)   not null
);

create table criterion (
    criteria_set_code varchar(40)   not null references criteria_set (code),
    code              varchar(20)   not null,
    parent_code       varchar(20),
    depth             int           not null,
    sort_order        int           not null,
    name              varchar(1000) not null,
    max_points        numeric(7, 2) not null,
    leaf              boolean       not null,
    scoring_method    varchar(20),
    self_scored       boolean,
    na_allowed        boolean,
    evidence          varchar(2000),
    guidance          varchar(2000),
    primary key (criteria_set_code, code)
);

create table assessment_year (
    year                   int          primary key,
    province               varchar(200) not null,
    criteria_set_code      varchar(40)  not null references criteria_set (code),
    plan_participant_types varchar(100) not null,
    plan_due               date         not null,
    self_assessment_opens  date         not null,
    unit_score_due         date         not null,
    report_to_chairman_due date         not null,
    chairman_approval_due  date         not null,
    ministry_deadline      date         not null,
    content_hash           varchar(64)  not null
);

create table responsibility (
    year              int         not null references assessment_year (year),
    item_code         varchar(20) not null,
    lead_unit_code    varchar(20) not null references org_unit (code),
    cooperating_units varchar(500) not null,
    primary key (year, item_code)
);
