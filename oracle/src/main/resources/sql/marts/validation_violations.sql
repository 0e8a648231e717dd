-- validation_violations (docs/indicators.md): the community-years of burden_by_community for which
-- a configured rule's check is false. A check reads the row's columns and the same community's
-- row of the previous calendar year as prev_* (null when that year is not a reporting year).
-- A null check is skipped.
with

-- The community's row of the previous calendar year, every column of burden_by_community prefixed
-- prev_, so a column the contract adds there is a prev_ column here unlisted.
previous_year as (
    select columns('^(.*)$') as 'prev_\1'
    from burden_by_community
),

community_years as (
    select this_year.*, previous_year.*
    from burden_by_community as this_year
    left join previous_year
        on previous_year.prev_org_code = this_year.org_code
        and previous_year.prev_year = this_year.year - 1
),

-- One select per configured rule, each "union all select year, org_code, street_code, <code>,
-- (<check>) from community_years", put in by ValidationRuleSql once the check is validated.
checks as (
    select
        cast(null as integer) as year,
        cast(null as varchar) as org_code,
        cast(null as varchar) as street_code,
        cast(null as varchar) as rule_code,
        cast(null as boolean) as passed
    where false
    /* rule checks */
)

select year, org_code, street_code, rule_code
from checks
where not passed
