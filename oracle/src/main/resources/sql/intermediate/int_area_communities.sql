-- The areas of the district's figures with their communities (docs/indicators.md, Terms):
-- the district has them all, a street its children; a street without communities keeps one row
-- with no community.
select 'DISTRICT' as level, district.org_code, communities.org_code as community_code
from org_units as district
left join int_communities as communities on true
where district.level = 'DISTRICT'
union all
select 'STREET', street.org_code, communities.org_code
from org_units as street
left join int_communities as communities on communities.street_code = street.org_code
where street.level = 'STREET'
