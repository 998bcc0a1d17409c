PRAGMA this_is_the_sqlite_variant_and_must_not_run;
THIS IS NOT SQL;
