-- Phase 3: the active pipeline: live, open opportunities with their account, contact and product,
-- and the probability-weighted amount.

CREATE VIEW v_open_pipeline AS
SELECT o.id                                   AS opportunity_id,
       o.name                                 AS opportunity,
       o.stage,
       o.amount,
       o.probability,
       ROUND(o.amount * o.probability / 100.0, 2) AS weighted_amount,
       o.expected_close_date,
       org.id                                 AS organization_id,
       org.name                               AS organization,
       c.id                                   AS contact_id,
       c.first_name || ' ' || c.last_name     AS contact,
       p.sku                                  AS product_sku
FROM opportunities AS o
JOIN organizations AS org ON org.id = o.organization_id AND org.deleted_at IS NULL
LEFT JOIN contacts AS c ON c.id = o.contact_id AND c.deleted_at IS NULL
JOIN products AS p ON p.id = o.product_id
WHERE o.deleted_at IS NULL
  AND o.stage NOT IN ('closed_won', 'closed_lost');
