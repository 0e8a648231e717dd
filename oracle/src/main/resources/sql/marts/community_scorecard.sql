-- community_scorecard (docs/indicators.md): every community in every reporting year,
-- rated by departments and streets, with its tasks, refusals, veto, grade and rank in street.
with

ratings_received as (
    pivot (
        select year, ratee_code as org_code, dimension, score, composite
        from int_rating_scores
        where ratee_type = 'COMMUNITY')
    on dimension in (
        'TASK_COMPLETION' as score_task_completion,
        'QUALITY' as score_quality,
        'COOPERATION' as score_cooperation)
    using any_value(score)
    group by year, org_code, composite
),

-- A task with no task_results row is neither completed nor refused.
task_outcomes as (
    select
        community_years.year,
        community_years.org_code,
        community_years.street_code,
        count(tasks.application_id) as tasks_entrusted,
        count(*) filter (where tasks.supported) as tasks_supported,
        count(*) filter (where tasks.supported and task_results.completed) as tasks_completed,
        -- Saying no to an unsupported task is the community's right, never penalised.
        count(*) filter (where not tasks.supported and not task_results.completed)
            as refused_unsupported,
        -- 一票否决: a supported task left uncompleted.
        count(*) filter (where tasks.supported and not task_results.completed) > 0 as veto
    from int_community_years as community_years
    left join int_tasks as tasks
        on tasks.year = community_years.year
        and tasks.org_code = community_years.org_code
    left join task_results
        on task_results.application_id = tasks.application_id
        and task_results.org_code = tasks.org_code
        and task_results.year = tasks.year
    group by community_years.year, community_years.org_code, community_years.street_code
),

scored as (
    select
        year,
        org_code,
        task_outcomes.street_code,
        ratings_received.score_task_completion,
        ratings_received.score_quality,
        ratings_received.score_cooperation,
        ratings_received.composite,
        task_outcomes.tasks_entrusted,
        task_outcomes.tasks_supported,
        task_outcomes.tasks_completed,
        task_outcomes.refused_unsupported,
        task_outcomes.veto,
        ratings_received.composite as final_score
    from task_outcomes
    left join ratings_received using (year, org_code)
)

select
    * exclude (veto, final_score),
    veto,
    final_score,
    -- A veto fails the community whatever its score, even with no ratings.
    case
        when veto then 'FAIL'
        when final_score is not null then coalesce(
            (select arg_max(grade, min_score) from grade_thresholds where min_score <= final_score),
            'FAIL')
    end as grade,
    -- Dense, best first, among the street's communities that have a final_score.
    case when final_score is not null then cast(dense_rank() over (
        partition by year, street_code, final_score is null order by final_score desc) as integer)
    end as rank_in_street
from scored
