-- burden_by_community (indicators.md section 1): per community and reporting year, zero-filled.
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
        where records.measure = 'work_items' and not records.admitted) as unadmitted_work_items,
    count(distinct records.record_id) filter (
        where records.measure = 'activities' and not records.admitted) as unadmitted_activities,
    count(*) filter (
        where records.measure = 'signboards' and not records.admitted) as unadmitted_signboards,
    cast(coalesce(sum(records.amount) filter (
        where records.measure = 'ledger_volumes' and not records.admitted), 0)
        as bigint) as unadmitted_ledger_volumes
from int_community_years as community_years
left join int_records_admitted as records
    on records.year = community_years.year
    and records.org_code = community_years.org_code
group by community_years.year, community_years.org_code, community_years.street_code
