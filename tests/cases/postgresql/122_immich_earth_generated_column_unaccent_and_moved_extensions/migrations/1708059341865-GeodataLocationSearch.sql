-- the generated column gives way to an expression index over an immutable wrapper
CREATE OR REPLACE FUNCTION ll_to_earth_public(latitude double precision, longitude double precision)
RETURNS public.earth PARALLEL SAFE IMMUTABLE STRICT LANGUAGE SQL AS $$
    SELECT public.cube(public.cube(public.cube(public.earth()*cos(radians(latitude))*cos(radians(longitude))),public.earth()*cos(radians(latitude))*sin(radians(longitude))),public.earth()*sin(radians(latitude)))::public.earth
$$;
DROP INDEX "IDX_earth_coordinate";
ALTER TABLE "exif" DROP COLUMN "earthCoordinate";
CREATE INDEX "exif_coordinates" ON "exif" USING gist (ll_to_earth_public(latitude, longitude));
