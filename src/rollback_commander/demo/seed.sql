-- Demo CRM seed data: deterministic (no random(), no 'now'), generated with recursive CTEs.
-- Runs once after phase 4 is applied; it is data, not a migration. No BEGIN/COMMIT here:
-- the caller decides the transaction.
--
--   organizations   200  (ids 1..200; every 40th soft-deleted)
--   contacts      2,000  (10 per organization; 2 in 3 have a phone; every 20th soft-deleted)
--   products         50
--   opportunities 1,000  (every 50th soft-deleted)
--   interactions  5,000  (every 20th soft-deleted)

INSERT INTO organizations (id, name, domain, industry, country, tier, created_at, updated_at, deleted_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 200),
named AS (
    SELECT n,
           json_extract('["Acme","Blue Harbor","Copper Pot","Delta","Evergreen","Fresh Fields","Golden Grain","Harvest","Iron Skillet","Juniper","Keystone","Lakeside","Maple","Northwind","Oak & Ash","Pioneer","Quayside","Riverbend","Summit","Tidewater"]',
                        '$[' || ((n - 1) % 20) || ']')
           || ' ' ||
           json_extract('["Foods","Kitchens","Provisions","Hospitality","Distributors","Markets","Bistro Group","Supply Co","Catering","Restaurants"]',
                        '$[' || ((n - 1) / 20) || ']') AS name
    FROM seq
)
SELECT n,
       name,
       lower(replace(replace(name, ' & ', '-'), ' ', '-')) || '.example.com',
       json_extract('["food_service","retail","hospitality","distribution","manufacturing","other"]', '$[' || (n % 6) || ']'),
       json_extract('["US","US","US","CA","GB","DE","FR","MX"]', '$[' || (n % 8) || ']'),
       CASE WHEN n % 10 = 0 THEN 'platinum' WHEN n % 4 = 0 THEN 'gold' ELSE 'standard' END,
       strftime('%Y-%m-%dT%H:%M:%SZ', '2023-01-01', '+' || n || ' days'),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2023-01-01', '+' || (n + 30 + n % 90) || ' days'),
       CASE WHEN n % 40 = 0 THEN strftime('%Y-%m-%dT%H:%M:%SZ', '2024-06-01', '+' || n || ' hours') END
FROM named;

INSERT INTO contacts (id, organization_id, first_name, last_name, email, title, phone, created_at, updated_at, deleted_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 2000),
people AS (
    SELECT n,
           ((n - 1) % 200) + 1 AS organization_id,
           json_extract('["Ada","Ben","Chloe","Diego","Elena","Farid","Grace","Hiro","Ines","Jonas","Kofi","Lena","Mateo","Nadia","Omar","Priya","Quinn","Rosa","Sam","Tara"]',
                        '$[' || (n % 20) || ']') AS first_name,
           json_extract('["Adams","Brown","Chen","Dubois","Evans","Fischer","Garcia","Haddad","Ito","Jensen","Kim","Lopez","Muller","Nakamura","Okafor","Patel","Rossi","Silva","Tanaka","Weber","Young","Zhang","Novak"]',
                        '$[' || (n % 23) || ']') AS last_name
    FROM seq
)
SELECT p.n,
       p.organization_id,
       p.first_name,
       p.last_name,
       lower(p.first_name || '.' || p.last_name) || '.' || p.n || '@' || o.domain,
       json_extract('["Owner","Chef","Purchasing Manager","Operations Director","General Manager","Buyer","Sous Chef","Controller"]',
                    '$[' || (p.n % 8) || ']'),
       CASE WHEN p.n % 3 <> 0 THEN printf('+1 555 %03d %04d', p.n % 1000, (p.n * 7919) % 10000) END,
       strftime('%Y-%m-%dT%H:%M:%SZ', o.created_at, '+' || (p.n % 240) || ' hours'),
       strftime('%Y-%m-%dT%H:%M:%SZ', o.created_at, '+' || (p.n % 240 + 24 * (1 + p.n % 60)) || ' hours'),
       CASE WHEN p.n % 20 = 0 THEN strftime('%Y-%m-%dT%H:%M:%SZ', '2024-09-01', '+' || p.n || ' minutes') END
FROM people AS p
JOIN organizations AS o ON o.id = p.organization_id;

