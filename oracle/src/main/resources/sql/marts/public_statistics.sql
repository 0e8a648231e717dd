-- public_statistics (docs/indicators.md): the district's and streets' burden figures, their social
-- organisations (v2) and the district's applications as one observation per (year, area,
-- indicator), with SDMX-like attributes. Reads the burden_summary, access_funnel and
-- social_organisations_summary marts and the publication settings.
-- Suppression: PRIMARY below the threshold. SECONDARY, per year, as the rule reads: while the
-- withheld streets together have fewer communities than the threshold (and at least one is
-- withheld), withhold the published street with the fewest communities, then the smallest code.
-- The recursive query below takes one street per step, as the rule does.
-- A published value of an area-year that burden_summary calls PROVISIONAL is PROVISIONAL (v2);
-- suppression wins over it.
with recursive

areas as (
    select
        burden_summary.*,
        burden_summary.communities < publication.suppression_threshold as below_threshold
    from burden_summary, publication
),

-- The streets the rule may add, numbered in the order it adds them.
candidates as (
    select
        year, org_code, communities,
        row_number() over (partition by year order by communities, org_code) as turn
    from areas
    where level = 'STREET' and not below_threshold
),

-- One row per step and year: the streets withheld so far, their communities, the last turn taken.
withholding as (
    select
        year,
        count(*) filter (where below_threshold) as withheld_streets,
        coalesce(sum(communities) filter (where below_threshold), 0) as withheld_communities,
        0::bigint as turn
    from areas
    where level = 'STREET'
    group by year

    union all

    select
        withholding.year,
        withholding.withheld_streets + 1,
        withholding.withheld_communities + candidates.communities,
        candidates.turn
    from withholding
    join candidates
        on candidates.year = withholding.year and candidates.turn = withholding.turn + 1
    join publication
        on withholding.withheld_streets >= 1
        and withholding.withheld_communities < publication.suppression_threshold
),

last_turn as (
    select year, max(turn) as turn from withholding group by year
),

area_suppression as (
    select
        areas.*,
        case
            when areas.below_threshold then 'PRIMARY'
            when candidates.turn <= last_turn.turn then 'SECONDARY'
        end as suppression
    from areas
    left join candidates
        on candidates.year = areas.year and candidates.org_code = areas.org_code
        and areas.level = 'STREET'
    left join last_turn
        on last_turn.year = areas.year
),

-- burden_summary's figures, one row per area, year and column.
burden_figures as (
    unpivot burden_summary
    on columns(* exclude (year, level, org_code, baseline_year, status, headline_year))
    into name column_name value value
),

