-- agreement_coverage (docs/indicators.md): the tasks entrusted in each reporting year, and those
-- resting on the two agreements the district requires; per department with tasks in the year,
-- and ALL in every reporting year. No rows at all when the input has neither agreement.
with

tasks_and_agreements as (
    select
        tasks.year,
        tasks.dept_code,
        -- 部门委托社区工作事项协议书: the application's department with the community's street,
        -- of the task's year, naming the application, signed by the year-end.
        exists (
            select 1
            from entrustment_agreement_items as items
            join entrustment_agreements as agreements
                on agreements.agreement_id = items.agreement_id
            where items.application_id = tasks.application_id
                and agreements.year = tasks.year
                and agreements.dept_code = tasks.dept_code
                and agreements.street_code = communities.street_code
                and agreements.signed_on <= make_date(tasks.year, 12, 31)
        ) as with_entrustment,
        -- 社区(村)承接工作协议书: the community's, of the task's year, signed by the year-end.
        exists (
            select 1
            from undertaking_agreements as undertakings
            where undertakings.org_code = tasks.org_code
                and undertakings.year = tasks.year
                and undertakings.signed_on <= make_date(tasks.year, 12, 31)
        ) as with_undertaking
    from int_tasks_entrusted as tasks
    join int_communities as communities on communities.org_code = tasks.org_code
),

by_department as (
    select
        year,
        dept_code,
        count(*) as tasks_entrusted,
        count(*) filter (where with_entrustment) as tasks_with_entrustment,
        count(*) filter (where with_undertaking) as tasks_with_undertaking,
        count(*) filter (where with_entrustment and with_undertaking) as tasks_covered
    from tasks_and_agreements
    group by year, dept_code
),

all_departments as (
    select
        reporting_years.year,
        'ALL' as dept_code,
        count(tasks.year) as tasks_entrusted,
        count(*) filter (where tasks.with_entrustment) as tasks_with_entrustment,
        count(*) filter (where tasks.with_undertaking) as tasks_with_undertaking,
        count(*) filter (where tasks.with_entrustment and tasks.with_undertaking) as tasks_covered
    from int_reporting_years as reporting_years
    left join tasks_and_agreements as tasks on tasks.year = reporting_years.year
    group by reporting_years.year
)

select
    year,
    dept_code,
    tasks_entrusted,
    tasks_with_entrustment,
    tasks_with_undertaking,
    tasks_covered,
    cast(tasks_covered as double) / nullif(tasks_entrusted, 0) as coverage_rate
from (select * from by_department union all select * from all_departments)
where exists (select 1 from entrustment_agreements)
    or exists (select 1 from undertaking_agreements)
