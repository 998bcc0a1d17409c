DROP TYPE contact_channel CASCADE;
