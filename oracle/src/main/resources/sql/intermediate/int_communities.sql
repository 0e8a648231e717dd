-- Communities (docs/indicators.md, Terms): org_units of level COMMUNITY; a street's
-- communities are its children.
select
    org_code,
    parent_code as street_code
from org_units
where level = 'COMMUNITY'
