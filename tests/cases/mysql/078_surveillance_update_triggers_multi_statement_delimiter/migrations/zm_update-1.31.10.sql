
delimiter //
DROP TRIGGER IF EXISTS Events_Day_delete_trigger//
CREATE TRIGGER Events_Day_delete_trigger BEFORE DELETE ON Events_Day
FOR EACH ROW BEGIN
  UPDATE Monitors SET
  DayEvents = GREATEST(COALESCE(DayEvents,1)-1,0),
  DayEventDiskSpace=GREATEST(COALESCE(DayEventDiskSpace,0)-COALESCE(OLD.DiskSpace,0),0)
  WHERE Id=OLD.MonitorId;
END; 
//

DROP TRIGGER IF EXISTS event_update_trigger;
CREATE TRIGGER event_update_trigger AFTER UPDATE ON Events
FOR EACH ROW
  BEGIN
    declare diff BIGINT default 0;

    set diff = COALESCE(NEW.DiskSpace,0) - COALESCE(OLD.DiskSpace,0);
    IF ( NEW.StorageId = OLD.StorageID ) THEN
      IF ( diff ) THEN
        UPDATE Storage SET DiskSpace = GREATEST(COALESCE(DiskSpace,0) + diff,0) WHERE Id = OLD.StorageId;
      END IF;
    ELSE
      UPDATE Storage SET DiskSpace = COALESCE(DiskSpace,0) + COALESCE(NEW.DiskSpace,0) WHERE Id = NEW.StorageId;
      UPDATE Storage SET DiskSpace = GREATEST(COALESCE(DiskSpace,0) - COALESCE(OLD.DiskSpace,0),0) WHERE Id = OLD.StorageId;
    END IF;
    UPDATE Events_Day SET DiskSpace=NEW.DiskSpace WHERE EventId=NEW.Id;
    IF ( NEW.Archived != OLD.Archived ) THEN
      UPDATE Monitors SET ArchivedEvents = COALESCE(ArchivedEvents,0) + IF(NEW.Archived, 1, -1) WHERE Id=NEW.MonitorId;
    END IF;
  END;
  //

DROP TRIGGER IF EXISTS event_delete_trigger//

/* When an event goes, its per-day row goes with it (and the monitor's day counters with that) */
CREATE TRIGGER event_delete_trigger BEFORE DELETE ON Events
FOR EACH ROW
BEGIN
  DELETE FROM Events_Day WHERE EventId=OLD.Id;
  UPDATE Monitors SET TotalEvents = GREATEST(COALESCE(TotalEvents,1)-1,0) WHERE Id=OLD.MonitorId;
END

//

DELIMITER ;

-- purge unarchived events of the first day; archive the biggest ones of monitor 2
DELETE FROM Events WHERE Archived = 0 AND StartTime < '2018-01-11 00:00:00';
UPDATE Events SET Archived = 1 WHERE MonitorId = 2 AND DiskSpace > 100000;
