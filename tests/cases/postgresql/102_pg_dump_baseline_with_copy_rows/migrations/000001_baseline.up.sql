--
-- PostgreSQL database dump
--

-- Dumped from database version 15.4
-- Dumped by pg_dump version 15.4

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: companies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.companies (
    id integer NOT NULL,
    name character varying(120) NOT NULL,
    country character(2),
    notes text
);

CREATE SEQUENCE public.companies_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.companies_id_seq OWNED BY public.companies.id;

CREATE TABLE public.contacts (
    id integer NOT NULL,
    company_id integer,
    full_name text NOT NULL,
    email text,
    tags text[] DEFAULT '{}'::text[] NOT NULL
);

CREATE SEQUENCE public.contacts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.contacts_id_seq OWNED BY public.contacts.id;

ALTER TABLE ONLY public.companies ALTER COLUMN id SET DEFAULT nextval('public.companies_id_seq'::regclass);
ALTER TABLE ONLY public.contacts ALTER COLUMN id SET DEFAULT nextval('public.contacts_id_seq'::regclass);

--
-- Data for Name: companies; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.companies (id, name, country, notes) FROM stdin;
1	Acme Corp	US	first customer; pays late
2	Globex	DE	\\N is not null here: a backslash
3	Initech	\N	\N
4	Umbrella	FR	line one\nline two\ttabbed
5	O'Reilly Media	US	-- not a comment; /* nor this */
\.

COPY public.contacts (id, company_id, full_name, email, tags) FROM stdin;
1	1	Ada Lovelace	ada@acme.test	{vip,board}
2	1	Charles Babbage	\N	{}
3	2	Grace Hopper	grace@globex.test	{"navy, retired"}
4	\N	Alan Turing	alan@example.test	{}
5	5	Tim O'Reilly	tim@oreilly.test	{author}
\.

COPY public.app_settings (key, value) FROM stdin;
currency	EUR
\.

SELECT pg_catalog.setval('public.companies_id_seq', 5, true);
SELECT pg_catalog.setval('public.contacts_id_seq', 5, true);

ALTER TABLE ONLY public.companies
    ADD CONSTRAINT companies_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.contacts
    ADD CONSTRAINT contacts_pkey PRIMARY KEY (id);

CREATE INDEX contacts_company_id_idx ON public.contacts USING btree (company_id);

ALTER TABLE ONLY public.contacts
    ADD CONSTRAINT contacts_company_id_fkey FOREIGN KEY (company_id) REFERENCES public.companies(id) ON DELETE SET NULL;

--
-- PostgreSQL database dump complete
--
