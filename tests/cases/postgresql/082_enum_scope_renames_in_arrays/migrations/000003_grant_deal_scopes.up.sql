-- The new labels are used only now, in the next migration's transaction.
UPDATE api_tokens SET scopes = array_append(scopes, 'crm:deals.read')
WHERE owner IN ('user1', 'user2', 'user3');
UPDATE api_tokens SET scope = 'crm:deals.write', scopes = '{crm:deals.write,crm:deals.read}'
WHERE id % 25 = 0;
DROP VIEW token_overview;
CREATE VIEW token_overview AS
  SELECT id, owner, scope, scope_rank(scope) AS rank, scopes,
         'crm:deals.write' = ANY (scopes) AS can_write_deals
  FROM api_tokens;
