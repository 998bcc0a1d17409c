-- a hotfix after V2 (as text, 'V2.0.1__' sorts before 'V2__')
UPDATE quotes SET status = 'expired' WHERE status = 'draft';
