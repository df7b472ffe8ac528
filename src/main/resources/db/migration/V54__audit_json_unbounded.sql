-- An audit row keeps the whole before and after state, and a legitimate change can exceed 100,000 characters (a
-- creator with 50 accounts of long URLs does): the insert failed and the change with it. Without a length the column
-- is unbounded on PostgreSQL and at H2's maximum on H2. Widening keeps every stored value and so every row's hash.
alter table audit_entry alter column before_json set data type varchar;
alter table audit_entry alter column after_json set data type varchar;
