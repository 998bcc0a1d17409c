-- more contacts arrive as a COPY block (as a data export would write them), then duplicates
-- without an e-mail are removed and a company is merged into another
COPY public.contacts (id, company_id, full_name, email, tags) FROM stdin;
6	3	Peter Gibbons	peter@initech.test	{}
7	3	Milton Waddams	\N	{stapler}
8	4	Alice Abernathy	alice@umbrella.test	{}
\.

SELECT pg_catalog.setval('public.contacts_id_seq', 8, true);

DELETE FROM public.contacts WHERE email IS NULL AND company_id = 1;
UPDATE public.contacts SET company_id = 1 WHERE company_id = 2;
DELETE FROM public.companies WHERE id = 2;
INSERT INTO public.contacts (company_id, full_name, email) VALUES (4, 'Jill Valentine', 'jill@umbrella.test');
