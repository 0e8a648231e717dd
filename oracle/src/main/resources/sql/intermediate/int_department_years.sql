-- Every department in every reporting year: the rows of the per-department marts, which show
-- zeros where nothing was recorded (docs/indicators.md, Terms).
select
    reporting_years.year,
    departments.dept_code
from departments
cross join int_reporting_years as reporting_years
