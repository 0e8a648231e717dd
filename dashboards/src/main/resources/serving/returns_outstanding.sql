-- The list a street office chases: every (year, community, dataset) that reporting_rates counts as
-- expected but not received (MISSING: no returns row, or one without received_on and no record of
-- the dataset), or received after its due date (LATE). The dates come from the community's returns
-- row; the street from burden_by_community (every community has a row in every reporting year);
-- the names from org_units (empty when the run served none).
SELECT r.year,
       b.street_code,
       street.org_name AS street_name,
       r.area_code AS org_code,
       community.org_name AS community_name,
       r.dataset,
       t.due_on,
       t.received_on,
       CASE WHEN r.received = 0 THEN 'MISSING' ELSE 'LATE' END AS status,
       CASE WHEN r.late > 0 THEN date_diff('day', t.due_on, t.received_on) END AS days_late
FROM reporting_rates r
LEFT JOIN burden_by_community b ON b.year = r.year AND b.org_code = r.area_code
LEFT JOIN "returns" t ON t.year = r.year AND t.org_code = r.area_code AND t.dataset = r.dataset
LEFT JOIN org_units community ON community.org_code = r.area_code
LEFT JOIN org_units street ON street.org_code = b.street_code
WHERE r.level = 'COMMUNITY' AND r.dataset <> 'ALL' AND (r.received = 0 OR r.late > 0)
