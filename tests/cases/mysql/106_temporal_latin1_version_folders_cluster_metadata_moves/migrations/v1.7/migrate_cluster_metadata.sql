-- the metadata row moves to the per-cluster table (a row capture keyed by a latin1 string)
INSERT INTO cluster_metadata_info (metadata_partition, cluster_name, data, data_encoding, version)
SELECT metadata_partition, 'active', data, data_encoding, version FROM cluster_metadata;
INSERT INTO cluster_metadata_info VALUES (1, 'standby-é', 0x00, 'proto3', 1);
DROP TABLE cluster_metadata;
