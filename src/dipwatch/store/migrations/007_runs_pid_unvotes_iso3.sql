-- Schema 7: a run records the process that runs it, so that a run left 'running' by a process
-- that died is marked 'crashed' by the next one; a UN vote records the ISO 3166 alpha-3 code of
-- the state that cast it at the time (ISO 3166-3 for states that no longer exist: CSK, DDR,
-- YUG, SUN, YMD), where country_code (ISO2 as the file gives it) can be ambiguous (CS).
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE unvotes_votes ADD COLUMN iso3 VARCHAR;
