-- Schema 1: documents, events, runs, inputs, quarantine (see DESIGN.md, "Data model").
CREATE TABLE IF NOT EXISTS documents (
    doc_id      VARCHAR PRIMARY KEY,
    source      VARCHAR,
    kind        VARCHAR,
    lang        VARCHAR,
    title       VARCHAR,
    published   DATE,
    url         VARCHAR,
    sha256      VARCHAR NOT NULL,
    location    VARCHAR,
    text        VARCHAR NOT NULL,
    run_id      VARCHAR
);

-- No primary key: GDELT-sized loads would pay for an index on every row. Loads are kept
-- idempotent by input hashes (inputs) and an anti-join on event_id.
CREATE TABLE IF NOT EXISTS events (
    event_id        VARCHAR NOT NULL,
    date            DATE NOT NULL,
    date_precision  VARCHAR NOT NULL DEFAULT 'day',
    source_actor    VARCHAR,
    target_actor    VARCHAR,
    code            VARCHAR NOT NULL,
    root            VARCHAR NOT NULL,
    quad_class      TINYINT,
    goldstein       DOUBLE,
    issues          VARCHAR[],
    origin          VARCHAR NOT NULL,
    doc_id          VARCHAR,
    sentence        INTEGER,
    text            VARCHAR,
    span_start      INTEGER,
    span_end        INTEGER,
    pattern         VARCHAR,
    confidence      DOUBLE,
    num_mentions    INTEGER,
    num_sources     INTEGER,
    num_articles    INTEGER,
    tone            DOUBLE,
    action_country  VARCHAR,
    url             VARCHAR,
    story_id        VARCHAR,
    run_id          VARCHAR
);

CREATE TABLE IF NOT EXISTS runs (
    run_id    VARCHAR PRIMARY KEY,
    started   TIMESTAMP NOT NULL,
    finished  TIMESTAMP,
    command   VARCHAR NOT NULL,
    inputs    VARCHAR[],
    counts    JSON,
    status    VARCHAR NOT NULL DEFAULT 'running'
);

-- One row per input file whose load committed: the same bytes are never loaded twice.
CREATE TABLE IF NOT EXISTS inputs (
    sha256    VARCHAR NOT NULL,
    kind      VARCHAR NOT NULL,
    path      VARCHAR NOT NULL,
    bytes     BIGINT,
    run_id    VARCHAR,
    loaded    TIMESTAMP NOT NULL,
    counts    JSON,
    PRIMARY KEY (sha256, kind)
);

CREATE TABLE IF NOT EXISTS quarantine (
    run_id    VARCHAR,
    input     VARCHAR NOT NULL,
    location  VARCHAR,
    reason    VARCHAR NOT NULL,
    raw       VARCHAR
);
