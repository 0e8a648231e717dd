-- Tasks entrusted in each reporting year: (application in force, community in scope) pairs
-- (docs/indicators.md), with whether the support promised was delivered that year.
with

-- ALL means every community; its application_scope rows do not narrow it (decisions.md,
-- ingestion 10). LISTED means exactly its application_scope rows.
tasks_entrusted as (
    select applications_in_force.*, communities.org_code
    from int_applications_in_force as applications_in_force
    cross join int_communities as communities
    where applications_in_force.scope = 'ALL'
    union all
    select applications_in_force.*, application_scope.org_code
    from int_applications_in_force as applications_in_force
    join application_scope
        on application_scope.application_id = applications_in_force.application_id
    where applications_in_force.scope = 'LISTED'
)

select
    tasks_entrusted.year,
    tasks_entrusted.application_id,
    tasks_entrusted.dept_code,
    tasks_entrusted.org_code,
    tasks_entrusted.support_personnel,
    tasks_entrusted.support_funding_yuan,
    -- Supported: the pair's delivery row of the year meets every promise; no row, no support.
    coalesce(
        support_deliveries.personnel >= tasks_entrusted.support_personnel
        and support_deliveries.funding_yuan >= tasks_entrusted.support_funding_yuan
        and (tasks_entrusted.support_materials is null
            or support_deliveries.materials_delivered),
        false) as supported
from tasks_entrusted
left join support_deliveries
    on support_deliveries.application_id = tasks_entrusted.application_id
    and support_deliveries.org_code = tasks_entrusted.org_code
    and support_deliveries.year = tasks_entrusted.year
