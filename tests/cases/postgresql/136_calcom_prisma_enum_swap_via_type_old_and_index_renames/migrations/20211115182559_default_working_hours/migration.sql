-- hosts without working hours get their old start/end minutes as a weekly schedule
insert into "WorkingHours" ("userId", "startTime", "endTime", "days")
select
  id as "userId",
  CAST(CONCAT(CAST(("startTime") AS text), ' minute')::interval AS time) as "startTime",
  CAST(CONCAT(CAST(("endTime") AS text), ' minute')::interval AS time) as "endTime",
  ARRAY [0,1,2,3,4,5,6]
from
  (
    select
      users.id,
      users."startTime",
      users."endTime",
      count("WorkingHours".id) as hours_count
    from users
    left join "WorkingHours" on "WorkingHours"."userId" = users.id
    group by users.id
  ) usersWithHoursNumber
where hours_count < 1
order by id -- ids in a fixed order, so that a re-apply numbers the rows as the first apply did
