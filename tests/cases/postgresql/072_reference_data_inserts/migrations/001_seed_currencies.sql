INSERT INTO currencies (code, name, minor_units) VALUES
    ('USD', 'US Dollar', 2), ('JPY', 'Yen', 0), ('GBP', 'Pound Sterling', 2), ('KWD', 'Kuwaiti Dinar', 3), ('EUR', 'Euro (dup)', 2)
ON CONFLICT (code) DO NOTHING;
