-- reporting_rates (docs/indicators.md): per reporting year, area and dataset, DHIS2-style.
-- Areas: the district, each street, and each community as its own area. expected: the area's
-- communities (times 4 for ALL); received: those expected returns that were reported; on_time
-- and late: received on or before, or after, due_on; nil_returns: returns saying nothing to report.
with

areas as (
    select level, org_code as area_code, community_code
    from int_area_communities
    union all
    select 'COMMUNITY', org_code, org_code
    from int_communities
),

by_dataset as (
    select
        reporting_years.year,
        areas.level,
        areas.area_code,
        datasets.dataset,
        count(areas.community_code) as expected,
        count(*) filter (where reported.reported) as received,
        count(*) filter (where reported.on_time) as on_time,
        count(*) filter (where reported.late) as late,
        count(*) filter (where reported.nil_return) as nil_returns
    from areas
    cross join int_reporting_years as reporting_years
    cross join (values ('WORK_ITEMS'), ('LEDGERS'), ('SIGNBOARDS'), ('ACTIVITIES'))
        as datasets(dataset)
    left join int_reported as reported
        on reported.org_code = areas.community_code
        and reported.year = reporting_years.year
        and reported.dataset = datasets.dataset
    group by reporting_years.year, areas.level, areas.area_code, datasets.dataset
),

every_dataset as (
    select * from by_dataset
    union all
    select
        year,
        level,
        area_code,
        'ALL',
        cast(sum(expected) as bigint),
        cast(sum(received) as bigint),
        cast(sum(on_time) as bigint),
        cast(sum(late) as bigint),
        cast(sum(nil_returns) as bigint)
    from by_dataset
    group by year, level, area_code
)

select
    cast(year as integer) as year,
    level,
    area_code,
    dataset,
    expected,
    received,
    on_time,
    late,
    nil_returns,
    cast(received as double) / nullif(expected, 0) as reporting_rate,
    cast(on_time as double) / nullif(expected, 0) as on_time_rate
from every_dataset
