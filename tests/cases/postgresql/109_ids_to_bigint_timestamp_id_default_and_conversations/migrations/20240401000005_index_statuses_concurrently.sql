CREATE INDEX CONCURRENTLY IF NOT EXISTS index_statuses_20190820 ON statuses (account_id, id DESC) WHERE deleted_at IS NULL
