-- plausible but never run
CREATE TABLE members (id INT PRIMARY KEY);
