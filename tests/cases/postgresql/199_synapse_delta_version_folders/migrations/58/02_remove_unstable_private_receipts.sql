DELETE FROM receipts_linearized WHERE receipt_type = 'org.matrix.msc2285.read.private';
