alter table job__output rename to job__output_backup;

create table job__output
(
    id integer primary key autoincrement,
    job_id int not null,
    task varchar(255) not null,
    time datetime not null,
    output longtext not null,

    foreign key (`job_id`) references job(`id`) on delete cascade
);

insert into job__output(job_id, task, time, output) select * from job__output_backup;

drop table job__output_backup;
