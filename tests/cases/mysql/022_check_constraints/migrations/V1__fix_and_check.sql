UPDATE subscriptions SET ends_on = starts_on + INTERVAL 30 DAY WHERE ends_on < starts_on;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_dates CHECK (ends_on IS NULL OR ends_on >= starts_on);
ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_seats_positive;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_seats_range CHECK (seats BETWEEN 1 AND 500);
