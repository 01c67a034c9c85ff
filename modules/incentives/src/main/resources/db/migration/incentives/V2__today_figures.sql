-- Today's figures of each village for an insurance year: a read model of enrollment's ProgressFacade
-- kept by incentives, so that progress pages, dashboards and bulletins of the current day do not
-- aggregate a district's people on every request. A row holds the figures as of one day, for one
-- choice of sub-target categories; an EnrollmentChanged naming the village clears them and counts
-- the change, and figures computed before that change are not written back (see TodayFigures).

create table today_figures (
  insurance_year              integer not null,
  village_id                  bigint not null,
  changes                     bigint not null default 0,
  as_of                       date,
  categories                  varchar(1000),
  registered                  bigint,
  resident                    bigint,
  employee                    bigint,
  outside_district            bigint,
  low_income                  bigint,
  low_income_insured          bigint,
  poverty_alleviated          bigint,
  poverty_alleviated_insured  bigint,
  primary key (insurance_year, village_id)
);

create index today_figures_village on today_figures (village_id);
