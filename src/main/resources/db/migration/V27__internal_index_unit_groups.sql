-- The province's own index ranks, classifies and publishes each unit group on its own (issue 14 item 4; seeds 001
-- and 002): the groups of a year (one per assessed unit type: departments; districts before 2025; communes) with
-- their names and their own classification thresholds; each result carries its group and its rank within it; the
-- publication records the number and date of the Chairman's decision (Quyết định công bố).

create table ii_unit_group (
    year      int          not null references ii_year (year),
    unit_type varchar(20)  not null,
    position  int          not null,
    name      varchar(300) not null,
    primary key (year, unit_type)
);

create table ii_group_classification (
    year      int           not null,
    unit_type varchar(20)   not null,
    position  int           not null,
    code      varchar(20)   not null,
    name      varchar(100)  not null,
    min_index numeric(5, 2) not null,
    primary key (year, unit_type, position),
    constraint fk_ii_group_classification foreign key (year, unit_type) references ii_unit_group (year, unit_type)
);

-- years loaded before: every unit type with a criteria set is its own group, with the year's thresholds
insert into ii_unit_group (year, unit_type, position, name)
select s.year, s.unit_type,
       case s.unit_type when 'DEPARTMENT' then 1 when 'DISTRICT' then 2 else 3 end,
       case s.unit_type when 'DEPARTMENT' then 'Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh'
                        when 'DISTRICT' then 'Ủy ban nhân dân các huyện, thị xã, thành phố'
                        else 'Ủy ban nhân dân các xã, phường, thị trấn' end
from ii_criteria_set s join ii_year y on y.year = s.year;

insert into ii_group_classification (year, unit_type, position, code, name, min_index)
select c.year, g.unit_type, c.position, c.code, c.name, c.min_index
from ii_classification c join ii_unit_group g on g.year = c.year;

alter table ii_result add column unit_type varchar(20);
update ii_result set unit_type = (select s.unit_type from ii_period_unit pu join ii_criteria_set s
    on s.code = pu.criteria_set_code where pu.period_id = ii_result.period_id and pu.unit_code = ii_result.unit_code);

alter table ii_period add column decision_number varchar(100);
alter table ii_period add column decision_date date;
