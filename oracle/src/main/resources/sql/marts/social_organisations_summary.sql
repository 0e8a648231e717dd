-- social_organisations_summary (docs/indicators.md): per reporting year, the district and each
-- street. An organisation is based in an area when its org_code is one of the area's communities
-- or the street itself; the district's are all organisations. Active at the year-end Y-12-31:
-- registered_on <= Y-12-31 and (deregistered_on empty or > Y-12-31). Projects count for the area
-- they serve (their org_code, the same way); contributions for the area their organisation is based
-- in. Project and contribution figures are empty when the input has no rows of their table at all
-- (decisions.md); the mart has no rows when the input has no social_organisations.
with

-- The district and each street with how many communities they have and their residents.
areas as (
    select
        areas.level,
        areas.org_code as area_code,
        count(areas.community_code) as communities,
        coalesce(sum(communities.residents), 0) as residents
    from int_area_communities as areas
    left join org_units as communities
        on communities.org_code = areas.community_code
    group by areas.level, areas.org_code
),

-- Where an area's organisations are based and its projects serve: a street's communities and
-- the street itself; for the district, anywhere.
area_places as (
    select level, org_code as area_code, community_code as place
    from int_area_communities
    where level = 'STREET' and community_code is not null
    union all
    select 'STREET', org_code, org_code
    from org_units
    where level = 'STREET'
    union all
    select 'DISTRICT', district.org_code, anywhere.org_code
    from org_units as district
    cross join org_units as anywhere
    where district.level = 'DISTRICT'
),

organisation_years as (
    select
        years.year,
        places.level,
        places.area_code,
        organisations.category,
        coalesce(organisations.fostered, false) as fostered,
        year(organisations.registered_on) = years.year as registered_in_year,
        organisations.registered_on <= make_date(years.year, 12, 31)
            and (organisations.deregistered_on is null
                or organisations.deregistered_on > make_date(years.year, 12, 31)) as active
    from area_places as places
    join social_organisations as organisations
        on organisations.org_code = places.place
    cross join int_reporting_years as years
),

organisation_counts as (
    select
        year,
        level,
        area_code,
        count(*) filter (where active) as social_orgs,
        count(*) filter (where active and category = 'SERVICE') as social_orgs_service,
        count(*) filter (where active and category = 'CHARITY') as social_orgs_charity,
        count(*) filter (where active and category = 'PURCHASED_SERVICE')
            as social_orgs_purchased_service,
        count(*) filter (where active and category = 'SELF_GOVERNANCE')
            as social_orgs_self_governance,
        count(*) filter (where active and category = 'OTHER') as social_orgs_other,
        count(*) filter (where registered_in_year) as new_registrations,
        count(*) filter (where active and fostered) as fostered
    from organisation_years
    group by year, level, area_code
),

project_sums as (
    select
        projects.year,
        places.level,
        places.area_code,
        count(*) filter (where projects.kind = 'PURCHASED_SERVICE') as purchased_service_projects,
        count(*) filter (where projects.kind = 'VENTURE') as venture_projects,
        sum(projects.funding_yuan) as project_funding_yuan,
        sum(projects.beneficiaries) as beneficiaries
    from area_places as places
    join service_projects as projects
        on projects.org_code = places.place
    group by projects.year, places.level, places.area_code
),

contribution_sums as (
    select
        contributions.year,
        places.level,
        places.area_code,
        sum(contributions.matters) as association_matters,
        sum(contributions.funding_yuan) as association_funding_yuan
    from area_places as places
    join social_organisations as organisations
        on organisations.org_code = places.place
    join association_contributions as contributions
        on contributions.org_id = organisations.org_id
    group by contributions.year, places.level, places.area_code
),

summary as (
    select
        years.year,
        areas.level,
        areas.area_code,
        areas.communities,
        areas.residents,
        coalesce(counts.social_orgs, 0) as social_orgs,
        coalesce(counts.social_orgs_service, 0) as social_orgs_service,
        coalesce(counts.social_orgs_charity, 0) as social_orgs_charity,
        coalesce(counts.social_orgs_purchased_service, 0) as social_orgs_purchased_service,
        coalesce(counts.social_orgs_self_governance, 0) as social_orgs_self_governance,
        coalesce(counts.social_orgs_other, 0) as social_orgs_other,
        cast(10000 * coalesce(counts.social_orgs, 0) as double) / nullif(areas.residents, 0)
            as social_orgs_per_10k_residents,
        coalesce(counts.new_registrations, 0) as new_registrations,
        coalesce(counts.fostered, 0) as fostered,
        case when exists (select 1 from service_projects) then
            coalesce(projects.purchased_service_projects, 0) end as purchased_service_projects,
        case when exists (select 1 from service_projects) then
            coalesce(projects.venture_projects, 0) end as venture_projects,
        case when exists (select 1 from service_projects) then
            coalesce(projects.project_funding_yuan, 0) end as project_funding_yuan,
        case when exists (select 1 from service_projects) then
            coalesce(projects.beneficiaries, 0) end as beneficiaries,
        case when exists (select 1 from association_contributions) then
            coalesce(contributions.association_matters, 0) end as association_matters,
        case when exists (select 1 from association_contributions) then
            coalesce(contributions.association_funding_yuan, 0) end as association_funding_yuan
    from areas
    cross join int_reporting_years as years
    left join organisation_counts as counts
        on counts.year = years.year and counts.level = areas.level
        and counts.area_code = areas.area_code
    left join project_sums as projects
        on projects.year = years.year and projects.level = areas.level
        and projects.area_code = areas.area_code
    left join contribution_sums as contributions
        on contributions.year = years.year and contributions.level = areas.level
        and contributions.area_code = areas.area_code
    where exists (select 1 from social_organisations)
)

select
    cast(summary.year as integer) as year,
    summary.level,
    summary.area_code,
    cast(summary.communities as bigint) as communities,
    cast(summary.residents as bigint) as residents,
    cast(summary.social_orgs as bigint) as social_orgs,
    cast(summary.social_orgs_service as bigint) as social_orgs_service,
    cast(summary.social_orgs_charity as bigint) as social_orgs_charity,
    cast(summary.social_orgs_purchased_service as bigint) as social_orgs_purchased_service,
    cast(summary.social_orgs_self_governance as bigint) as social_orgs_self_governance,
    cast(summary.social_orgs_other as bigint) as social_orgs_other,
    summary.social_orgs_per_10k_residents,
    settings.target_per_10k_residents as target_per_10k,
    summary.social_orgs_per_10k_residents >= settings.target_per_10k_residents as meets_target,
    cast(summary.new_registrations as bigint) as new_registrations,
    case when summary.level = 'DISTRICT' then settings.new_registrations_goal end
        as new_registrations_goal,
    cast(summary.fostered as bigint) as fostered,
    cast(summary.purchased_service_projects as bigint) as purchased_service_projects,
    cast(summary.venture_projects as bigint) as venture_projects,
    cast(summary.project_funding_yuan as decimal(38, 2)) as project_funding_yuan,
    cast(summary.beneficiaries as bigint) as beneficiaries,
    cast(summary.association_matters as bigint) as association_matters,
    cast(summary.association_funding_yuan as decimal(38, 2)) as association_funding_yuan
from summary
cross join settings
