-- alter table login change ip ip varchar(39) not null default '';

alter table login rename to login_backup;

create table login
(
    id integer primary key autoincrement,
    user_id int not null,
    created datetime not null,
    ip varchar(39) default '' not null,
    agent text not null,
    expired tinyint default '0' not null
);

insert into login select * from login_backup;

drop table login_backup;

create index expired
    on login (expired);

create index user_id
    on login (user_id);
