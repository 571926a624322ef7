-- Every notice names the year and the work it belongs to: the PAR cycle, a quarter's reform report, the province's
-- own index of its units. Only cycle notices carry a cycle id, so the log of a year is read by work_year.
alter table notification add column work_year int;
alter table notification add column work_tag varchar(200);

update notification
   set work_year = (select c.year from par_cycle c where c.id = notification.cycle_id),
       work_tag = (select 'Chỉ số CCHC ' || cast(c.year as varchar(4)) from par_cycle c where c.id = notification.cycle_id)
 where cycle_id is not null;

create index ix_notification_work_year on notification (work_year, unit_code);
