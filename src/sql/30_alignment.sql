-- alignment: how far a national provision meets a clause (DESIGN.md), the
-- reader of the scales people use, and the country table the extension carries.

CREATE TYPE @extschema@.alignment AS ENUM (
    'conflicting', 'absent', 'partial', 'largely', 'full', 'not_applicable');
COMMENT ON TYPE @extschema@.alignment IS
    'How far a provision meets a clause: conflicting < absent < partial < largely < full; not_applicable is left out of scores. "Not assessed" is not a level: it is the absence of an assessment';

CREATE FUNCTION @extschema@.alignment_from(text) RETURNS @extschema@.alignment
    AS 'MODULE_PATHNAME', 'alignment_from_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.alignment_from(text) IS
    'Reads the scales in use: full/C/+/yes, largely/LC, partial/PC/-/+, absent/NC/0/no, conflicting/conflict, not_applicable/NA/N/A (case and spaces ignored); anything else is an error';

-- The default weight of each level in scores (DESIGN.md); instrument_weight overrides it.
CREATE FUNCTION @extschema@.default_weight(@extschema@.alignment) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN CASE $1
        WHEN 'full' THEN 1.0 WHEN 'largely' THEN 0.75 WHEN 'partial' THEN 0.5
        WHEN 'absent' THEN 0 WHEN 'conflicting' THEN 0 END;
COMMENT ON FUNCTION @extschema@.default_weight(@extschema@.alignment) IS
    'full 1.0, largely 0.75, partial 0.5, absent 0, conflicting 0; NULL for not_applicable (left out of scores)';

-- ISO 3166-1, as the lexref parser knows it (src/core/lr_iso_tables.c).
CREATE FUNCTION @extschema@.iso_countries(OUT alpha2 text, OUT alpha3 text, OUT numeric_code int4, OUT name text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'iso_countries' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 249;

CREATE TABLE @extschema@.country (
    alpha2 text PRIMARY KEY,
    alpha3 text NOT NULL UNIQUE,
    numeric_code int4 NOT NULL,
    name text NOT NULL
);
INSERT INTO @extschema@.country SELECT * FROM @extschema@.iso_countries();
COMMENT ON TABLE @extschema@.country IS
    'ISO 3166-1 assigned codes, carried by the extension (from Debian''s iso-codes): the same list the lexref parser checks';
COMMENT ON COLUMN @extschema@.country.alpha2 IS 'Lowercase alpha-2 code: ru';
COMMENT ON COLUMN @extschema@.country.alpha3 IS 'Lowercase alpha-3 code: rus';
COMMENT ON COLUMN @extschema@.country.name IS 'English short name: Russian Federation';
