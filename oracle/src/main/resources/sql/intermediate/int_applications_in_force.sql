-- Applications in force during each reporting year Y (docs/indicators.md, Terms):
-- status APPROVED or REVOKED, decided_on <= Y-12-31, and revoked_on empty or >= Y-01-01.
select
    reporting_years.year,
    applications.application_id,
    applications.dept_code,
    applications.scope,
    applications.support_personnel,
    applications.support_funding_yuan,
    applications.support_materials
from applications
join int_reporting_years as reporting_years
    on applications.decided_on <= make_date(reporting_years.year, 12, 31)
    and (applications.revoked_on is null
        or applications.revoked_on >= make_date(reporting_years.year, 1, 1))
where applications.status in ('APPROVED', 'REVOKED')
