-- Schema 4: GDELT rows kept as the lines they came as, their columns a view over them.
-- gdelt_lines holds each kept GDELT event row verbatim (tab-separated, as in the file), one per
-- GlobalEventID: writing one text per row is several times cheaper than 61 typed columns,
-- and nothing of the original is lost, not even a value that is not of its column's type.
-- gdelt_raw is now a view that splits the lines into GDELT 2.0's typed columns (see
-- dipwatch.store.gdelt_view.raw_view_sql, which must match it; a test checks).
CREATE TABLE gdelt_lines (
    GlobalEventID  BIGINT NOT NULL,
    line           VARCHAR NOT NULL,
    gdelt_version  TINYINT NOT NULL,  -- 1 or 2: the layout of the line
    input          VARCHAR NOT NULL   -- sha256 of the file it came from (inputs.sha256)
);

-- Rows stored by schema 3 are written back as lines, in their own layout.
INSERT INTO gdelt_lines
SELECT GlobalEventID, CASE WHEN gdelt_version = 1 THEN concat_ws(chr(9), coalesce(CAST(GlobalEventID AS VARCHAR), ''), coalesce(CAST(SQLDATE AS VARCHAR), ''), coalesce(CAST(MonthYear AS VARCHAR), ''), coalesce(CAST(Year AS VARCHAR), ''), coalesce(CAST(FractionDate AS VARCHAR), ''), coalesce(CAST(Actor1Code AS VARCHAR), ''), coalesce(CAST(Actor1Name AS VARCHAR), ''), coalesce(CAST(Actor1CountryCode AS VARCHAR), ''), coalesce(CAST(Actor1KnownGroupCode AS VARCHAR), ''), coalesce(CAST(Actor1EthnicCode AS VARCHAR), ''), coalesce(CAST(Actor1Religion1Code AS VARCHAR), ''), coalesce(CAST(Actor1Religion2Code AS VARCHAR), ''), coalesce(CAST(Actor1Type1Code AS VARCHAR), ''), coalesce(CAST(Actor1Type2Code AS VARCHAR), ''), coalesce(CAST(Actor1Type3Code AS VARCHAR), ''), coalesce(CAST(Actor2Code AS VARCHAR), ''), coalesce(CAST(Actor2Name AS VARCHAR), ''), coalesce(CAST(Actor2CountryCode AS VARCHAR), ''), coalesce(CAST(Actor2KnownGroupCode AS VARCHAR), ''), coalesce(CAST(Actor2EthnicCode AS VARCHAR), ''), coalesce(CAST(Actor2Religion1Code AS VARCHAR), ''), coalesce(CAST(Actor2Religion2Code AS VARCHAR), ''), coalesce(CAST(Actor2Type1Code AS VARCHAR), ''), coalesce(CAST(Actor2Type2Code AS VARCHAR), ''), coalesce(CAST(Actor2Type3Code AS VARCHAR), ''), coalesce(CAST(IsRootEvent AS VARCHAR), ''), coalesce(CAST(EventCode AS VARCHAR), ''), coalesce(CAST(EventBaseCode AS VARCHAR), ''), coalesce(CAST(EventRootCode AS VARCHAR), ''), coalesce(CAST(QuadClass AS VARCHAR), ''), coalesce(CAST(GoldsteinScale AS VARCHAR), ''), coalesce(CAST(NumMentions AS VARCHAR), ''), coalesce(CAST(NumSources AS VARCHAR), ''), coalesce(CAST(NumArticles AS VARCHAR), ''), coalesce(CAST(AvgTone AS VARCHAR), ''), coalesce(CAST(Actor1Geo_Type AS VARCHAR), ''), coalesce(CAST(Actor1Geo_FullName AS VARCHAR), ''), coalesce(CAST(Actor1Geo_CountryCode AS VARCHAR), ''), coalesce(CAST(Actor1Geo_ADM1Code AS VARCHAR), ''), coalesce(CAST(Actor1Geo_Lat AS VARCHAR), ''), coalesce(CAST(Actor1Geo_Long AS VARCHAR), ''), coalesce(CAST(Actor1Geo_FeatureID AS VARCHAR), ''), coalesce(CAST(Actor2Geo_Type AS VARCHAR), ''), coalesce(CAST(Actor2Geo_FullName AS VARCHAR), ''), coalesce(CAST(Actor2Geo_CountryCode AS VARCHAR), ''), coalesce(CAST(Actor2Geo_ADM1Code AS VARCHAR), ''), coalesce(CAST(Actor2Geo_Lat AS VARCHAR), ''), coalesce(CAST(Actor2Geo_Long AS VARCHAR), ''), coalesce(CAST(Actor2Geo_FeatureID AS VARCHAR), ''), coalesce(CAST(ActionGeo_Type AS VARCHAR), ''), coalesce(CAST(ActionGeo_FullName AS VARCHAR), ''), coalesce(CAST(ActionGeo_CountryCode AS VARCHAR), ''), coalesce(CAST(ActionGeo_ADM1Code AS VARCHAR), ''), coalesce(CAST(ActionGeo_Lat AS VARCHAR), ''), coalesce(CAST(ActionGeo_Long AS VARCHAR), ''), coalesce(CAST(ActionGeo_FeatureID AS VARCHAR), ''), coalesce(CAST(DATEADDED AS VARCHAR), ''), coalesce(CAST(SOURCEURL AS VARCHAR), '')) ELSE concat_ws(chr(9), coalesce(CAST(GlobalEventID AS VARCHAR), ''), coalesce(CAST(SQLDATE AS VARCHAR), ''), coalesce(CAST(MonthYear AS VARCHAR), ''), coalesce(CAST(Year AS VARCHAR), ''), coalesce(CAST(FractionDate AS VARCHAR), ''), coalesce(CAST(Actor1Code AS VARCHAR), ''), coalesce(CAST(Actor1Name AS VARCHAR), ''), coalesce(CAST(Actor1CountryCode AS VARCHAR), ''), coalesce(CAST(Actor1KnownGroupCode AS VARCHAR), ''), coalesce(CAST(Actor1EthnicCode AS VARCHAR), ''), coalesce(CAST(Actor1Religion1Code AS VARCHAR), ''), coalesce(CAST(Actor1Religion2Code AS VARCHAR), ''), coalesce(CAST(Actor1Type1Code AS VARCHAR), ''), coalesce(CAST(Actor1Type2Code AS VARCHAR), ''), coalesce(CAST(Actor1Type3Code AS VARCHAR), ''), coalesce(CAST(Actor2Code AS VARCHAR), ''), coalesce(CAST(Actor2Name AS VARCHAR), ''), coalesce(CAST(Actor2CountryCode AS VARCHAR), ''), coalesce(CAST(Actor2KnownGroupCode AS VARCHAR), ''), coalesce(CAST(Actor2EthnicCode AS VARCHAR), ''), coalesce(CAST(Actor2Religion1Code AS VARCHAR), ''), coalesce(CAST(Actor2Religion2Code AS VARCHAR), ''), coalesce(CAST(Actor2Type1Code AS VARCHAR), ''), coalesce(CAST(Actor2Type2Code AS VARCHAR), ''), coalesce(CAST(Actor2Type3Code AS VARCHAR), ''), coalesce(CAST(IsRootEvent AS VARCHAR), ''), coalesce(CAST(EventCode AS VARCHAR), ''), coalesce(CAST(EventBaseCode AS VARCHAR), ''), coalesce(CAST(EventRootCode AS VARCHAR), ''), coalesce(CAST(QuadClass AS VARCHAR), ''), coalesce(CAST(GoldsteinScale AS VARCHAR), ''), coalesce(CAST(NumMentions AS VARCHAR), ''), coalesce(CAST(NumSources AS VARCHAR), ''), coalesce(CAST(NumArticles AS VARCHAR), ''), coalesce(CAST(AvgTone AS VARCHAR), ''), coalesce(CAST(Actor1Geo_Type AS VARCHAR), ''), coalesce(CAST(Actor1Geo_FullName AS VARCHAR), ''), coalesce(CAST(Actor1Geo_CountryCode AS VARCHAR), ''), coalesce(CAST(Actor1Geo_ADM1Code AS VARCHAR), ''), coalesce(CAST(Actor1Geo_ADM2Code AS VARCHAR), ''), coalesce(CAST(Actor1Geo_Lat AS VARCHAR), ''), coalesce(CAST(Actor1Geo_Long AS VARCHAR), ''), coalesce(CAST(Actor1Geo_FeatureID AS VARCHAR), ''), coalesce(CAST(Actor2Geo_Type AS VARCHAR), ''), coalesce(CAST(Actor2Geo_FullName AS VARCHAR), ''), coalesce(CAST(Actor2Geo_CountryCode AS VARCHAR), ''), coalesce(CAST(Actor2Geo_ADM1Code AS VARCHAR), ''), coalesce(CAST(Actor2Geo_ADM2Code AS VARCHAR), ''), coalesce(CAST(Actor2Geo_Lat AS VARCHAR), ''), coalesce(CAST(Actor2Geo_Long AS VARCHAR), ''), coalesce(CAST(Actor2Geo_FeatureID AS VARCHAR), ''), coalesce(CAST(ActionGeo_Type AS VARCHAR), ''), coalesce(CAST(ActionGeo_FullName AS VARCHAR), ''), coalesce(CAST(ActionGeo_CountryCode AS VARCHAR), ''), coalesce(CAST(ActionGeo_ADM1Code AS VARCHAR), ''), coalesce(CAST(ActionGeo_ADM2Code AS VARCHAR), ''), coalesce(CAST(ActionGeo_Lat AS VARCHAR), ''), coalesce(CAST(ActionGeo_Long AS VARCHAR), ''), coalesce(CAST(ActionGeo_FeatureID AS VARCHAR), ''), coalesce(CAST(DATEADDED AS VARCHAR), ''), coalesce(CAST(SOURCEURL AS VARCHAR), '')) END, gdelt_version, input
FROM gdelt_raw;

