UPDATE chart_definitions
SET name = 'identified_protein_groups'
WHERE name = 'plot_1';

UPDATE chart_definitions
SET name = 'identified_peptides'
WHERE name = 'plot_3';

UPDATE chart_page_assignments cpa
JOIN chart_definitions cd ON cd.id = cpa.chart_id
SET cpa.is_visible = FALSE
WHERE cd.name IN (
  'plot_4',
  'plot_6'
);

UPDATE chart_page_assignments cpa
JOIN chart_definitions cd ON cd.id = cpa.chart_id
SET cpa.is_visible = TRUE
WHERE cd.name IN (
  'identified_protein_groups',
  'identified_peptides'
);
