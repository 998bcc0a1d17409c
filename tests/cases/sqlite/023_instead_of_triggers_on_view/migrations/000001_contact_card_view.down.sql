DROP VIEW contact_cards;
