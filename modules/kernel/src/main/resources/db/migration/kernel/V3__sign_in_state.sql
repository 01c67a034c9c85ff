-- Sign-in records apart from the versioned, audited user row: concurrent sign-ins of one account
-- (browsers and API clients) must neither fail on the user's version nor lose a failure count.
create table sign_in_state (
  user_id        bigint primary key references app_user(id),
  failed_logins  integer not null default 0,
  locked_until   timestamp with time zone,
  last_login_at  timestamp with time zone
);

insert into sign_in_state (user_id, failed_logins, locked_until, last_login_at)
  select id, failed_logins, locked_until, last_login_at from app_user;

alter table app_user drop column failed_logins;
alter table app_user drop column locked_until;
alter table app_user drop column last_login_at;
