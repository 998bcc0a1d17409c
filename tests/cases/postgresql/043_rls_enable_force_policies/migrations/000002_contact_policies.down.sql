-- golang-migrate down file: rollback-commander must never run this.
SELECT 1/0;
