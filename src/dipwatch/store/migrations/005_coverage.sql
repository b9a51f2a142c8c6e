-- Schema 5: what the store covers, per origin and source, by day (see Store.load).
-- Every load adds one row per origin, source and day it brought material for: the events it
-- stored dated that day and the documents it stored published that day. The analyses claim
-- "first contact", change points and comparisons with a previous period only over days the
-- store covers (dipwatch.analysis.coverage); absence of events elsewhere is absence of data.
CREATE TABLE coverage (
    input      VARCHAR NOT NULL,  -- inputs.sha256 of the load ('' for rows rebuilt below)
    origin     VARCHAR NOT NULL,  -- text | gdelt | icews | csv
    source     VARCHAR NOT NULL,  -- the documents' source; the origin for event files
    day        DATE NOT NULL,
    events     BIGINT NOT NULL,
    documents  BIGINT NOT NULL
);

-- A store loaded before schema 5: its coverage as its events and documents show it.
INSERT INTO coverage
SELECT '', origin, source, day, sum(events), sum(documents) FROM (
    SELECT e.origin, coalesce(nullif(d.source, ''), e.origin) AS source, e.date AS day,
           count(*) AS events, 0 AS documents
    FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id
    GROUP BY ALL
    UNION ALL
    SELECT 'text', coalesce(nullif(source, ''), 'text'), published, 0, count(*)
    FROM documents WHERE published IS NOT NULL
    GROUP BY ALL
) GROUP BY ALL;
