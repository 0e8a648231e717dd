-- Reporting years (indicators.md, shared definitions): every year that occurs in work_items,
-- ledgers or activities (year of held_on).
with

record_years as (
    select year from work_items
    union all
    select year from ledgers
    union all
    select year(held_on) from activities
)

select distinct cast(year as integer) as year
from record_years
