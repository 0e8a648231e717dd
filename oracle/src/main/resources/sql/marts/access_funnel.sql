-- access_funnel (docs/indicators.md): applications by year of submission and department,
-- plus dept_code ALL; zero-filled over the reporting years, and only those (v2: every per-year
-- mart has rows for reporting years only; decisions.md, indicators 1).
with

funnel_departments as (
    select dept_code from departments
    union all
    select 'ALL'
),

application_consultations as (
    select
        application_id,
        count(*) as consultations,
        count(*) filter (where opinion = 'DISAGREE') as disagreements
    from consultations
    group by application_id
),

applications_submitted as (
    select
        applications.*,
        cast(year(applications.submitted_on) as integer) as year,
        coalesce(application_consultations.consultations, 0) as consultations,
        coalesce(application_consultations.disagreements, 0) as disagreements
    from applications
    left join application_consultations
        on application_consultations.application_id = applications.application_id
),

-- Every application counted once for its department and once for ALL.
applications_by_department as (
    select * from applications_submitted
    union all
    select * replace ('ALL' as dept_code) from applications_submitted
),

funnel as (
    select
        funnel_years.year,
        funnel_departments.dept_code,
        count(application.application_id) as submitted,
        count(*) filter (where application.status in ('APPROVED', 'REVOKED')) as approved,
        count(*) filter (where application.status = 'REJECTED') as rejected,
        count(*) filter (where application.status = 'RETURNED') as returned,
        count(*) filter (where application.status = 'WITHDRAWN') as withdrawn,
        count(*) filter (where application.status = 'PENDING') as pending,
        count(*) filter (where application.status = 'REVOKED') as revoked,
        count(*) filter (where application.status = 'REJECTED'
            and application.reason = 'NO_LEGAL_BASIS') as rejected_no_legal_basis,
        count(*) filter (where application.status = 'REJECTED'
            and application.reason = 'SUPPORT_NOT_SPECIFIC') as rejected_support_not_specific,
        count(*) filter (where application.status = 'REJECTED'
            and application.reason = 'COMMUNITY_DISAGREED') as rejected_community_disagreed,
        -- Exact median; applications without a decided_on are left out.
        median(date_diff('day', application.submitted_on, application.decided_on))
            as median_decision_days,
        cast(coalesce(sum(application.consultations), 0) as bigint) as consultations,
        coalesce(sum(application.disagreements), 0) as disagreements
    from int_reporting_years as funnel_years
    cross join funnel_departments
    left join applications_by_department as application
        on application.year = funnel_years.year
        and application.dept_code = funnel_departments.dept_code
    group by funnel_years.year, funnel_departments.dept_code
)

select
    year,
    dept_code,
    submitted,
    approved,
    rejected,
    returned,
    withdrawn,
    pending,
    revoked,
    cast(approved as double) / nullif(approved + rejected + returned, 0) as approval_rate,
    rejected_no_legal_basis,
    rejected_support_not_specific,
    rejected_community_disagreed,
    cast(median_decision_days as double) as median_decision_days,
    consultations,
    cast(disagreements as double) / nullif(consultations, 0) as consultation_disagree_rate
from funnel
