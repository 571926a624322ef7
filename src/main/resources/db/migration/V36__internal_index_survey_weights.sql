-- The internal index's survey answer weights (percent of a question's points per answer option) are data of the
-- year (data/internal-index/year-<year>.yaml, surveyWeights), no longer constants of the code, and say where they
-- come from: an official source, or the province's assumption (no seed gives them). Portable SQL: PostgreSQL and H2.

-- true: the province's assumption, not an official figure; source: the document (or why it is assumed)
alter table ii_year add column survey_weights_assumption boolean;
alter table ii_year add column survey_weights_source varchar(500);

create table ii_survey_weight (
    year     int           not null references ii_year (year),
    position int           not null,
    code     varchar(10)   not null,
    weight   numeric(5, 2) not null,
    primary key (year, position)
);

-- a year stored before this migration and kept under its period carries the weights the code used until now
-- (A 100, B 60, C 20, D 0 %), marked as the province's assumption
update ii_year set survey_weights_assumption = true,
    survey_weights_source = 'không có văn bản của tỉnh hoặc Bộ Nội vụ quy định trọng số phương án trả lời phiếu điều tra xã hội học';
insert into ii_survey_weight (year, position, code, weight) select year, 1, 'A', 100 from ii_year;
insert into ii_survey_weight (year, position, code, weight) select year, 2, 'B', 60 from ii_year;
insert into ii_survey_weight (year, position, code, weight) select year, 3, 'C', 20 from ii_year;
insert into ii_survey_weight (year, position, code, weight) select year, 4, 'D', 0 from ii_year;
