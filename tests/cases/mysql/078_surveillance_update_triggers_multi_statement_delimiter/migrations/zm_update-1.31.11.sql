-- Storage moves, as a dump of routines: the procedure moves events, the triggers do the rest
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET character_set_client  = utf8mb4 */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `monitor_rename_trigger` BEFORE UPDATE ON `Monitors` FOR EACH ROW BEGIN
  IF NEW.Name <> OLD.Name THEN
    SET NEW.Refresh = COALESCE(NEW.Refresh, 30);
  END IF;
END */;;
DELIMITER ;
/*!50003 DROP PROCEDURE IF EXISTS `move_events` */;
DELIMITER ;;
CREATE DEFINER=`root`@`localhost` PROCEDURE `move_events`(IN p_monitor int, IN p_storage smallint)
BEGIN
  UPDATE Events SET StorageId = p_storage WHERE MonitorId = p_monitor AND StorageId <> p_storage;
END ;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;

CALL move_events(3, 2);
UPDATE Monitors SET Name = 'Warehouse (north)' WHERE Id = 3;
