CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;
ALTER TABLE "exif" ADD "earthCoordinate" earth GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED;
CREATE INDEX "IDX_earth_coordinate" ON "exif" USING gist ("earthCoordinate");
