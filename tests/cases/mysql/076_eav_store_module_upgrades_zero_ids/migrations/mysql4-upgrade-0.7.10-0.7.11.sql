-- store-view values equal to the default (store 0) are redundant
DELETE s FROM catalog_product_entity_varchar s
    INNER JOIN catalog_product_entity_varchar d
        ON d.entity_id = s.entity_id AND d.attribute_id = s.attribute_id AND d.store_id = 0
    WHERE s.store_id > 0 AND s.value = d.value;

-- the inactive trade store view goes, with its values (ON DELETE CASCADE)
DELETE FROM core_store WHERE code = 'trade';

-- the admin website and store swap places in the sort order
UPDATE core_website SET sort_order = 99 WHERE website_id = 0;
