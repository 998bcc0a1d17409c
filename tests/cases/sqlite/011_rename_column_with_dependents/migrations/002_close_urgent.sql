UPDATE tickets SET closed = 1 WHERE priority = 1 AND id < 20;
