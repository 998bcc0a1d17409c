-- +goose Up
PRAGMA foreign_keys=OFF;

CREATE TABLE scrobbles_tmp(
    id INTEGER PRIMARY KEY,
    media_file_id VARCHAR(255) NOT NULL
        REFERENCES media_file(id)
            ON DELETE CASCADE
            ON UPDATE CASCADE,
    user_id VARCHAR(255) NOT NULL
        REFERENCES user(id)
            ON DELETE CASCADE
            ON UPDATE CASCADE,
    submission_time INTEGER NOT NULL
);
INSERT INTO scrobbles_tmp SELECT ROWID, media_file_id, user_id, submission_time FROM scrobbles;

DROP INDEX scrobbles_date;
DROP TABLE scrobbles;
ALTER TABLE scrobbles_tmp RENAME TO scrobbles;
CREATE INDEX scrobbles_user_time ON scrobbles(user_id, submission_time);

-- 0 meant "unknown": NULL says it now
drop index if exists media_file_bpm;

alter table media_file add column bpm_new integer;
alter table media_file add column bit_depth_new integer;

update media_file set
    bpm_new = nullif(bpm, 0),
    bit_depth_new = nullif(bit_depth, 0);

alter table media_file drop column bpm;
alter table media_file drop column bit_depth;

alter table media_file rename column bpm_new to bpm;
alter table media_file rename column bit_depth_new to bit_depth;

create index if not exists media_file_bpm on media_file (bpm);

-- 32-bit readers: clamp out-of-range track numbers
update media_file set track_number = 0
where track_number < -2147483648 or track_number > 2147483647;

-- user names become case-sensitive (an external directory knows 'Admin' and 'admin')
create table user_dg_tmp
(
    id          varchar(255)                      not null
        primary key,
    user_name   varchar(255) default ''           not null
        unique,
    name        varchar(255) default ''           not null,
    is_admin    bool         default FALSE        not null
);
insert into user_dg_tmp(id, user_name, name, is_admin) select id, user_name, name, is_admin from user;
drop table user;
alter table user_dg_tmp rename to user;
insert into user (id, user_name, name, is_admin) values ('u5', 'ADMIN', 'Directory admin', FALSE), ('u6', 'lee', 'Lee Park', FALSE);

PRAGMA foreign_keys=ON;

-- +goose Down
THIS IS NOT SQL;
