DELETE FROM events WHERE outlier AND type = 'm.reaction';
