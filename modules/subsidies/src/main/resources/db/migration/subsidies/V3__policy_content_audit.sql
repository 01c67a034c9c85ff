-- The audit trail of a policy version records its full content (standards and rules, one per line)
-- with every save, instead of auditing the two element collections row by row.
alter table policy_version add column content varchar(20000);
alter table policy_version_aud add column content varchar(20000);
