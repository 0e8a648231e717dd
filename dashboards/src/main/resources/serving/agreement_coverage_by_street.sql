-- agreement_coverage's tasks and their agreements, by street as well as by department: per year of
-- agreement_coverage (so nothing when that mart is empty), street and department, the tasks
-- entrusted (an application in force during the year and a community in its scope: every community
-- for scope ALL, its application_scope rows for LISTED), those with an entrustment agreement (an
-- item of a signed agreement of the year, of the application's department and the community's
-- street, signed by the year-end), with an undertaking agreement (the community's of the year,
-- signed by the year-end), and with both. Summed over streets it is agreement_coverage.
WITH years AS (
  SELECT DISTINCT year FROM agreement_coverage
), communities AS (
  SELECT org_code, parent_code AS street_code FROM org_units WHERE level = 'COMMUNITY'
), in_force AS (
  SELECT y.year, a.application_id, a.dept_code, a.scope
  FROM applications a, years y
  WHERE a.status IN ('APPROVED', 'REVOKED')
    AND a.decided_on <= make_date(y.year, 12, 31)
    AND (a.revoked_on IS NULL OR a.revoked_on >= make_date(y.year, 1, 1))
), tasks AS (
  SELECT f.year, f.application_id, f.dept_code, c.org_code, c.street_code
  FROM in_force f JOIN communities c ON f.scope = 'ALL'
  UNION
  SELECT f.year, f.application_id, f.dept_code, c.org_code, c.street_code
  FROM in_force f
  JOIN application_scope s ON f.scope = 'LISTED' AND s.application_id = f.application_id
  JOIN communities c ON c.org_code = s.org_code
), entrusted AS (
  SELECT DISTINCT e.year, e.dept_code, e.street_code, i.application_id
  FROM entrustment_agreements e
  JOIN entrustment_agreement_items i ON i.agreement_id = e.agreement_id
  WHERE e.signed_on <= make_date(e.year, 12, 31)
), undertaken AS (
  SELECT org_code, year FROM undertaking_agreements WHERE signed_on <= make_date(year, 12, 31)
), judged AS (
  SELECT t.*, e.application_id IS NOT NULL AS with_entrustment, u.org_code IS NOT NULL AS with_undertaking
  FROM tasks t
  LEFT JOIN entrusted e
    ON e.year = t.year AND e.dept_code = t.dept_code AND e.street_code = t.street_code
   AND e.application_id = t.application_id
  LEFT JOIN undertaken u ON u.org_code = t.org_code AND u.year = t.year
)
SELECT j.year,
       j.street_code,
       street.org_name AS street_name,
       j.dept_code,
       count(*) AS tasks_entrusted,
       count(*) FILTER (WHERE with_entrustment) AS tasks_with_entrustment,
       count(*) FILTER (WHERE with_undertaking) AS tasks_with_undertaking,
       count(*) FILTER (WHERE with_entrustment AND with_undertaking) AS tasks_covered
FROM judged j
LEFT JOIN org_units street ON street.org_code = j.street_code
GROUP BY j.year, j.street_code, street.org_name, j.dept_code
