-- Create profiles for every auth user, kept in sync by a trigger.
begin;

create table public.profiles (
    id uuid primary key references auth.users (id) on delete cascade,
    full_name text,
    website text,
    updated_at timestamptz,
    constraint username_length check (char_length(full_name) >= 3)
);

alter table public.profiles enable row level security;

create policy "Public profiles are viewable by everyone." on public.profiles
    for select using (true);
create policy "Users can insert their own profile." on public.profiles
    for insert with check ((select auth.uid()) = id);
create policy "Users can update own profile." on public.profiles
    for update using ((select auth.uid()) = id);

create function public.handle_new_user() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
    insert into public.profiles (id, full_name) values (new.id, new.raw_user_meta_data ->> 'full_name');
    return new;
end;
$$;

create trigger on_auth_user_created after insert on auth.users
    for each row execute procedure public.handle_new_user();

insert into public.profiles (id, full_name) select id, raw_user_meta_data ->> 'full_name' from auth.users;

grant select on public.profiles to anon, authenticated;
grant insert, update on public.profiles to authenticated;

commit;
