UPDATE measurements SET label = LEFT(label, 20) WHERE CHAR_LENGTH(label) > 20;
ALTER TABLE measurements MODIFY label VARCHAR(20);