DROP TABLE gdelt_raw;

CREATE VIEW gdelt_raw AS
SELECT
    TRY_CAST(nullif(f[1], '') AS BIGINT) AS GlobalEventID,
    TRY_CAST(nullif(f[2], '') AS INTEGER) AS SQLDATE,
    TRY_CAST(nullif(f[3], '') AS INTEGER) AS MonthYear,
    TRY_CAST(nullif(f[4], '') AS INTEGER) AS Year,
    TRY_CAST(nullif(f[5], '') AS DOUBLE) AS FractionDate,
    nullif(f[6], '') AS Actor1Code,
    nullif(f[7], '') AS Actor1Name,
    nullif(f[8], '') AS Actor1CountryCode,
    nullif(f[9], '') AS Actor1KnownGroupCode,
    nullif(f[10], '') AS Actor1EthnicCode,
    nullif(f[11], '') AS Actor1Religion1Code,
    nullif(f[12], '') AS Actor1Religion2Code,
    nullif(f[13], '') AS Actor1Type1Code,
    nullif(f[14], '') AS Actor1Type2Code,
    nullif(f[15], '') AS Actor1Type3Code,
    nullif(f[16], '') AS Actor2Code,
    nullif(f[17], '') AS Actor2Name,
    nullif(f[18], '') AS Actor2CountryCode,
    nullif(f[19], '') AS Actor2KnownGroupCode,
    nullif(f[20], '') AS Actor2EthnicCode,
    nullif(f[21], '') AS Actor2Religion1Code,
    nullif(f[22], '') AS Actor2Religion2Code,
    nullif(f[23], '') AS Actor2Type1Code,
    nullif(f[24], '') AS Actor2Type2Code,
    nullif(f[25], '') AS Actor2Type3Code,
    TRY_CAST(nullif(f[26], '') AS INTEGER) AS IsRootEvent,
    nullif(f[27], '') AS EventCode,
    nullif(f[28], '') AS EventBaseCode,
    nullif(f[29], '') AS EventRootCode,
    TRY_CAST(nullif(f[30], '') AS INTEGER) AS QuadClass,
    TRY_CAST(nullif(f[31], '') AS DOUBLE) AS GoldsteinScale,
    TRY_CAST(nullif(f[32], '') AS INTEGER) AS NumMentions,
    TRY_CAST(nullif(f[33], '') AS INTEGER) AS NumSources,
    TRY_CAST(nullif(f[34], '') AS INTEGER) AS NumArticles,
    TRY_CAST(nullif(f[35], '') AS DOUBLE) AS AvgTone,
    TRY_CAST(nullif(f[36], '') AS INTEGER) AS Actor1Geo_Type,
    nullif(f[37], '') AS Actor1Geo_FullName,
    nullif(f[38], '') AS Actor1Geo_CountryCode,
    nullif(f[39], '') AS Actor1Geo_ADM1Code,
    nullif(CASE WHEN gdelt_version = 2 THEN f[40] END, '') AS Actor1Geo_ADM2Code,
    TRY_CAST(nullif(f[CASE WHEN gdelt_version = 1 THEN 40 ELSE 41 END], '') AS DOUBLE) AS Actor1Geo_Lat,
    TRY_CAST(nullif(f[CASE WHEN gdelt_version = 1 THEN 41 ELSE 42 END], '') AS DOUBLE) AS Actor1Geo_Long,
    nullif(f[CASE WHEN gdelt_version = 1 THEN 42 ELSE 43 END], '') AS Actor1Geo_FeatureID,
    TRY_CAST(nullif(f[CASE WHEN gdelt_version = 1 THEN 43 ELSE 44 END], '') AS INTEGER) AS Actor2Geo_Type,
    nullif(f[CASE WHEN gdelt_version = 1 THEN 44 ELSE 45 END], '') AS Actor2Geo_FullName,
    nullif(f[CASE WHEN gdelt_version = 1 THEN 45 ELSE 46 END], '') AS Actor2Geo_CountryCode,
    nullif(f[CASE WHEN gdelt_version = 1 THEN 46 ELSE 47 END], '') AS Actor2Geo_ADM1Code,
    nullif(CASE WHEN gdelt_version = 2 THEN f[48] END, '') AS Actor2Geo_ADM2Code,
    TRY_CAST(nullif(f[CASE WHEN gdelt_version = 1 THEN 47 ELSE 49 END], '') AS DOUBLE) AS Actor2Geo_Lat,
    TRY_CAST(nullif(f[CASE WHEN gdelt_version = 1 THEN 48 ELSE 50 END], '') AS DOUBLE) AS Actor2Geo_Long,
    nullif(f[CASE WHEN gdelt_version = 1 THEN 49 ELSE 51 END], '') AS Actor2Geo_FeatureID,
    TRY_CAST(nullif(f[CASE WHEN gdelt_version = 1 THEN 50 ELSE 52 END], '') AS INTEGER) AS ActionGeo_Type,
    nullif(f[CASE WHEN gdelt_version = 1 THEN 51 ELSE 53 END], '') AS ActionGeo_FullName,
    nullif(f[CASE WHEN gdelt_version = 1 THEN 52 ELSE 54 END], '') AS ActionGeo_CountryCode,
    nullif(f[CASE WHEN gdelt_version = 1 THEN 53 ELSE 55 END], '') AS ActionGeo_ADM1Code,
    nullif(CASE WHEN gdelt_version = 2 THEN f[56] END, '') AS ActionGeo_ADM2Code,
    TRY_CAST(nullif(f[CASE WHEN gdelt_version = 1 THEN 54 ELSE 57 END], '') AS DOUBLE) AS ActionGeo_Lat,
    TRY_CAST(nullif(f[CASE WHEN gdelt_version = 1 THEN 55 ELSE 58 END], '') AS DOUBLE) AS ActionGeo_Long,
    nullif(f[CASE WHEN gdelt_version = 1 THEN 56 ELSE 59 END], '') AS ActionGeo_FeatureID,
    TRY_CAST(nullif(f[CASE WHEN gdelt_version = 1 THEN 57 ELSE 60 END], '') AS BIGINT) AS DATEADDED,
    nullif(f[CASE WHEN gdelt_version = 1 THEN 58 ELSE 61 END], '') AS SOURCEURL,
    gdelt_version,
    input
FROM (SELECT *, string_split(line, chr(9)) AS f FROM gdelt_lines);
