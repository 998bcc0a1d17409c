BEGIN;
--
-- Add field vid_ranges to vlangroup; copy min/max into it; remove min_vid, max_vid
--
ALTER TABLE "ipam_vlangroup" ADD COLUMN "vid_ranges" int4range[] DEFAULT '{"[1,4095)"}'::int4range[] NOT NULL;
ALTER TABLE "ipam_vlangroup" ALTER COLUMN "vid_ranges" DROP DEFAULT;
UPDATE "ipam_vlangroup" SET "vid_ranges" = ARRAY[int4range("min_vid", "max_vid", '[]')];
ALTER TABLE "ipam_vlangroup" DROP COLUMN "min_vid" CASCADE;
ALTER TABLE "ipam_vlangroup" DROP COLUMN "max_vid" CASCADE;
ALTER TABLE "ipam_vlangroup" ADD COLUMN "_total_vlan_ids" integer DEFAULT 4094 NOT NULL CHECK ("_total_vlan_ids" >= 0);
ALTER TABLE "ipam_vlangroup" ALTER COLUMN "_total_vlan_ids" DROP DEFAULT;
UPDATE "ipam_vlangroup" g SET "_total_vlan_ids" = (SELECT sum(upper(r) - lower(r)) FROM unnest(g."vid_ranges") r);
COMMIT;
