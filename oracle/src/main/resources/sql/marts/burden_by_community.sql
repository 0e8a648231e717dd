-- burden_by_community (docs/indicators.md): per community and reporting
-- year. A measure the community reported is counted (0 when nothing was recorded); a measure whose
-- dataset it did not report is null, and so is its unadmitted count.
with

counted as (
    select
        community_years.year,
        community_years.org_code,
        community_years.street_code,
        count(distinct records.record_id) filter (where records.measure = 'work_items')
            as work_items,
        count(distinct records.record_id) filter (where records.measure = 'activities')
            as activities,
        count(*) filter (where records.measure = 'signboards') as signboards,
        cast(coalesce(sum(records.amount) filter (where records.measure = 'ledger_volumes'), 0)
            as bigint) as ledger_volumes,
        count(distinct records.record_id) filter (
            where records.measure = 'work_items' and not records.admitted)
            as unadmitted_work_items,
        count(distinct records.record_id) filter (
            where records.measure = 'activities' and not records.admitted)
            as unadmitted_activities,
        count(*) filter (
            where records.measure = 'signboards' and not records.admitted)
            as unadmitted_signboards,
        cast(coalesce(sum(records.amount) filter (
            where records.measure = 'ledger_volumes' and not records.admitted), 0)
            as bigint) as unadmitted_ledger_volumes
    from int_community_years as community_years
    left join int_records_admitted as records
        on records.year = community_years.year
        and records.org_code = community_years.org_code
    group by community_years.year, community_years.org_code, community_years.street_code
),

reported as (
    select
        year,
        org_code,
        bool_or(reported) filter (where dataset = 'WORK_ITEMS') as work_items,
        bool_or(reported) filter (where dataset = 'ACTIVITIES') as activities,
        bool_or(reported) filter (where dataset = 'SIGNBOARDS') as signboards,
        bool_or(reported) filter (where dataset = 'LEDGERS') as ledger_volumes
    from int_reported
    group by year, org_code
)

select
    counted.year,
    counted.org_code,
    counted.street_code,
    case when reported.work_items then counted.work_items end as work_items,
    case when reported.activities then counted.activities end as activities,
    case when reported.signboards then counted.signboards end as signboards,
    case when reported.ledger_volumes then counted.ledger_volumes end as ledger_volumes,
    case when reported.work_items then counted.unadmitted_work_items end
        as unadmitted_work_items,
    case when reported.activities then counted.unadmitted_activities end
        as unadmitted_activities,
    case when reported.signboards then counted.unadmitted_signboards end
        as unadmitted_signboards,
    case when reported.ledger_volumes then counted.unadmitted_ledger_volumes end
        as unadmitted_ledger_volumes
from counted
join reported using (year, org_code)
