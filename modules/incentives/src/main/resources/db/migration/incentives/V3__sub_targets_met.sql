-- Whether each sub-target (低收入人口、脱贫人口参保率, e.g. Songgai 2023's 100%) is met, frozen with each
-- bulletin line and each village's year-end result (null: no such people, or no settings).
alter table bulletin_line add column low_income_met boolean;
alter table bulletin_line add column poverty_met boolean;
alter table evaluation_result add column low_income_rate numeric(7, 2);
alter table evaluation_result add column low_income_met boolean;
alter table evaluation_result add column poverty_rate numeric(7, 2);
alter table evaluation_result add column poverty_met boolean;
