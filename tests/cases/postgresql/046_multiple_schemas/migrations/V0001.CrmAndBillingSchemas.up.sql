CREATE SCHEMA crm;
CREATE SCHEMA billing;
ALTER TABLE public.organizations SET SCHEMA crm;
ALTER TABLE public.contacts SET SCHEMA crm;
CREATE TABLE billing.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES crm.organizations (id),
    total numeric(12,2) NOT NULL
);
INSERT INTO billing.invoices (organization_id, total) SELECT 1 + i % 12, i * 99.90 FROM generate_series(1, 36) i ORDER BY i;
