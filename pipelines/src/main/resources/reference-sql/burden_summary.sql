-- burden_summary (indicators.md section 1): the district and each street per reporting year,
-- against the baseline year. Reads the burden_by_community mart.
with

-- The configured baseline year, else the earliest reporting year (decisions.md, indicators 4).
baseline as (
    select coalesce(settings.baseline_year, (select min(year) from int_reporting_years))
        as baseline_year
    from settings
),

-- Each area with its communities: the district has them all, a street its children.
area_communities as (
    select 'DISTRICT' as level, district.org_code, communities.org_code as community_code
    from org_units as district
    left join int_communities as communities on true
    where district.level = 'DISTRICT'
    union all
    select 'STREET', street.org_code, communities.org_code
    from org_units as street
    left join int_communities as communities on communities.street_code = street.org_code
    where street.level = 'STREET'
),

area_totals as (
    select
        reporting_years.year,
        area_communities.level,
        area_communities.org_code,
        count(area_communities.community_code) as communities,
        coalesce(sum(burden.work_items), 0) as work_items,
        coalesce(sum(burden.activities), 0) as activities,
        coalesce(sum(burden.signboards), 0) as signboards,
        coalesce(sum(burden.ledger_volumes), 0) as ledger_volumes
    from area_communities
    cross join int_reporting_years as reporting_years
    left join burden_by_community as burden
        on burden.org_code = area_communities.community_code
        and burden.year = reporting_years.year
    group by reporting_years.year, area_communities.level, area_communities.org_code
),

area_measures as (
    unpivot area_totals
    on work_items, activities, signboards, ledger_volumes
    into name measure value total
),

-- A baseline year without data has no row here: null baselines, null reductions.
area_measures_against_baseline as (
    select
        area_measures.*,
        baseline.baseline_year,
        measured_in_baseline_year.total as baseline_total
    from area_measures
    cross join baseline
    left join area_measures as measured_in_baseline_year
        on measured_in_baseline_year.level = area_measures.level
        and measured_in_baseline_year.org_code = area_measures.org_code
        and measured_in_baseline_year.measure = area_measures.measure
        and measured_in_baseline_year.year = baseline.baseline_year
),

-- reduction_pct = 100 * (baseline - total) / baseline, rounded half away from zero to 1 decimal
-- and computed exactly: in tenths of a percent it is 1000 * (baseline - total) / baseline,
-- rounded on integers as floor((2 * |n| + d) / (2 * d)) with the sign of n put back.
area_measures_reduced as (
    select
        cast(year as integer) as year,
        level,
        org_code,
        cast(baseline_year as integer) as baseline_year,
        cast(communities as bigint) as communities,
        measure,
        cast(total as bigint) as total,
        cast(total as double) / nullif(communities, 0) as per_community,
        cast(baseline_total as bigint) as baseline,
        cast(case when baseline_total > 0 then
            cast(
                sign(baseline_total - total)
                * ((2 * 1000 * abs(cast(baseline_total - total as hugeint)) + baseline_total)
                    // (2 * baseline_total))
                as decimal(18, 0)) * 0.1
        end as decimal(10, 1)) as reduction_pct
    from area_measures_against_baseline
),

-- Back to one row per area and year; the columns come out in contract order, each measure's
-- total, per_community, baseline and reduction_pct together.
area_summary as (
    pivot area_measures_reduced
    on measure in ('work_items', 'activities', 'signboards', 'ledger_volumes')
    using
        first(total) as total,
        first(per_community) as per_community,
        first(baseline) as baseline,
        first(reduction_pct) as reduction_pct
    group by year, level, org_code, baseline_year, communities
)

select * rename (
    work_items_total as work_items,
    activities_total as activities,
    signboards_total as signboards,
    ledger_volumes_total as ledger_volumes)
from area_summary
