-- The stage after the submission (issue 14, item 5): the Ministry's appraisal (thẩm định), the units' explanations
-- of the items that lost points (giải trình), Sở Nội vụ's consolidated explanation report, the Chairman's approval,
-- its submission, and the published results. Portable SQL: runs on PostgreSQL and H2.

-- the year's expected dates after the submission (data/years/<year>.yaml, calendar; null: not given for the year)
alter table assessment_year add column appraisal_due date;
alter table assessment_year add column explanation_due date;
alter table assessment_year add column results_due date;

-- one row per cycle once its report went to the Ministry: the stage's due dates (from the year's data, the
-- explanation deadline as the Ministry's appraisal notice sets it) and what Sở Nội vụ recorded at each step
create table cycle_appraisal (
    cycle_id                 bigint        primary key references par_cycle (id),
    appraisal_due            timestamp with time zone not null,
    explanation_due          timestamp with time zone not null,
    results_due              timestamp with time zone not null,
    -- the Ministry's appraisal: its notice, when it came, the results entry (version) holding the appraised scores
    appraisal_result_id      bigint        references ministry_result (id),
    appraisal_notice_ref     varchar(300),
    appraisal_received_on    date,
    appraisal_recorded_by    varchar(64),
    appraisal_recorded_at    timestamp with time zone,
    -- Sở Nội vụ's consolidated explanation report (báo cáo giải trình) and its submission to the Ministry
    explanation_summary      varchar(4000),
    explanation_requests     varchar(4000),
    explanation_round        int           not null default 0,
    explanation_number       varchar(100),
    explanation_date         date,
    explanation_sent_by      varchar(64),
    explanation_sent_at      timestamp with time zone,
    explanation_on_time      boolean,
    -- the published results (the results entry after the explanation)
    published_result_id      bigint        references ministry_result (id),
    published_recorded_by    varchar(64),
    published_recorded_at    timestamp with time zone
);

-- a unit's explanation of one item that lost points in the appraisal: prefilled from the gap analysis (self score,
-- appraised score, the evidence given), then the unit's explanation and additional evidence
create table explanation_item (
    cycle_id             bigint        not null references par_cycle (id),
    unit_code            varchar(20)   not null references org_unit (code),
    criterion_code       varchar(20)   not null,
    self_score           numeric(7, 2),
    appraised_score      numeric(7, 2) not null,
    explanation          varchar(4000) not null,
    additional_evidence  varchar(1000),
    round                int           not null,
    submitted_by         varchar(64)   not null,
    submitted_at         timestamp with time zone not null,
    primary key (cycle_id, unit_code, criterion_code)
);
