-- Who skips the waiting period is data of each category (DOMAIN.md §5; Shetan 2023 §(三): "农村低收入人口、
-- 稳定脱贫人口等特殊群体，不设等待期"): the low-income categories when the household is rural, stable
-- post-poverty people always. Editable on the categories screen.
alter table identity_category add column waiting_period_exemption varchar(20) default 'NONE' not null;
alter table identity_category_aud add column waiting_period_exemption varchar(20);
update identity_category set waiting_period_exemption = 'RURAL_HOUSEHOLD' where category_group = 'LOW_INCOME';
update identity_category set waiting_period_exemption = 'ALWAYS' where code = 'STABLE_POST_POVERTY';

-- The fiscal subsidy per person of 2023 (DOMAIN.md §4): the notices say "以文件规定为准"; the national
-- minimum for 2023 is 640 yuan. The seeded city policy carried 0, so the after-cut-off rule (a payment
-- from 2023-07-01 bears the fiscal part) showed nothing. Payments recorded earlier keep their price.
update policy_version set fiscal_subsidy = 640 where region_code = '500000' and insurance_year = 2023 and fiscal_subsidy = 0;
