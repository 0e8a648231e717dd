-- Reporting years (docs/indicators.md, Terms): the years that occur in
-- returns, when it has rows; otherwise (an input without returns) the v1 rule, every year that
-- occurs in work_items, ledgers or activities (year of held_on).
with

record_years as (
    select year from work_items
    union all
    select year from ledgers
    union all
    select year(held_on) from activities
)

select distinct cast(year as integer) as year
from returns
union
select distinct cast(year as integer)
from record_years
where not exists (select 1 from returns)
