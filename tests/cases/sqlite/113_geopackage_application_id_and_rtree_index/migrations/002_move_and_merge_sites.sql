-- Sites re-surveyed: coordinates corrected in the table and in its index; duplicates merged.
UPDATE sites SET lon = lon + 0.001, lat = lat - 0.002 WHERE id % 6 = 0;
UPDATE rtree_sites_geom SET minx = (SELECT lon FROM sites s WHERE s.id = rtree_sites_geom.id),
                            maxx = (SELECT lon FROM sites s WHERE s.id = rtree_sites_geom.id),
                            miny = (SELECT lat FROM sites s WHERE s.id = rtree_sites_geom.id),
                            maxy = (SELECT lat FROM sites s WHERE s.id = rtree_sites_geom.id)
 WHERE id % 6 = 0;
DELETE FROM rtree_sites_geom WHERE id IN (SELECT b.id FROM sites a JOIN sites b ON a.customer = b.customer AND a.lon = b.lon AND a.lat = b.lat AND a.id < b.id);
DELETE FROM sites WHERE id IN (SELECT b.id FROM sites a JOIN sites b ON a.customer = b.customer AND a.lon = b.lon AND a.lat = b.lat AND a.id < b.id);
UPDATE gpkg_contents SET last_change = '2024-10-01T00:00:00.000Z',
       min_x = (SELECT min(lon) FROM sites), min_y = (SELECT min(lat) FROM sites),
       max_x = (SELECT max(lon) FROM sites), max_y = (SELECT max(lat) FROM sites)
 WHERE table_name = 'sites';
PRAGMA user_version = 10201;
