-- public_statistics (indicators.md section 4): the district's and streets' burden figures and the
-- district's applications as one observation per (year, area, indicator), with SDMX-like
-- attributes. Reads the burden_summary and access_funnel marts and the publication settings.
-- Suppression: primary (conf_status A) below the threshold; secondary (D) for the smallest
-- published street of a year with exactly one primary-suppressed street (decisions.md).
-- A published value of an area-year that burden_summary calls PROVISIONAL is PROVISIONAL (v2);
-- suppression wins over it.
with

areas as (
    select
        burden_summary.*,
        burden_summary.communities < publication.suppression_threshold as below_threshold
    from burden_summary, publication
),

street_suppression as (
    select year, count(*) filter (where below_threshold) as suppressed_streets
    from areas
    where level = 'STREET'
    group by year
),

smallest_published_street as (
    select year, first(org_code order by communities, org_code) as org_code
    from areas
    where level = 'STREET' and not below_threshold
    group by year
),

area_confidentiality as (
    select
        areas.*,
        case
            when areas.below_threshold then 'A'
            when street_suppression.suppressed_streets = 1
                and smallest_published_street.org_code = areas.org_code then 'D'
            else 'F'
        end as conf_status
    from areas
    left join street_suppression
        on areas.level = 'STREET' and street_suppression.year = areas.year
    left join smallest_published_street
        on areas.level = 'STREET' and smallest_published_street.year = areas.year
),

-- M per reporting community to one decimal, rounded half up in integer arithmetic (values are
-- >= 0); null when no community reported M, as in burden_summary. reporting_rate_pct is
-- 100 * reported / (4 * communities) to one decimal the same way.
burden_observations as (
    select year, level, org_code, baseline_year, conf_status, status as burden_status,
        observation.*
    from area_confidentiality,
        unnest([
            {indicator_code: 'work_items', value: work_items::double, unit: '项', decimals: 0},
            {indicator_code: 'work_items_per_community',
             value: ((work_items * 20 + work_items_reporting) // nullif(2 * work_items_reporting, 0))
                / 10.0,
             unit: '项/社区', decimals: 1},
            {indicator_code: 'work_items_reduction_pct', value: work_items_reduction_pct::double,
             unit: '%', decimals: 1},
            {indicator_code: 'activities', value: activities::double, unit: '次', decimals: 0},
            {indicator_code: 'activities_per_community',
             value: ((activities * 20 + activities_reporting) // nullif(2 * activities_reporting, 0))
                / 10.0,
             unit: '次/社区', decimals: 1},
            {indicator_code: 'activities_reduction_pct', value: activities_reduction_pct::double,
             unit: '%', decimals: 1},
            {indicator_code: 'signboards', value: signboards::double, unit: '块', decimals: 0},
            {indicator_code: 'signboards_per_community',
             value: ((signboards * 20 + signboards_reporting) // nullif(2 * signboards_reporting, 0))
                / 10.0,
             unit: '块/社区', decimals: 1},
            {indicator_code: 'signboards_reduction_pct', value: signboards_reduction_pct::double,
             unit: '%', decimals: 1},
            {indicator_code: 'ledger_volumes', value: ledger_volumes::double, unit: '本',
             decimals: 0},
            {indicator_code: 'ledger_volumes_per_community',
             value: ((ledger_volumes * 20 + ledger_volumes_reporting) // nullif(2 * ledger_volumes_reporting, 0))
                / 10.0,
             unit: '本/社区', decimals: 1},
            {indicator_code: 'ledger_volumes_reduction_pct',
             value: ledger_volumes_reduction_pct::double, unit: '%', decimals: 1},
            {indicator_code: 'reporting_rate_pct',
             value: (((work_items_reporting + activities_reporting + signboards_reporting
                 + ledger_volumes_reporting) * 2000 + 4 * communities)
                 // nullif(8 * communities, 0)) / 10.0,
             unit: '%', decimals: 1}
        ]) as t(observation)
),

district as (
    select year, org_code, baseline_year, conf_status, status
    from area_confidentiality
    where level = 'DISTRICT'
),

application_observations as (
    select
        access_funnel.year, 'DISTRICT' as level, district.org_code, district.baseline_year,
        district.conf_status, district.status as burden_status, observation.*
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

observations as (
    select * from burden_observations
    union all
    select * from application_observations
)

select
    observations.year,
    observations.org_code as area_code,
    observations.level as area_level,
    observations.indicator_code,
    case when conf_status = 'F' then observations.value end as value,
    observations.unit,
    0 as unit_mult,
    observations.decimals,
    observations.baseline_year,
    publication.as_of,
    case
        when conf_status <> 'F' then 'SUPPRESSED'
        when burden_status = 'PROVISIONAL' then 'PROVISIONAL'
        else 'PUBLISHED'
    end as status,
    case when conf_status = 'F' and observations.value is null then 'M' else 'A' end as obs_status,
    conf_status
from observations, publication
