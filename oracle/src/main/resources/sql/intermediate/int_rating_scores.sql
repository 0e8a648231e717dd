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
-- Summed in the order of the dimensions, so that ratees with the same dimension scores get the
-- same composite to the last bit and tie in the ranks (an unordered window sums in whatever order
-- its rows arrive, and 58.171 came out as 58.17099999999999 for one of two such communities).
window ratee as (partition by dimension_scores.ratee_type, dimension_scores.ratee_code,
    dimension_scores.year order by dimension_scores.dimension
    rows between unbounded preceding and unbounded following)
