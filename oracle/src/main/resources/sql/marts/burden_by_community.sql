-- burden_by_community (docs/indicators.md): per community and reporting
-- year. A measure the community reported is counted (0 when nothing was recorded); a measure whose
-- dataset it did not report is null, and so is its unadmitted count.
with

-- Each measure's count per community and year, as its definition reads, and the same count over
-- the unadmitted records.
counted as (
    select year, org_code, measure, count(distinct record_id) as value,
        count(distinct record_id) filter (where not admitted) as unadmitted
    from int_records_admitted
    where measure in ('work_items', 'activities')
    group by year, org_code, measure
    union all
    select year, org_code, measure, count(*), count(*) filter (where not admitted)
    from int_records_admitted
    where measure = 'signboards'
    group by year, org_code, measure
    union all
    select year, org_code, measure, sum(amount), sum(amount) filter (where not admitted)
    from int_records_admitted
    where measure = 'ledger_volumes'
    group by year, org_code, measure
),

-- Whether the community reported each measure's dataset (table measures: the contract's list).
reported as (
    select int_reported.year, int_reported.org_code, measures.measure,
        bool_or(int_reported.reported) as reported
    from int_reported
    join measures using (dataset)
    group by int_reported.year, int_reported.org_code, measures.measure
),

-- One row per community, year and measure: 0 where nothing was recorded, null where not reported.
community_measures as (
    select
        community_years.year,
        community_years.org_code,
        community_years.street_code,
        cast(measures.measure as measure) as measure,
        case when reported.reported then cast(coalesce(counted.value, 0) as bigint) end as value,
        case when reported.reported then cast(coalesce(counted.unadmitted, 0) as bigint) end
            as unadmitted
    from int_community_years as community_years
    cross join measures
    join reported
        on reported.year = community_years.year
        and reported.org_code = community_years.org_code
        and reported.measure = measures.measure
    left join counted
        on counted.year = community_years.year
        and counted.org_code = community_years.org_code
        and counted.measure = measures.measure
),

-- One column per measure (named as the measure), then one per measure's unadmitted count.
measure_columns as (
    pivot community_measures
    on measure in measure
    using first(value)
    group by year, org_code, street_code
),

unadmitted_columns as (
    pivot community_measures
    on measure in measure
    using first(unadmitted) as unadmitted
    group by year, org_code, street_code
)

select
    measure_columns.*,
    columns('^(.+)_unadmitted$') as 'unadmitted_\1'
from measure_columns
join unadmitted_columns using (year, org_code, street_code)
