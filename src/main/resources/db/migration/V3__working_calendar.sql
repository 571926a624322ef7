-- Vietnam's working-day calendar, versioned per year in data/working-calendar/<year>.yaml (WorkingCalendarLoader).
-- Only the special days are stored: every other Monday to Friday is a working day. Portable to PostgreSQL and H2.

create table working_calendar_year (
    year         int           primary key,
    source_note  varchar(4000) not null,
    content_hash varchar(64)   not null,
    loaded_at    timestamp with time zone not null
);

create table working_calendar_day (
    calendar_date date          primary key,
    year          int           not null references working_calendar_year (year),
    kind          varchar(30)   not null,
    name          varchar(300)  not null,
    -- why the day is listed without an announcement behind it (e.g. next year's Tết); null when announced
    assumption    varchar(1000),
    constraint ck_working_calendar_day_kind check (kind in ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'MAKE_UP_WORKING_DAY'))
);
create index ix_working_calendar_day_year on working_calendar_day (year);
