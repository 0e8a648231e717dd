-- The communities whose undertaking agreement of a year was not signed by its year-end
-- (community_scorecard.undertaking_signed false; nothing when the input had no undertaking
-- agreements, where it is null): NONE without an agreement, UNSIGNED with one never signed, LATE
-- when signed after the year-end (signed_on says when). The communities and names from org_units.
SELECT s.year,
       s.street_code,
       street.org_name AS street_name,
       s.org_code,
       community.org_name AS community_name,
       s.tasks_entrusted,
       CASE WHEN u.org_code IS NULL THEN 'NONE'
            WHEN u.signed_on IS NULL THEN 'UNSIGNED'
            ELSE 'LATE' END AS status,
       u.signed_on
FROM community_scorecard s
LEFT JOIN undertaking_agreements u ON u.org_code = s.org_code AND u.year = s.year
JOIN org_units community ON community.org_code = s.org_code AND community.level = 'COMMUNITY'
LEFT JOIN org_units street ON street.org_code = s.street_code
WHERE NOT s.undertaking_signed
