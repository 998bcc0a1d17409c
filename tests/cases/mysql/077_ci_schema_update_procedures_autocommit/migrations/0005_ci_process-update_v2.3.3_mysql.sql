SET NAMES utf8mb4;

DROP PROCEDURE IF EXISTS ci_process_schema_update;

DELIMITER <CI_UBF>

CREATE PROCEDURE ci_process_schema_update()
BEGIN

    DECLARE db VARCHAR(100);
    SET AUTOCOMMIT = 0;
    SELECT DATABASE() INTO db;

    -- deleted pipelines keep no history
    DELETE h FROM T_PIPELINE_BUILD_HISTORY h
        INNER JOIN T_PIPELINE_INFO i ON i.PIPELINE_ID = h.PIPELINE_ID
        WHERE i.`DELETE` = b'1';

    IF EXISTS(SELECT 1
              FROM information_schema.COLUMNS
              WHERE TABLE_SCHEMA = db
                AND TABLE_NAME = 'T_PIPELINE_BUILD_HISTORY'
                AND COLUMN_NAME = 'ERROR_INFO'
                AND DATA_TYPE = 'text') THEN
        ALTER TABLE T_PIPELINE_BUILD_HISTORY MODIFY COLUMN `ERROR_INFO` varchar(64) DEFAULT NULL COMMENT '错误信息';
    END IF;

    IF EXISTS(SELECT 1
              FROM information_schema.COLUMNS
              WHERE TABLE_SCHEMA = db
                AND TABLE_NAME = 'T_REPORT'
                AND COLUMN_NAME = 'TYPE') THEN
        ALTER TABLE T_REPORT DROP COLUMN `TYPE`;
    END IF;

    COMMIT;
END <CI_UBF>
DELIMITER ;
COMMIT;
CALL ci_process_schema_update();
