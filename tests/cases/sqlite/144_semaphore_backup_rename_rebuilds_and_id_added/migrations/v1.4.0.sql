alter table `job` add `debug` boolean not null default false;
alter table `template` add `ssh_key_id` int null references `user`(`id`);
alter table `job` add `created` datetime null;
alter table `job` add `user_id` int;
update `job` set `created` = datetime('2022-03-01', '+' || `id` || ' minutes'), `user_id` = 1 + `id` % 80;
