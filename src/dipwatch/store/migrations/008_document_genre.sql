-- Schema 8: each document's genre, news or narrative: how the coder anchored its undated days
-- (dipwatch.coder.genre; given with --genre, or decided from source and text). NULL for
-- documents stored before.
ALTER TABLE documents ADD COLUMN genre VARCHAR;
