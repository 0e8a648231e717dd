-- Every record that weighs on a community in a reporting year, and whether it was admitted
-- (docs/indicators.md). One row per record and year; `measure`
-- names the burden_by_community column it counts towards, `amount` what it adds there.
with

approved_applications as (
    select application_id, decided_on, revoked_on
    from applications
    where status in ('APPROVED', 'REVOKED')
),

-- Signboards count in every reporting year at whose year-end they are up.
signboards_up_at_year_end as (
    select
        signboards.*,
        reporting_years.year,
        make_date(reporting_years.year, 12, 31) as year_end
    from signboards
    join int_reporting_years as reporting_years
        on signboards.installed_on <= make_date(reporting_years.year, 12, 31)
        and (signboards.removed_on is null
            or signboards.removed_on > make_date(reporting_years.year, 12, 31))
),

-- The reference date admission is judged at: held_on for activities, year-end for the others.
records as (
    select 'work_items' as measure, item_code as record_id, org_code, dept_code, year,
        1 as amount, make_date(year, 12, 31) as reference_date, application_id
    from work_items
    union all
    select 'ledger_volumes', ledger_id, org_code, dept_code, year,
        volumes, make_date(year, 12, 31), application_id
    from ledgers
    union all
    select 'activities', activity_id, org_code, dept_code, cast(year(held_on) as integer),
        1, held_on, application_id
    from activities
    union all
    select 'signboards', signboard_id, org_code, dept_code, year,
        1, year_end, application_id
    from signboards_up_at_year_end
)

select
    records.measure,
    records.record_id,
    records.org_code,
    records.dept_code,
    records.year,
    records.amount,
    approved_applications.application_id is not null as admitted
from records
left join approved_applications
    on approved_applications.application_id = records.application_id
    and approved_applications.decided_on <= records.reference_date
    and (approved_applications.revoked_on is null
        or approved_applications.revoked_on > records.reference_date)
