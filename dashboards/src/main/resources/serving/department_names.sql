-- Each department's name; where two share a name, the code after it (a category is its text).
SELECT dept_code,
       CASE WHEN count(*) OVER (PARTITION BY dept_name) > 1 THEN dept_name || ' ' || dept_code
            ELSE dept_name END AS department_name
FROM departments
