-- Forward marker only: the down migration of this release blocks a lossy downgrade.
SELECT 1;
