-- Cluster metadata becomes one row per cluster name; the old table and its columns go.
CREATE TABLE cluster_metadata_info (
    metadata_partition INTEGER NOT NULL,
    cluster_name VARCHAR(255) NOT NULL,
    data BYTEA NOT NULL,
    data_encoding VARCHAR(16) NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (metadata_partition, cluster_name)
);
INSERT INTO cluster_metadata_info (metadata_partition, cluster_name, data, data_encoding, version)
SELECT metadata_partition, 'active', data, data_encoding, version FROM cluster_metadata;
DROP TABLE cluster_metadata;
