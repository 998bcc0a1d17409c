UPDATE opportunities
   SET status = CASE
                  WHEN lower(trim(status)) IN ('won', 'closed won') THEN 'won'
                  WHEN lower(status) LIKE 'lost%' THEN 'lost'
                  WHEN status IS NULL THEN 'open'
                  ELSE 'open'
                END;
