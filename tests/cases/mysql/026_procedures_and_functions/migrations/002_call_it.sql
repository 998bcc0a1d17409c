CALL archive_closed(100);
UPDATE orders SET total = with_vat(total) WHERE status = 'open';
