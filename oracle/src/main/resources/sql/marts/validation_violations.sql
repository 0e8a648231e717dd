-- validation_violations (docs/indicators.md): the community-years of burden_by_community for which
-- a configured rule's check is false. A check reads the row's columns and the same community's
-- row of the previous calendar year as prev_* (null when that year is not a reporting year).
-- A null check is skipped.
with

community_years as (
    select
        this_year.*,
        previous_year.year as prev_year,
        previous_year.work_items as prev_work_items,
        previous_year.activities as prev_activities,
        previous_year.signboards as prev_signboards,
        previous_year.ledger_volumes as prev_ledger_volumes,
        previous_year.unadmitted_work_items as prev_unadmitted_work_items,
        previous_year.unadmitted_activities as prev_unadmitted_activities,
        previous_year.unadmitted_signboards as prev_unadmitted_signboards,
        previous_year.unadmitted_ledger_volumes as prev_unadmitted_ledger_volumes
    from burden_by_community as this_year
    left join burden_by_community as previous_year
        on previous_year.org_code = this_year.org_code
        and previous_year.year = this_year.year - 1
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
