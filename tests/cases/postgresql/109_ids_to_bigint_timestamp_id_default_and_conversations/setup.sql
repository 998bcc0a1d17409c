-- A federated microblog (mastodon-like) from before its ids became 64-bit: serial integer keys,
-- replies pointing at statuses of the same table, favourites, and conversations still kept as a
-- text URI on each status.
CREATE TABLE accounts (
    id serial PRIMARY KEY,
    username character varying NOT NULL,
    domain character varying,
    suspended boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX index_accounts_on_username_and_domain ON accounts (username, domain);
CREATE TABLE statuses (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    in_reply_to_id integer,
    conversation character varying,
    text text NOT NULL DEFAULT '',
    created_at timestamp NOT NULL,
    deleted_at timestamp
);
ALTER TABLE statuses ADD CONSTRAINT fk_statuses_in_reply_to FOREIGN KEY (in_reply_to_id) REFERENCES statuses (id) ON DELETE SET NULL;
CREATE TABLE favourites (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    status_id integer NOT NULL REFERENCES statuses (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX index_favourites_on_account_id_and_status_id ON favourites (account_id, status_id);

INSERT INTO accounts (username, domain, suspended)
SELECT 'acct' || g, CASE WHEN g % 3 = 0 THEN 'remote' || (g % 4) || '.test' END, g % 9 = 0
FROM generate_series(1, 30) g ORDER BY g;
INSERT INTO statuses (account_id, in_reply_to_id, conversation, text, created_at, deleted_at)
SELECT 1 + g % 30, CASE WHEN g > 20 AND g % 4 = 0 THEN g - 19 END,
       CASE WHEN g % 5 <> 0 THEN 'tag:social.test,2017:objectId=' || (g % 17) || ':objectType=Conversation' END,
       'status ' || g, timestamp '2017-03-01 00:00:00' + g * interval '37 minutes',
       CASE WHEN g % 23 = 0 THEN timestamp '2017-05-01 00:00:00' END
FROM generate_series(1, 150) g ORDER BY g;
INSERT INTO favourites (account_id, status_id)
SELECT DISTINCT 1 + (g * 7) % 30, 1 + (g * 11) % 150 FROM generate_series(1, 200) g ORDER BY 1, 2;
