-- HTTP validators of the response a good snapshot was read from (ETag, Last-Modified as sent by the site).
-- They live on the snapshot, not on the account: they name the exact representation that snapshot's metrics came
-- from, so a 304 to them means "still what the latest good snapshot says". Failed attempts carry none.
alter table profile_snapshot add column etag varchar(512);
alter table profile_snapshot add column last_modified varchar(64);
