-- Drop received private read receipts of the unstable prefix so they never leak.
DELETE FROM receipts_linearized WHERE receipt_type = 'org.matrix.msc2285.read.private';
