-- A CRM's e-mail campaign tool (gophish-like goose migrations on SQLite, as the Go ORM left it).
CREATE TABLE "users" ("id" integer primary key autoincrement,"username" varchar(255) NOT NULL UNIQUE,"hash" varchar(255),"api_key" varchar(255) NOT NULL UNIQUE );
CREATE TABLE "campaigns" ("id" integer primary key autoincrement,"user_id" bigint,"name" varchar(255) NOT NULL ,"created_date" datetime,"completed_date" datetime,"template_id" bigint,"page_id" bigint,"status" varchar(255),"url" varchar(255),"smtp_id" bigint,"launch_date" datetime,"send_by_date" datetime );
CREATE TABLE "results" ("id" integer primary key autoincrement,"campaign_id" bigint,"user_id" bigint,"r_id" varchar(255),"email" varchar(255),"first_name" varchar(255),"last_name" varchar(255),"status" varchar(255) NOT NULL ,"ip" varchar(255),"latitude" real,"longitude" real );

INSERT INTO "users" ("username", "hash", "api_key") VALUES ('ops', '$2a$10$opshash', 'k-ops-0001'), ('admin', '$2a$10$adminhash', 'k-adm-0002'), ('marketing', NULL, 'k-mkt-0003');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 14)
INSERT INTO "campaigns" ("user_id", "name", "created_date", "completed_date", "template_id", "page_id", "status", "url", "smtp_id", "launch_date", "send_by_date")
SELECT 1 + i % 3, 'Renewal reminder ' || i, printf('2023-0%d-01 08:00:00+00:00', 1 + i % 9),
       CASE WHEN i % 3 = 0 THEN printf('2023-0%d-09 18:00:00+00:00', 1 + i % 9) ELSE '0000-00-00 00:00:00' END,
       1 + i % 2, 1, CASE WHEN i % 3 = 0 THEN 'Completed' ELSE 'In progress' END, 'https://crm.example.com/r/' || i, 1,
       CASE WHEN i % 4 = 0 THEN '0000-00-00 00:00:00' ELSE printf('2023-0%d-02 09:00:00+00:00', 1 + i % 9) END,
       '0000-00-00 00:00:00'
FROM n ORDER BY i;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 70)
INSERT INTO "results" ("campaign_id", "user_id", "r_id", "email", "first_name", "last_name", "status", "ip", "latitude", "longitude")
SELECT 1 + i % 14, 1 + i % 3, printf('r%06x', i * 7919), 'contact' || i || '@customer.example', 'First' || i, 'Last' || i,
       CASE i % 5 WHEN 0 THEN 'Clicked Link' WHEN 1 THEN 'Email Opened' WHEN 2 THEN 'Email Sent' WHEN 3 THEN 'Submitted Data' ELSE 'Error' END,
       CASE WHEN i % 5 IN (0, 3) THEN '10.1.' || (i % 7) || '.' || i END, CASE WHEN i % 5 = 0 THEN 52.52 + i / 1000.0 END, CASE WHEN i % 5 = 0 THEN 13.40 END
FROM n ORDER BY i;
