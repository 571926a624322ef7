-- Central agencies on the province's territory (cơ quan Trung ương đóng trên địa bàn tỉnh) as a kind of unit: seed 003
-- (Hà Tĩnh 2023) asks Cục Thuế tỉnh for an official and its leaders' e-survey. Portable SQL: PostgreSQL and H2.
alter table org_unit drop constraint ck_org_unit_type;
alter table org_unit add constraint ck_org_unit_type
    check (unit_type in ('DEPARTMENT', 'DISTRICT', 'COMMUNE', 'CENTRAL_AGENCY'));
