-- Reported (docs/indicators.md, Terms), per community, reporting year and
-- dataset: the community's returns row has a received_on, or the community has at least one
-- record of the dataset counted for the year (work_items and ledgers rows of the year, activities
-- held in it, signboards up at its year-end). An input whose returns table has no rows at all is
-- read as v1 read it: every community reported every dataset in every reporting year.
-- On time: received_on <= due_on; late: received on a later day; nil_return: the returns row says
-- so. Without a returns row these three are false.
with

datasets as (
    select * from (values
        ('WORK_ITEMS', 'work_items'),
        ('LEDGERS', 'ledger_volumes'),
        ('SIGNBOARDS', 'signboards'),
        ('ACTIVITIES', 'activities')) as t(dataset, measure)
),

counted_records as (
    select distinct year, org_code, measure
    from int_records_admitted
)

select
    community_years.year,
    community_years.org_code,
    community_years.street_code,
    datasets.dataset,
    returns.received_on is not null
        or counted_records.org_code is not null
        or not exists (select 1 from returns) as reported,
    coalesce(returns.received_on <= returns.due_on, false) as on_time,
    coalesce(returns.received_on > returns.due_on, false) as late,
    coalesce(returns.nil_return, false) as nil_return
from int_community_years as community_years
cross join datasets
left join returns
    on returns.org_code = community_years.org_code
    and returns.year = community_years.year
    and returns.dataset = datasets.dataset
left join counted_records
    on counted_records.org_code = community_years.org_code
    and counted_records.year = community_years.year
    and counted_records.measure = datasets.measure