INSERT INTO products (id, sku, name, category, unit_price, currency, is_active, created_at, updated_at, deleted_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 50)
SELECT n,
       printf('SKU-%04d', n),
       json_extract('["Classic","Premium","Organic","Bulk","Chef''s","Everyday","Artisan","Select","Value","Signature"]', '$[' || (n % 10) || ']')
       || ' ' ||
       json_extract('["Olive Oil","Flour","Coffee Beans","Sea Salt","Rice"]', '$[' || (n % 5) || ']')
       || ' #' || n,
       json_extract('["pantry","pantry","beverages","seasoning","grains"]', '$[' || (n % 5) || ']'),
       ((n * 37) % 480) + 20 + (n % 4) * 0.25,
       'USD',
       CASE WHEN n % 25 = 0 THEN 0 ELSE 1 END,
       strftime('%Y-%m-%dT%H:%M:%SZ', '2023-01-01', '+' || (n * 2) || ' days'),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2023-01-01', '+' || (n * 2 + 45) || ' days'),
       NULL
FROM seq;

INSERT INTO opportunities (id, organization_id, contact_id, product_id, name, stage, quantity, amount, probability,
                           expected_close_date, created_at, updated_at, deleted_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 1000),
deals AS (
    SELECT n,
           ((n * 7) % 2000) + 1 AS contact_id,
           ((n * 3) % 50) + 1   AS product_id,
           (n % 20) + 1         AS quantity,
           json_extract('["prospecting","qualification","proposal","negotiation","closed_won","closed_lost"]', '$[' || (n % 6) || ']') AS stage
    FROM seq
)
SELECT d.n,
       c.organization_id,
       d.contact_id,
       d.product_id,
       p.name || ' for ' || o.name,
       d.stage,
       d.quantity,
       p.unit_price * d.quantity * 12,
       CASE d.stage WHEN 'prospecting' THEN 10 WHEN 'qualification' THEN 25 WHEN 'proposal' THEN 50
                    WHEN 'negotiation' THEN 75 WHEN 'closed_won' THEN 100 ELSE 0 END,
       date('2025-01-01', '+' || (d.n % 365) || ' days'),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2024-01-01', '+' || (d.n * 7) || ' hours'),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2024-01-01', '+' || (d.n * 7 + 48 + d.n % 500) || ' hours'),
       CASE WHEN d.n % 50 = 0 THEN strftime('%Y-%m-%dT%H:%M:%SZ', '2024-10-01', '+' || d.n || ' minutes') END
FROM deals AS d
JOIN contacts AS c ON c.id = d.contact_id
JOIN organizations AS o ON o.id = c.organization_id
JOIN products AS p ON p.id = d.product_id;

-- Even-numbered interactions belong to an opportunity (and its contact); odd ones are general touches.
INSERT INTO interactions (id, contact_id, opportunity_id, kind, subject, notes, occurred_at, duration_minutes,
                          created_at, updated_at, deleted_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 5000),
touches AS (
    SELECT n,
           CASE WHEN n % 2 = 0 THEN ((n / 2 - 1) % 1000) + 1 END AS opportunity_id,
           json_extract('["call","email","meeting","demo","note"]', '$[' || (n % 5) || ']') AS kind,
           strftime('%Y-%m-%dT%H:%M:%SZ', '2024-01-01T08:00:00', '+' || (n * 97) || ' minutes') AS occurred_at
    FROM seq
)
SELECT t.n,
       COALESCE(op.contact_id, ((t.n * 13) % 2000) + 1),
       t.opportunity_id,
       t.kind,
       CASE t.kind WHEN 'call' THEN 'Follow-up call' WHEN 'email' THEN 'Pricing email'
                   WHEN 'meeting' THEN 'On-site meeting' WHEN 'demo' THEN 'Product demo' ELSE 'Account note' END
       || ' #' || t.n,
       CASE WHEN t.n % 3 = 0 THEN 'Discussed volumes for next quarter (' || t.n || ').' END,
       t.occurred_at,
       CASE t.kind WHEN 'call' THEN 5 + t.n % 40 WHEN 'meeting' THEN 30 + t.n % 60 WHEN 'demo' THEN 45 END,
       t.occurred_at,
       strftime('%Y-%m-%dT%H:%M:%SZ', t.occurred_at, '+' || (t.n % 72) || ' hours'),
       CASE WHEN t.n % 20 = 0 THEN strftime('%Y-%m-%dT%H:%M:%SZ', t.occurred_at, '+30 days') END
FROM touches AS t
LEFT JOIN opportunities AS op ON op.id = t.opportunity_id;
