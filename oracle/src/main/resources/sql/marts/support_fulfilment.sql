-- support_fulfilment (docs/indicators.md): per reporting year and department, over the
-- applications in force during the year; zero-filled (decisions.md, indicators 1).
with

promised as (
    select
        department_years.year,
        department_years.dept_code,
        count(tasks.application_id) as tasks_entrusted,
        cast(coalesce(sum(tasks.support_personnel), 0) as bigint) as promised_personnel,
        cast(coalesce(sum(tasks.support_funding_yuan), 0) as decimal(38, 2))
            as promised_funding_yuan,
        count(*) filter (where tasks.supported) as tasks_supported
    from int_department_years as department_years
    left join int_tasks as tasks
        on tasks.year = department_years.year
        and tasks.dept_code = department_years.dept_code
    group by department_years.year, department_years.dept_code
),

-- Every delivery row of an application in force that year counts, in scope or not
-- (decisions.md, indicators 5).
delivered as (
    select
        applications_in_force.year,
        applications_in_force.dept_code,
        sum(support_deliveries.personnel) as personnel,
        sum(support_deliveries.funding_yuan) as funding_yuan
    from int_applications_in_force as applications_in_force
    join support_deliveries
        on support_deliveries.application_id = applications_in_force.application_id
        and support_deliveries.year = applications_in_force.year
    group by applications_in_force.year, applications_in_force.dept_code
),

fulfilment as (
    select
        promised.*,
        cast(coalesce(delivered.personnel, 0) as bigint) as delivered_personnel,
        cast(coalesce(delivered.funding_yuan, 0) as decimal(38, 2)) as delivered_funding_yuan
    from promised
    left join delivered using (year, dept_code)
)

select
    year,
    dept_code,
    tasks_entrusted,
    promised_personnel,
    promised_funding_yuan,
    delivered_personnel,
    delivered_funding_yuan,
    cast(delivered_personnel as double) / nullif(promised_personnel, 0) as personnel_fulfilment,
    cast(delivered_funding_yuan as double) / nullif(cast(promised_funding_yuan as double), 0)
        as funding_fulfilment,
    tasks_supported,
    tasks_entrusted - tasks_supported as unsupported_tasks
from fulfilment
