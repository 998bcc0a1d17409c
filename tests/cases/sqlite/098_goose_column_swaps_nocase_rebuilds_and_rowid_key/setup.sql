-- A self-hosted media library (navidrome-like), lower-case DDL as its tools write it.
create table user
(
    id          varchar(255)                      not null
        primary key,
    user_name   varchar(255) collate NOCASE default '' not null
        unique,
    name        varchar(255) default ''           not null,
    is_admin    bool         default FALSE        not null
);

create table playlist
(
    id          varchar(255)                   not null
        primary key,
    name        varchar(255) default ''        not null,
    comment     varchar(255) default ''        not null,
    song_count  integer      default 0         not null,
    public      bool         default FALSE     not null,
    created_at  datetime,
    owner_id    varchar(255)                   not null
        constraint playlist_user_user_id_fk
            references user
            on update cascade on delete cascade
);
create index playlist_name
    on playlist (name);
create index playlist_created_at
    on playlist (created_at);

create table playqueue
(
    id          varchar(255) not null primary key,
    user_id     varchar(255) not null
        references user (id)
            on update cascade on delete cascade,
    current     integer      default 0 not null,
    position    real         default 0 not null,
    items       varchar(255),
    changed_by  varchar(255),
    updated_at  datetime
);

create table media_file
(
    id            varchar(255)           not null primary key,
    path          varchar(255) default '' not null,
    title         varchar(255) default '' not null,
    track_number  integer      default 0  not null,
    bpm           integer      default 0  not null,
    bit_depth     integer      default 0  not null,
    created_at    datetime
);
create index media_file_bpm
    on media_file (bpm);
create index media_file_path
    on media_file (path);

create table scrobbles
(
    media_file_id   varchar(255) not null
        references media_file (id)
            on delete cascade on update cascade,
    user_id         varchar(255) not null
        references user (id)
            on delete cascade on update cascade,
    submission_time integer      not null
);
create index scrobbles_date on scrobbles (submission_time);

create table album_artists
(
    album_id  varchar not null,
    artist_id varchar not null,
    role      varchar default '' not null,
    sub_role  varchar default '' not null,
    constraint album_artists
        unique (album_id, artist_id, role, sub_role)
);
create index album_artists_role on album_artists (role);

insert into user (id, user_name, name, is_admin) values
    ('u1', 'admin', 'Administrator', TRUE),
    ('u2', 'Dana.Miles', 'Dana Miles', FALSE),
    ('u3', 'raj', 'Raj Patel', FALSE),
    ('u4', 'Lee', 'Lee Chen', FALSE);

with recursive n(i) as (select 1 union all select i + 1 from n where i < 10)
insert into playlist (id, name, comment, song_count, public, created_at, owner_id)
select printf('pl-%02d', i),
       case i % 4 when 0 then 'road trip' when 1 then 'Road Trip' when 2 then 'Focus ' || i else 'chill mix ' || i end,
       case when i % 3 = 0 then 'shared' else '' end, i * 7, i % 2, printf('2024-05-%02d 18:00:00', i),
       'u' || (1 + i % 4)
from n;

insert into playqueue (id, user_id, current, position, items, changed_by, updated_at) values
    ('pq-1', 'u1', 3, 12.75, 'mf-01,mf-02,mf-03,mf-04', 'web', '2024-06-01 10:00:00'),
    ('pq-2', 'u2', 0, 0, '', 'android', '2024-06-02 11:00:00'),
    ('pq-3', 'u3', 1, 187.5, 'mf-10,mf-11', 'web', '2024-06-03 12:00:00'),
    ('pq-4', 'u4', 0, 0, NULL, NULL, '2024-06-04 13:00:00');

with recursive n(i) as (select 1 union all select i + 1 from n where i < 40)
insert into media_file (id, path, title, track_number, bpm, bit_depth, created_at)
select printf('mf-%02d', i), printf('/music/artist%d/album%d/%02d.flac', i % 5, i % 8, i), 'Track ' || i,
       case when i % 13 = 0 then 5000000000 + i else i % 12 end,
       case when i % 4 = 0 then 0 else 90 + i end,
       case i % 3 when 0 then 0 when 1 then 16 else 24 end,
       printf('2024-04-%02d 08:00:00', 1 + i % 28)
from n;

-- a keyless log: the same scrobble may appear twice
with recursive n(i) as (select 1 union all select i + 1 from n where i < 60)
insert into scrobbles (media_file_id, user_id, submission_time)
select printf('mf-%02d', 1 + i % 40), 'u' || (1 + i % 4), 1717200000 + (i / 2) * 300 from n;

with recursive n(i) as (select 1 union all select i + 1 from n where i < 30)
insert into album_artists (album_id, artist_id, role, sub_role)
select 'al-' || (i % 10), 'ar-' || (i % 7), case when i % 5 = 0 then 'composer' else 'albumartist' end,
       case when i % 11 = 0 then 'guest' else '' end
from n;
