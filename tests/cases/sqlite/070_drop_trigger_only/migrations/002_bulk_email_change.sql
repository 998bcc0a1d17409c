UPDATE contacts SET email = replace(email, '@a.example', '@b.example');
