begin;
insert into auth.users (id, email, raw_user_meta_data)
values ('00000000-0000-0000-0000-000000000099', 'late@app.example', '{"full_name": "Late Joiner"}');
-- cascades into profiles
delete from auth.users where email like 'user1_@app.example';
commit;
