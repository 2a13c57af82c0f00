-- second release adds a column; existing rows keep their data
ALTER TABLE sample_user ADD COLUMN full_name VARCHAR(128);
UPDATE sample_user SET full_name = login_name WHERE full_name IS NULL;
