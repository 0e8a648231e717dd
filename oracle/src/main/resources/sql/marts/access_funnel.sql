-- access_funnel (docs/indicators.md): applications by year of submission and department,
-- plus dept_code ALL; zero-filled over the reporting years, and only those (v2: every per-year
-- mart has rows for reporting years only; decisions.md, indicators 1). v2: the approvals that
-- broke a rule, resubmissions, and matters followed along their resubmissions.
with recursive

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
        coalesce(application_consultations.disagreements, 0) as disagreements,
        exists (
            select 1 from consultations
            where consultations.application_id = applications.application_id
                and consultations.opined_on > applications.decided_on
        ) as consulted_after_decision
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
        coalesce(sum(application.disagreements), 0) as disagreements,
        count(*) filter (where application.status in ('APPROVED', 'REVOKED')
            and application.consultations = 0) as approved_without_consultation,
        -- No agreement, no entry: one DISAGREE is enough.
        count(*) filter (where application.status in ('APPROVED', 'REVOKED')
            and application.disagreements > 0) as approved_despite_disagreement,
        count(*) filter (where application.status in ('APPROVED', 'REVOKED')
            and application.legal_basis is null) as approved_without_legal_basis,
        count(*) filter (where application.consulted_after_decision) as consulted_after_decision,
        count(*) filter (where application.resubmission_of is not null) as resubmissions
    from int_reporting_years as funnel_years
    cross join funnel_departments
    left join applications_by_department as application
        on application.year = funnel_years.year
        and application.dept_code = funnel_departments.dept_code
    group by funnel_years.year, funnel_departments.dept_code
),

-- Of the re-submissions of one application, a matter follows the one submitted first (then the
-- smallest application_id); the others begin no matter of their own.
followed_resubmission as (
    select resubmission_of as application_id, application_id as next_application_id
    from applications
    where resubmission_of is not null
    qualify row_number() over (
        partition by resubmission_of order by submitted_on, application_id) = 1
),

-- Each matter walked from its first application, one resubmission per step; the walk ends at an
-- application with no re-submission, or before one it has already passed (decisions.md,
-- indicators 21), so no chain runs forever.
matter_steps as (
    select application_id as first_id, application_id as step_id, [application_id] as path
    from applications
    where resubmission_of is null
    union all
    select matter_steps.first_id, followed.next_application_id,
        list_append(matter_steps.path, followed.next_application_id)
    from matter_steps
    join followed_resubmission as followed on followed.application_id = matter_steps.step_id
    where not list_contains(matter_steps.path, followed.next_application_id)
),

matter_ends as (
    select first_id, arg_max(step_id, len(path)) as last_id
    from matter_steps
    group by first_id
),

-- Counted in the year and department of the first application; settled by the last.
matters as (
    select
        cast(year(first_application.submitted_on) as integer) as year,
        first_application.dept_code,
        last_application.status in ('APPROVED', 'REJECTED', 'REVOKED') as settled,
        date_diff('day', first_application.submitted_on, last_application.decided_on)
            as matter_days
    from matter_ends
    join applications as first_application
        on first_application.application_id = matter_ends.first_id
    join applications as last_application
        on last_application.application_id = matter_ends.last_id
),

matter_figures as (
    select year, dept_code,
        count(*) filter (where settled) as settled_matters,
        median(matter_days) filter (where settled) as median_matter_days
    from (
        select * from matters
        union all
        select * replace ('ALL' as dept_code) from matters)
    group by year, dept_code
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
    cast(disagreements as double) / nullif(consultations, 0) as consultation_disagree_rate,
    approved_without_consultation,
    approved_despite_disagreement,
    approved_without_legal_basis,
    consulted_after_decision,
    resubmissions,
    coalesce(matter_figures.settled_matters, 0) as settled_matters,
    cast(matter_figures.median_matter_days as double) as median_matter_days
from funnel
left join matter_figures using (year, dept_code)
