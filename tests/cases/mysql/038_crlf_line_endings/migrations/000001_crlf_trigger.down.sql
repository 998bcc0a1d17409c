DROP TRIGGER memos_bu;
