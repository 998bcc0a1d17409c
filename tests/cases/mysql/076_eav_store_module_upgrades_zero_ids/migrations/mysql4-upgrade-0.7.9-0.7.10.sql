-- warranty_years becomes a number: values move from the varchar table to the int table

SELECT @entity_type_id:=entity_type_id from eav_entity_type where entity_type_code='catalog_product';
SELECT @attribute_id:=attribute_id FROM eav_attribute WHERE attribute_code='warranty_years' AND entity_type_id = @entity_type_id;

UPDATE eav_attribute SET
    backend_type = 'int',
    frontend_input = 'select'
WHERE attribute_id = @attribute_id;

INSERT INTO catalog_product_entity_int (entity_type_id, attribute_id, store_id, entity_id, value)
    SELECT entity_type_id, attribute_id, store_id, entity_id, CAST(value AS SIGNED)
    FROM catalog_product_entity_varchar
    WHERE attribute_id = @attribute_id
    ORDER BY value_id
ON DUPLICATE KEY UPDATE value = VALUES(value);

DELETE FROM catalog_product_entity_varchar WHERE attribute_id = @attribute_id;
