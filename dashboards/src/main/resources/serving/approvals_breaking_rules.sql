-- Every application that broke a rule of the access system, once per rule broken, as access_funnel's
-- compliance columns count them (approved = status APPROVED or REVOKED), in the years access_funnel
-- has (the year of submitted_on). opined_on is the date that shows the breach: the first DISAGREE of
-- an approval despite disagreement, the last opinion of one consulted after its decision. The
-- department's name from departments (empty when the run served none).
WITH consulted AS (
  SELECT application_id,
         min(opined_on) FILTER (WHERE opinion = 'DISAGREE') AS first_disagreement,
         max(opined_on) AS last_opinion
  FROM consultations
  GROUP BY application_id
), judged AS (
  SELECT a.*,
         a.status IN ('APPROVED', 'REVOKED') AS approved,
         c.application_id IS NOT NULL AS was_consulted,
         c.first_disagreement,
         c.last_opinion
  FROM applications a
  LEFT JOIN consulted c ON c.application_id = a.application_id
), broken AS (
  SELECT *, 'approved_without_consultation' AS rule, NULL::DATE AS opined_on
  FROM judged WHERE approved AND NOT was_consulted
  UNION ALL
  SELECT *, 'approved_despite_disagreement', first_disagreement
  FROM judged WHERE approved AND first_disagreement IS NOT NULL
  UNION ALL
  SELECT *, 'approved_without_legal_basis', NULL
  FROM judged WHERE approved AND coalesce(trim(legal_basis), '') = ''
  UNION ALL
  SELECT *, 'consulted_after_decision', last_opinion
  FROM judged WHERE last_opinion > decided_on
)
SELECT year(b.submitted_on) AS year,
       b.dept_code,
       d.dept_name,
       b.application_id,
       b.title,
       b.rule,
       b.status,
       b.submitted_on,
       b.decided_on,
       b.opined_on
FROM broken b
LEFT JOIN departments d ON d.dept_code = b.dept_code
WHERE year(b.submitted_on) IN (SELECT year FROM access_funnel)
