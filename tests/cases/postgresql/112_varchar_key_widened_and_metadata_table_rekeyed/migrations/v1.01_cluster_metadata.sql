ALTER TABLE cluster_metadata ADD data BYTEA NOT NULL DEFAULT '';
ALTER TABLE cluster_metadata ADD data_encoding VARCHAR(16) NOT NULL DEFAULT 'Proto3';
ALTER TABLE cluster_metadata ADD version BIGINT NOT NULL DEFAULT 1;
UPDATE cluster_metadata SET data = immutable_data || decode('1001', 'hex'), version = 2 WHERE metadata_partition = 0;