-- Each measure (table measures: the contract's list) of each area-year: its total, reporting
-- communities and reduction, the burden_summary columns named after it.
area_measures as (
    select
        areas.year,
        areas.level,
        areas.org_code,
        areas.baseline_year,
        areas.suppression,
        areas.status as burden_status,
        areas.communities,
        measures.measure,
        cast(max(figures.value) filter (where figures.column_name = measures.measure) as bigint)
            as total,
        cast(max(figures.value) filter (
            where figures.column_name = measures.measure || '_reporting') as bigint) as reporting,
        max(figures.value) filter (where figures.column_name = measures.measure || '_reduction_pct')
            as reduction_pct
    from area_suppression as areas
    cross join measures
    left join burden_figures as figures
        on figures.year = areas.year
        and figures.level = areas.level
        and figures.org_code = areas.org_code
    group by all
),

-- Per measure its total, its value per reporting community and its reduction, unit and decimals
-- as burden_summary declares them. Per community is rounded half up to its decimals in integer
-- arithmetic (values are >= 0); null when no community reported the measure, as in burden_summary.
measure_observations as (
    select year, level, org_code, baseline_year, suppression, burden_status, observation.*
    from area_measures
    join mart_columns as per_community_column
        on per_community_column.mart = 'burden_summary'
        and per_community_column.column_name = area_measures.measure || '_per_community',
        unnest([
            {indicator_code: measure, value: total::double},
            {indicator_code: measure || '_per_community',
             value: ((total * 2 * cast(10 ** per_community_column.decimals as bigint) + reporting)
                 // nullif(2 * reporting, 0)) / cast(10 ** per_community_column.decimals as bigint)},
            {indicator_code: measure || '_reduction_pct', value: reduction_pct}
        ]) as t(observation)
),

-- reporting_rate_pct is 100 * reported / (returns expected: one per measure and community), to
-- one decimal, rounded half up in integer arithmetic.
burden_observations as (
    select
        measure_observations.*,
        declared.unit,
        declared.decimals
    from measure_observations
    join mart_columns as declared
        on declared.mart = 'burden_summary'
        and declared.column_name = measure_observations.indicator_code
    union all
    select
        year, level, org_code, baseline_year, suppression, burden_status,
        'reporting_rate_pct',
        ((sum(reporting) * 2000 + count(*) * any_value(communities))
            // nullif(2 * count(*) * any_value(communities), 0)) / 10.0,
        '%',
        1
    from area_measures
    group by year, level, org_code, baseline_year, suppression, burden_status
),

district as (
    select year, org_code, baseline_year, suppression, status
    from area_suppression
    where level = 'DISTRICT'
),

application_observations as (
    select
        access_funnel.year, 'DISTRICT' as level, district.org_code, district.baseline_year,
        district.suppression, district.status as burden_status, observation.*
    from access_funnel
    join district on district.year = access_funnel.year,
        unnest([
            {indicator_code: 'applications_submitted', value: submitted::double, unit: '件',
             decimals: 0},
            {indicator_code: 'applications_approved', value: approved::double, unit: '件',
             decimals: 0}
        ]) as t(observation)
    where access_funnel.dept_code = 'ALL'
),

-- Social organisations (v2), for the areas and years of social_organisations_summary (none when
-- the input has no social organisations), with their area's suppression and status. Per 10,000
-- residents to one decimal, rounded half up in integer arithmetic: tenths are
-- 100000 * social_orgs / residents; null when residents is 0, as in the mart.
social_observations as (
    select
        area_suppression.year, area_suppression.level, area_suppression.org_code,
        area_suppression.baseline_year, area_suppression.suppression,
        area_suppression.status as burden_status, observation.*
    from social_organisations_summary as social
    join area_suppression
        on area_suppression.year = social.year
        and area_suppression.level = social.level
        and area_suppression.org_code = social.area_code,
        unnest([
            {indicator_code: 'social_orgs', value: social.social_orgs::double, unit: '个',
             decimals: 0},
            {indicator_code: 'social_orgs_per_10k_residents',
             value: ((social.social_orgs * 200000 + social.residents)
                 // nullif(2 * social.residents, 0)) / 10.0,
             unit: '个/万人', decimals: 1},
            {indicator_code: 'new_social_orgs', value: social.new_registrations::double,
             unit: '个', decimals: 0}
        ]) as t(observation)
),

observations as (
    select * from burden_observations
    union all
    select * from application_observations
    union all
    select * from social_observations
)

select
    observations.year,
    observations.org_code as area_code,
    observations.level as area_level,
    observations.indicator_code,
    case when suppression is null then observations.value end as value,
    observations.unit,
    0 as unit_mult,
    observations.decimals,
    observations.baseline_year,
    publication.as_of,
    case
        when suppression is not null then 'SUPPRESSED'
        when burden_status = 'PROVISIONAL' then 'PROVISIONAL'
        else 'PUBLISHED'
    end as status,
    suppression,
    case when suppression is null and observations.value is null then 'M' else 'A' end as obs_status,
    -- SDMX CONF_STATUS: F free, A primary (small counts), D secondary, set by the sender
    case suppression when 'PRIMARY' then 'A' when 'SECONDARY' then 'D' else 'F' end as conf_status
from observations, publication
