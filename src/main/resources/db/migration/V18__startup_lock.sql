-- One row that every node locks (select ... for update) in the transaction that loads the reference data files or
-- creates the groups and authorizations at start-up: nodes of a cluster started together on a fresh database load
-- one after the other (the second then finds everything in place) instead of inserting the same rows side by side.
create table startup_lock (
    id   integer primary key,
    note varchar(200) not null
);
insert into startup_lock (id, note) values (1, 'reference data and identity: loaded by one node at a time');
