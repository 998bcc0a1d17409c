INSERT INTO lead_sources (id, label) VALUES (1, 'Website'), (2, 'Referral'), (3, 'Trade show'), (4, 'Cold call');
INSERT INTO lead_sources (id, label, active) VALUES (5, 'Fax', false);
