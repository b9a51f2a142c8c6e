-- Schema 2: UN General Assembly roll-call votes (the unvotes package's three CSVs, or Voeten's
-- single-file layout folded into the same three tables). Country codes are kept as given
-- (ISO2 in the unvotes files, ISO3 in Voeten's); the analysis maps them to ISO3.
CREATE TABLE IF NOT EXISTS unvotes_votes (
    rcid          INTEGER NOT NULL,
    country       VARCHAR,
    country_code  VARCHAR NOT NULL,
    vote          VARCHAR NOT NULL   -- yes | no | abstain
);

CREATE TABLE IF NOT EXISTS unvotes_roll_calls (
    rcid           INTEGER NOT NULL,
    session        INTEGER,
    importantvote  BOOLEAN,
    date           DATE,
    unres          VARCHAR,
    amend          BOOLEAN,
    para           BOOLEAN,
    short          VARCHAR,
    descr          VARCHAR
);

CREATE TABLE IF NOT EXISTS unvotes_issues (
    rcid        INTEGER NOT NULL,
    short_name  VARCHAR NOT NULL,
    issue       VARCHAR
);
