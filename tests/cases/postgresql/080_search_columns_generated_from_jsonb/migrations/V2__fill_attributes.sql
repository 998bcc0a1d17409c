UPDATE tickets
SET attrs = jsonb_build_object(
  'due', '2024-03-0' || (1 + ticket_no % 9) || 'T10:00:00+02:00',
  'priority', ticket_no % 4,
  'assignee', 'agent-' || (ticket_no % 5),
  'body', 'printer jam ' || ticket_no,
  'labels', jsonb_build_array('hw', 'l' || (ticket_no % 2)))
WHERE ticket_no % 6 <> 0;
