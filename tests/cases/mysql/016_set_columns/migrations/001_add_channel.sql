ALTER TABLE notification_prefs MODIFY channels SET('email','sms','push','webhook') NOT NULL DEFAULT 'email,push';
UPDATE notification_prefs SET channels = CONCAT_WS(',', NULLIF(channels, ''), 'webhook') WHERE user_id % 5 = 0;
