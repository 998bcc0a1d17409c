UPDATE contacts SET region_id = 1 + id % 3 WHERE organization_id IS NOT NULL;
UPDATE contacts SET lead_score = 50, tags = ARRAY['hot'] WHERE status = 'prospect';
