-- department_scorecard (docs/indicators.md): every department in every reporting year,
-- rated by communities and streets, with deductions, grade and rank. Reads the
-- support_fulfilment mart.
with

ratings_received as (
    pivot (
        select year, ratee_code as dept_code, dimension, score, composite
        from int_rating_scores
        where ratee_type = 'DEPARTMENT')
    on dimension in (
        'SUPPORT' as score_support,
        'BURDEN' as score_burden,
        'GUIDANCE' as score_guidance)
    using any_value(score)
    group by year, dept_code, composite
),

raters as (
    select year, ratee_code as dept_code, count(distinct (rater_type, rater_code)) as raters
    from ratings
    where ratee_type = 'DEPARTMENT'
    group by year, ratee_code
),

-- The department's unadmitted work_items, ledgers, activities and signboards of the year.
unadmitted as (
    select year, dept_code, count(*) as unadmitted_records
    from int_records_admitted
    where not admitted
    group by year, dept_code
),

-- Inspections run outside the unified assessment: shown, not deducted.
self_run as (
    select cast(year(held_on) as integer) as year, dept_code, count(*) as self_run_activities
    from activities
    where not unified
    group by year(held_on), dept_code
),

deducted as (
    select
        year,
        dept_code,
        ratings_received.score_support,
        ratings_received.score_burden,
        ratings_received.score_guidance,
        coalesce(raters.raters, 0) as raters,
        ratings_received.composite,
        coalesce(unadmitted.unadmitted_records, 0) as unadmitted_records,
        coalesce(self_run.self_run_activities, 0) as self_run_activities,
        support_fulfilment.funding_fulfilment,
        least(settings.unadmitted_cap,
            settings.per_unadmitted_record * coalesce(unadmitted.unadmitted_records, 0))
        + case
            when support_fulfilment.funding_fulfilment < settings.funding_fulfilment_below
            then settings.funding_penalty
            else 0
        end as deduction
    from int_department_years as department_years
    cross join settings
    left join ratings_received using (year, dept_code)
    left join raters using (year, dept_code)
    left join unadmitted using (year, dept_code)
    left join self_run using (year, dept_code)
    left join support_fulfilment using (year, dept_code)
),

scored as (
    select
        *,
        case when composite is not null then greatest(0, composite - deduction) end
            as final_score
    from deducted
)

select
    *,
    -- The highest grade whose threshold the score reaches; FAIL below them all.
    case when final_score is not null then coalesce(
        (select arg_max(grade, min_score) from grade_thresholds where min_score <= final_score),
        'FAIL')
    end as grade,
    -- Dense, best first, over the departments that have a final_score.
    case when final_score is not null then cast(dense_rank() over (
        partition by year, final_score is null order by final_score desc) as integer)
    end as rank
from scored
