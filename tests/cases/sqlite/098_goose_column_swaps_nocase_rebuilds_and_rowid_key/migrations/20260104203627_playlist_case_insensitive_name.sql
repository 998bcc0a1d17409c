-- +goose Up
-- Fix case-insensitive sorting for playlist names
create table playlist_dg_tmp
(
    id          varchar(255)                              not null
        primary key,
    name        varchar(255) collate NOCASE default ''    not null,
    comment     varchar(255)                default ''    not null,
    song_count  integer                     default 0     not null,
    public      bool                        default FALSE not null,
    created_at  datetime,
    owner_id    varchar(255)                              not null
        constraint playlist_user_user_id_fk
            references user
            on update cascade on delete cascade
);

insert into playlist_dg_tmp(id, name, comment, song_count, public, created_at, owner_id)
select id, name, comment, song_count, public, created_at, owner_id
from playlist;

drop table playlist;

alter table playlist_dg_tmp
    rename to playlist;

create index playlist_name
    on playlist (name);

create index playlist_created_at
    on playlist (created_at);

-- one name per owner from now on, compared case-insensitively
delete from playlist where id in (
    select p.id from playlist p join playlist q
        on q.owner_id = p.owner_id and q.name = p.name and q.id < p.id);
create unique index playlist_owner_name on playlist (owner_id, name);

-- +goose Down
-- Note: Downgrade loses the collation but preserves data
SELECT 1/0;
