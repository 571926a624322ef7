-- The start-up row lock of V18 is superseded by the advisory lock a node holds for its whole start-up
-- (vn.parindex.platform.engine.ClusterStartupLock), which also covers Camunda's own schema and admin user.
drop table startup_lock;
