-- Every community in every reporting year: the rows of the per-community marts, which show zeros
-- where nothing was recorded (docs/indicators.md, Terms).
select
    reporting_years.year,
    communities.org_code,
    communities.street_code
from int_communities as communities
cross join int_reporting_years as reporting_years
