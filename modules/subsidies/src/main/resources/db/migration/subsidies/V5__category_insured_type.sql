-- Which contribution standard a category's people pay is data of the category, as the waiting-period
-- exemption is (V4): needy college students (民政家庭经济困难大学生) pay the college-student standard,
-- everyone else the residents'. The policy sheet's "个人缴纳" for each category reads it; it was a
-- category code written in the code before. Editable on the categories screen.
alter table identity_category add column insured_type varchar(20) default 'RESIDENT' not null;
alter table identity_category_aud add column insured_type varchar(20);
update identity_category set insured_type = 'COLLEGE_STUDENT' where code = 'NEEDY_COLLEGE_STUDENT';
