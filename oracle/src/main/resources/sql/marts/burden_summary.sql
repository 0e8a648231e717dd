-- burden_summary (docs/indicators.md): the district and each street per
-- reporting year, against the baseline year. Reads the burden_by_community mart, where a measure a
-- community did not report is null.
with

-- The configured baseline year, else the earliest reporting year (decisions.md, indicators 4).
baseline as (
    select coalesce(settings.baseline_year, (select min(year) from int_reporting_years))
        as baseline_year
    from settings
),

community_measures as (
    select year, org_code, 'work_items' as measure, work_items as value
    from burden_by_community
    union all
    select year, org_code, 'activities', activities from burden_by_community
    union all
    select year, org_code, 'signboards', signboards from burden_by_community
    union all
    select year, org_code, 'ledger_volumes', ledger_volumes from burden_by_community
),

-- Each area's communities with each measure this year and in the baseline year (null: not
-- reported, or no such year).
area_community_measures as (
    select
        reporting_years.year,
        areas.level,
        areas.org_code,
        areas.community_code,
        measures.measure,
        this_year.value,
        in_baseline_year.value as baseline_value
    from int_area_communities as areas
    cross join int_reporting_years as reporting_years
    cross join (values ('work_items'), ('activities'), ('signboards'), ('ledger_volumes'))
        as measures(measure)
    cross join baseline
    left join community_measures as this_year
        on this_year.org_code = areas.community_code
        and this_year.year = reporting_years.year
        and this_year.measure = measures.measure
    left join community_measures as in_baseline_year
        on in_baseline_year.org_code = areas.community_code
        and in_baseline_year.year = baseline.baseline_year
        and in_baseline_year.measure = measures.measure
),

-- M_reporting, M, and like for like: the comparable communities (M known in both years) with
-- their sums Bc (baseline year) and Vc (this year).
area_measures as (
    select
        year,
        level,
        org_code,
        measure,
        count(community_code) as communities,
        count(value) as reporting,
        sum(value) as total,
        count(*) filter (where value is not null and baseline_value is not null) as comparable,
        sum(baseline_value) filter (where value is not null) as comparable_baseline,
        sum(value) filter (where baseline_value is not null) as comparable_total
    from area_community_measures
    group by year, level, org_code, measure
),

-- reduction_pct = 100 * (Bc - Vc) / Bc, rounded half away from zero to 1 decimal and computed
-- exactly: in tenths of a percent it is 1000 * (Bc - Vc) / Bc, rounded on integers as
-- floor((2 * |n| + d) / (2 * d)) with the sign of n put back. Null when Bc is 0 or absent.
area_measures_reduced as (
    select
        cast(area_measures.year as integer) as year,
        area_measures.level,
        area_measures.org_code,
        cast(baseline.baseline_year as integer) as baseline_year,
        cast(area_measures.communities as bigint) as communities,
        area_measures.measure,
        cast(area_measures.reporting as bigint) as reporting,
        cast(area_measures.total as bigint) as total,
        cast(area_measures.total as double) / nullif(area_measures.reporting, 0) as per_community,
        cast(in_baseline_year.total as bigint) as baseline,
        cast(area_measures.comparable as bigint) as comparable,
        cast(case when area_measures.comparable_baseline > 0 then
            cast(
                sign(area_measures.comparable_baseline - area_measures.comparable_total)
                * ((2 * 1000 * abs(cast(area_measures.comparable_baseline
                        - area_measures.comparable_total as hugeint))
                    + area_measures.comparable_baseline)
                    // (2 * area_measures.comparable_baseline))
                as decimal(18, 0)) * 0.1
        end as decimal(10, 1)) as reduction_pct
    from area_measures
    cross join baseline
    left join area_measures as in_baseline_year
        on in_baseline_year.level = area_measures.level
        and in_baseline_year.org_code = area_measures.org_code
        and in_baseline_year.measure = area_measures.measure
        and in_baseline_year.year = baseline.baseline_year
),

-- Back to one row per area and year; the columns come out in contract order, each measure's
-- columns together.
area_summary as (
    pivot area_measures_reduced
    on measure in ('work_items', 'activities', 'signboards', 'ledger_volumes')
    using
        first(reporting) as reporting,
        first(total) as total,
        first(per_community) as per_community,
        first(baseline) as baseline,
        first(comparable) as comparable,
        first(reduction_pct) as reduction_pct
    group by year, level, org_code, baseline_year, communities
),

-- The share of the four returns of the area's communities that were reported; FINAL from the
-- completeness threshold up, else PROVISIONAL (also without communities: nothing is known).
area_status as (
    select
        area_summary.year,
        area_summary.level,
        area_summary.org_code,
        cast(work_items_reporting + activities_reporting + signboards_reporting
            + ledger_volumes_reporting as double) / nullif(4 * communities, 0) as reporting_rate
    from area_summary
),

-- The latest year whose district row is FINAL (null when none is).
headline as (
    select max(area_status.year) as headline_year
    from area_status, settings
    where area_status.level = 'DISTRICT'
        and area_status.reporting_rate >= settings.completeness_threshold
)

select
    area_summary.* rename (
        work_items_total as work_items,
        activities_total as activities,
        signboards_total as signboards,
        ledger_volumes_total as ledger_volumes),
    area_status.reporting_rate,
    case when area_status.reporting_rate >= settings.completeness_threshold then 'FINAL'
        else 'PROVISIONAL' end as status,
    headline.headline_year
from area_summary
join area_status using (year, level, org_code)
cross join settings
cross join headline
