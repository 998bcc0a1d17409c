ALTER TABLE leads RENAME TO prospects;
