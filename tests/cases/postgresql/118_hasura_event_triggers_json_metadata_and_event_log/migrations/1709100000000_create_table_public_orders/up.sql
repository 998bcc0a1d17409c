CREATE TABLE "public"."orders" ("id" serial NOT NULL, "customer_id" integer NOT NULL, "total_cents" integer NOT NULL,
    "status" text NOT NULL DEFAULT 'new', "created_at" timestamp NOT NULL,
    PRIMARY KEY ("id"), FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON UPDATE restrict ON DELETE cascade);
INSERT INTO "public"."orders" ("customer_id", "total_cents", "status", "created_at")
SELECT 1 + g % 80, 500 + (g * 37) % 9000, (ARRAY['new', 'paid', 'shipped'])[1 + g % 3], timestamp '2024-03-01' + g * interval '1 hour'
FROM generate_series(1, 150) g ORDER BY g;
