-- Two-way rating (docs/indicators.md): per ratee, year and dimension rated, the mean score,
-- and the ratee's composite: the weighted mean of its dimension scores, the weights of the
-- dimensions it was rated on renormalised to sum to one.
with

dimension_scores as (
    select
        ratee_type,
        ratee_code,
        year,
        dimension,
        -- The exact mean of the raw scores, then one rounding to double.
        cast(sum(score) as double) / count(*) as score
    from ratings
    group by ratee_type, ratee_code, year, dimension
)

select
    dimension_scores.*,
    sum(rating_weights.weight * dimension_scores.score) over ratee
        / sum(rating_weights.weight) over ratee as composite
from dimension_scores
join rating_weights
    on rating_weights.ratee_type = dimension_scores.ratee_type
    and rating_weights.dimension = dimension_scores.dimension
window ratee as (partition by dimension_scores.ratee_type, dimension_scores.ratee_code,
    dimension_scores.year)
