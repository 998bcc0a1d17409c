-- An Ansible-Semaphore-like job runner: backtick names, `integer primary key autoincrement`, a log
-- table keyed only by UNIQUE(task_id, time), sessions with indexes named like their columns.
create table `user` (`id` integer primary key autoincrement, `created` datetime not null, `username` varchar(255) not null,
  `email` varchar(255) not null, unique (`username`), unique (`email`));
create table `project` (`id` integer primary key autoincrement, `created` datetime not null, `name` varchar(255) not null);
create table `template` (`id` integer primary key autoincrement, `project_id` int not null, `playbook` varchar(255) not null,
  foreign key (`project_id`) references project(`id`) on delete cascade);
create table `job` (`id` integer primary key autoincrement, `template_id` int not null, `status` varchar(255) not null,
  foreign key (`template_id`) references template(`id`) on delete cascade);
create table `job__output` (`job_id` int not null, `task` varchar(255) not null, `time` datetime not null, `output` longtext not null,
  unique (`job_id`, `time`), foreign key (`job_id`) references job(`id`) on delete cascade);
create table `login` (`id` integer primary key autoincrement, `user_id` int not null, `created` datetime not null,
  `ip` varchar(15) not null default '', `agent` text not null, `expired` tinyint not null default '0');
create index `user_id` on `login`(`user_id`);
create index `expired` on `login`(`expired`);
create table `user__token` (`id` varchar(32) not null primary key, `created` datetime not null, `expired` tinyint not null default 0,
  `user_id` int not null, foreign key (`user_id`) references `user`(`id`) on delete cascade);

with recursive g(n) as (select 1 union all select n + 1 from g where n < 80)
insert into `user` (`created`, `username`, `email`) select datetime('2022-01-01', '+' || n || ' hours'), 'ops' || n, 'ops' || n || '@ci.example' from g;
with recursive g(n) as (select 1 union all select n + 1 from g where n < 6)
insert into `project` (`created`, `name`) select datetime('2022-02-01'), 'infra-' || n from g;
insert into `template` (`project_id`, `playbook`) select id, 'site.yml' from project union all select id, 'deploy.yml' from project;
with recursive g(n) as (select 1 union all select n + 1 from g where n < 90)
insert into `job` (`template_id`, `status`) select 1 + n % 12, case n % 3 when 0 then 'success' when 1 then 'error' else 'waiting' end from g;
insert into `job__output` (`job_id`, `task`, `time`, `output`)
  select j.id, 'TASK [' || k.n || ']', datetime('2022-03-01', '+' || (j.id * 10 + k.n) || ' seconds'), 'ok: [host' || k.n || ']'
  from job j, (select 1 as n union all select 2 union all select 3) k;
insert into `login` (`user_id`, `created`, `ip`, `agent`, `expired`) select id, datetime('2022-04-01'), '10.1.0.' || id, 'Mozilla/5.0', id % 2 from `user`;
insert into `user__token` (`id`, `created`, `expired`, `user_id`) select substr('0123456789abcdef0123456789abcdef' || id, -32), datetime('2022-05-01'), id % 5 = 0, id from `user` where id <= 50;
