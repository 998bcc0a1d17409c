-- Insert a default row into the "settings" table
INSERT INTO `settings` (`theme`) VALUES ('system');
