-- Before the project adopted migrations, a settings table already existed on some installs.
CREATE TABLE public.app_settings (
    key text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO public.app_settings VALUES ('theme', 'dark'), ('locale', 'de');
