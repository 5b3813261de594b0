-- Bad input: SQLSTATE, message and a detail naming the position.
SET search_path = lexalign, public;
CREATE FUNCTION pg_temp.try(input text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    state text; msg text; detail text;
BEGIN
    PERFORM input::lexalign.clause_path;
    RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
    RETURN state || ' ' || msg || E'\n      ' || detail;
END $$;

SELECT input, pg_temp.try(input) AS error
FROM (VALUES
    (''), ('   '), ('art_'), ('art_3__'), ('__art_3'), ('art_3____para_1'),
    ('art_3__1para'), ('art_3__x y'), ('art_3.1'), ('art_3-'), ('art_-3'), ('art_3--1'),
    ('Article'), ('Article 228.1'), ('art. 3.1'), ('Satz 3'), ('Article 3('), ('Article 3(1'),
    ('Article 3(1)(a)(ii)(A)(B)'), ('Chapter 2(1)'), ('Article 3, PP 6'),
    ('Article 3(1), paragraph 2'), ('Article 3(1) Abs. 2'), ('Article 3,'), ('(a)'),
    ('Article 3 é'), ('été_1'), ('art_3__é'),
    ('Article 228.1(3)'), ('Article 3, Chapter II'), ('Article 3 Article 4'), ('Article 5(1-3)'),
    ('Art_3'), ('chp2'), ('x__OP1')
) AS t(input);

-- How psql shows one of them.
SELECT 'art_3__x y'::clause_path;

-- Limits: 54000 with the limit in the detail.
SELECT pg_temp.try(string_agg('p_' || i, '__')) FROM generate_series(1, 32) i;
SELECT pg_temp.try(string_agg('p_' || i, '__')) FROM generate_series(1, 33) i;
SELECT pg_temp.try('art_' || repeat('1', 60));
SELECT pg_temp.try('art_' || repeat('1', 61));
SELECT pg_temp.try(string_agg('hcontainer_' || lpad(i::text, 50, '0'), '__')) FROM generate_series(1, 17) i;
SELECT pg_temp.try(repeat(' ', 5000) || 'art_1');
SELECT pg_temp.try(repeat('x', 1000000));
