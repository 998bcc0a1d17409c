DROP TABLE hits_v1;
