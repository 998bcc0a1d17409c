/* Allow several read markers per user and account through a nullable thread_id.
 * The table has no key and SQLite cannot add a constraint in place: both tables
 * are recreated, their indexes dropped first and re-created after the rename. */
CREATE TABLE read_markers_new (
    stream_id BIGINT NOT NULL,
    account_id TEXT NOT NULL,
    marker_type TEXT NOT NULL,
    user_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    thread_id TEXT,
    item_ordering BIGINT,
    data TEXT NOT NULL,
    CONSTRAINT read_markers_uniqueness UNIQUE (account_id, marker_type, user_id),
    CONSTRAINT read_markers_uniqueness_thread UNIQUE (account_id, marker_type, user_id, thread_id)
);
CREATE TABLE read_marker_graph_new (
    account_id TEXT NOT NULL,
    marker_type TEXT NOT NULL,
    user_id TEXT NOT NULL,
    item_ids TEXT NOT NULL,
    thread_id TEXT,
    data TEXT NOT NULL,
    CONSTRAINT read_marker_graph_uniqueness UNIQUE (account_id, marker_type, user_id),
    CONSTRAINT read_marker_graph_uniqueness_thread UNIQUE (account_id, marker_type, user_id, thread_id)
);
DROP INDEX IF EXISTS read_markers_id;
DROP INDEX IF EXISTS read_markers_account_stream;
DROP INDEX IF EXISTS read_markers_user;
INSERT INTO read_markers_new (stream_id, account_id, marker_type, user_id, item_id, item_ordering, data)
    SELECT stream_id, account_id, marker_type, user_id, item_id, item_ordering, data FROM read_markers;
INSERT INTO read_marker_graph_new (account_id, marker_type, user_id, item_ids, data)
    SELECT account_id, marker_type, user_id, item_ids, data FROM read_marker_graph;
DROP TABLE read_markers;
DROP TABLE read_marker_graph;
ALTER TABLE read_markers_new RENAME TO read_markers;
ALTER TABLE read_marker_graph_new RENAME TO read_marker_graph;
CREATE INDEX read_markers_id ON read_markers ( stream_id );
CREATE INDEX read_markers_account_stream ON read_markers ( account_id, stream_id );
CREATE INDEX read_markers_user ON read_markers ( user_id );
