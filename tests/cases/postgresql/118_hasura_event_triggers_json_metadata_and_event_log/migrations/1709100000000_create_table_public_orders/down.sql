DROP TABLE "public"."orders";
