-- a second range for some groups; the ranges are kept as a multirange too, through a function
UPDATE ipam_vlangroup SET vid_ranges = vid_ranges || int4range(3000 + id::int * 10, 3005 + id::int * 10) WHERE id % 3 = 0;
CREATE FUNCTION ipam_vid_multirange(ranges int4range[]) RETURNS int4multirange
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(range_agg(r), '{}'::int4multirange) FROM unnest(ranges) r $$;
ALTER TABLE ipam_vlangroup ADD COLUMN vid_multirange int4multirange GENERATED ALWAYS AS (ipam_vid_multirange(vid_ranges)) STORED;
CREATE INDEX ipam_vlangroup_vid_multirange ON ipam_vlangroup USING gist (vid_multirange);
UPDATE ipam_vlangroup g SET "_total_vlan_ids" = (SELECT sum(upper(r) - lower(r)) FROM unnest(g.vid_multirange) r);
