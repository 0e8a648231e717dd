-- Each org unit's name; where two share a name, the code after it (a category is its text).
SELECT org_code,
       CASE WHEN count(*) OVER (PARTITION BY org_name) > 1 THEN org_name || ' ' || org_code
            ELSE org_name END AS area_name
FROM org_units
