-- Quarterly reports from the localities (issue 14 item 3): each unit asked for a quarter's report reports the
-- dossiers of its own levels (departments the province's; districts, until 30/06/2025, theirs and their communes';
-- communes and wards, from 01/07/2025, theirs), recorded with the unit when the quarter opens. Quarters opened before
-- asked every department for every level, which is what the default keeps for their rows. The new figures (backlog
-- per level, citizen feedback, the Government's tasks, public investment, national-portal integration) are rows of
-- quarterly_unit_figure and quarterly_total like the others.

alter table quarterly_unit add column levels varchar(60) default 'PROVINCE,DISTRICT,COMMUNE' not null;
