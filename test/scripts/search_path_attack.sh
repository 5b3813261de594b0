#!/bin/sh
# A hostile search_path cannot change what the extension does, and the roles
# cannot do more than they are meant to.
#
# Why: a role that may CREATE in a schema on someone else's search_path (here
# "mallory", a lexalign_editor who owns schema evil) can plant operators,
# functions, aggregates and types named like the ones the extension uses.  Any
# name the extension resolves through the caller's search_path would then run
# mallory's code, as the caller, or as the extension's owner inside a SECURITY
# DEFINER trigger (CVE-2018-1058 and its kin).
#
# What: in schema evil, ahead of pg_catalog (search_path = evil, pg_catalog,
# lexalign, public), a twin of every pg_catalog operator on the types the
# extension's SQL uses, of every function, aggregate and window function it
# calls (same name and argument types, so that the twin hides the original),
# of the extension's own operators, functions and aggregates, and domains
# named like the types (text, date, clause_path, ...).  Each twin records its
# call in evil.calls (and raises a WARNING, which a rollback cannot undo) and
# returns a wrong value.  With that search_path the superuser runs CREATE
# EXTENSION and loads data, lexalign_editor records assessments, and the
# superuser and lexalign_reader run every report and view: every output is
# the same as in a clean database, and no hostile object is ever called.  The
# same holds for ALTER EXTENSION UPDATE from every released version.
# Controls show the test has teeth: the hostile session's own unqualified SQL
# does call the twins, and so does a "mutant" copy of the extension whose SQL
# functions lose their SQL-standard bodies, or whose SECURITY DEFINER
# functions lose their pinned search_path (the twins then run as the owner).
# The catalog says every SECURITY DEFINER function (and every other function
# that resolves names when called) pins its search_path.  lexalign_reader can
# run every report and view and write nothing; lexalign_editor can only
# record; nobody, the owner included, rewrites an assessment; and a role that
# creates schema lexalign before CREATE EXTENSION does not get to own it.
#
# Run inside a throwaway cluster (test/scripts/run.sh).  Prints "N passed, N failed".
set -u
passed=0
failed=0
check() {
    if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "ok - $1"
    else failed=$((failed + 1)); echo "not ok - $1: got '$2', expected '$3'"; fi
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
# A session of the victim: evil ahead of pg_catalog.  Errors do not stop it
# (they show in the outputs that are compared); stderr is kept by the caller.
hostile() { PGOPTIONS="-c search_path=evil,pg_catalog,lexalign,public" psql -X -q -At "$@"; }
# The hostile objects' own record of their calls, as one line each.
calls() { q -d "$1" -c "SELECT count(*) || coalesce(': ' || string_agg(DISTINCT object, '; '), '') FROM evil.calls"; }
# Their WARNINGs in a file of psql's stderr, which survive a rollback.
warnings() { grep -c 'EVIL CALLED' "$1"; }
# Distinct hostile objects named in the WARNINGs of these files.
hit_objects() { cat "$@" | sed -n 's/.*EVIL CALLED: \(.*\) (as .*)$/\1/p' | LC_ALL=C sort -u; }

q -c "CREATE ROLE mallory NOLOGIN" \
  -c "CREATE DATABASE lexalign_clean" -c "CREATE DATABASE lexalign_victim" -c "CREATE DATABASE lexalign_mutant" \
  -c "GRANT CREATE ON DATABASE lexalign_victim, lexalign_mutant TO mallory"

# ---------------------------------------------------------------------------
# The hostile objects.  mallory makes them, with a search_path of pg_catalog
# alone so that she names the real types.  evil.plant() makes a twin of every
# function, aggregate and window function of a schema with one of the names
# given (all of them when NULL), and of every operator with one of the names
# given on the types given (all when NULL); evil.plant_types() a domain
# named like each type given.
cat >"$work/evil.sql" <<'SQL'
SET ROLE mallory;
SET search_path = pg_catalog;
CREATE SCHEMA evil;
GRANT USAGE ON SCHEMA evil TO PUBLIC;
CREATE TABLE evil.calls (object text NOT NULL, by_role name NOT NULL DEFAULT current_user);
GRANT SELECT, INSERT ON evil.calls TO PUBLIC;
CREATE FUNCTION evil.hit(what text) RETURNS boolean LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    INSERT INTO evil.calls (object) VALUES (what);
    RAISE WARNING 'EVIL CALLED: % (as %)', what, current_user;
    RETURN true;
END $$;

CREATE FUNCTION evil.plant(source regnamespace, fnames text[], opnames text[], optypes regtype[])
    RETURNS text LANGUAGE plpgsql SET search_path = pg_catalog AS $plant$
DECLARE
    -- the pseudo-types a PL/pgSQL twin can take; "any" and internal it cannot
    poly oid[] := ARRAY['anyelement', 'anyarray', 'anynonarray', 'anyenum', 'anyrange', 'anymultirange',
                        'anycompatible', 'anycompatiblearray', 'anycompatiblenonarray', 'anycompatiblerange',
                        'anycompatiblemultirange', 'record']::regtype[]::oid[];
    f record;
    o record;
    args text;
    ret text;
    what text;
    made_f int := 0;
    made_a int := 0;
    made_o int := 0;
    skipped int := 0;
BEGIN
    FOR f IN
        SELECT p.oid, p.proname, p.prokind, p.proretset, p.prorettype, p.pronargs, p.proargtypes::oid[] AS argtypes
        FROM pg_proc p JOIN pg_type rt ON rt.oid = p.prorettype
        WHERE p.pronamespace = source AND p.prokind IN ('f', 'a', 'w')
          AND (fnames IS NULL OR p.proname = ANY (fnames))
          AND p.proargmodes IS NULL
          AND NOT EXISTS (SELECT FROM unnest(p.proargtypes::oid[]) a(t) JOIN pg_type ty ON ty.oid = a.t
                          WHERE ty.typtype = 'p' AND a.t <> ALL (poly))
          AND (rt.typtype <> 'p' OR p.prorettype = ANY (poly) OR p.prorettype = 'void'::regtype)
        ORDER BY p.oid
    LOOP
        args := coalesce((SELECT string_agg(format_type(a.t, NULL), ', ' ORDER BY a.n)
                          FROM unnest(f.argtypes) WITH ORDINALITY a(t, n)), '');
        ret := format_type(f.prorettype, NULL);
        what := format('%s.%s(%s)', source, f.proname, args);
        BEGIN
            IF f.prokind = 'f' THEN
                EXECUTE format('CREATE FUNCTION evil.%I(%s) RETURNS %s%s LANGUAGE plpgsql AS %L',
                               f.proname, args, CASE WHEN f.proretset THEN 'SETOF ' ELSE '' END, ret,
                               format('BEGIN PERFORM evil.hit(%L); RETURN%s; END', what,
                                      CASE WHEN f.proretset OR f.prorettype = 'void'::regtype THEN ''
                                           ELSE ' NULL' END));
                made_f := made_f + 1;
            ELSE
                -- aggregates, and window functions as aggregates (usable with OVER)
                EXECUTE format('CREATE FUNCTION evil.%I(%s) RETURNS %s LANGUAGE plpgsql AS %L',
                               'agg_' || f.oid, concat_ws(', ', ret, nullif(args, '')), ret,
                               format('BEGIN PERFORM evil.hit(%L); RETURN NULL; END', what));
                EXECUTE format('CREATE AGGREGATE evil.%I(%s) (SFUNC = evil.%I, STYPE = %s)',
                               f.proname, CASE WHEN f.pronargs = 0 THEN '*' ELSE args END, 'agg_' || f.oid, ret);
                made_a := made_a + 1;
            END IF;
        EXCEPTION WHEN OTHERS THEN
            skipped := skipped + 1;
        END;
    END LOOP;
    FOR o IN
        SELECT op.oid, op.oprname, op.oprkind, op.oprleft, op.oprright, op.oprresult
        FROM pg_operator op
        WHERE op.oprnamespace = source AND op.oprkind IN ('b', 'l')
          AND (opnames IS NULL OR op.oprname = ANY (opnames))
          AND (optypes IS NULL OR ((op.oprleft = 0 OR op.oprleft = ANY (optypes::oid[]))
                                   AND op.oprright = ANY (optypes::oid[])))
        ORDER BY op.oid
    LOOP
        what := format('%s.%s(%s)', source, o.oprname,
                       concat_ws(', ', CASE WHEN o.oprleft <> 0 THEN format_type(o.oprleft, NULL) END,
                                 format_type(o.oprright, NULL)));
        BEGIN
            IF o.oprkind = 'b' THEN
                EXECUTE format('CREATE FUNCTION evil.%I(a %s, b %s) RETURNS %s LANGUAGE plpgsql AS %L',
                               'op_' || o.oid, format_type(o.oprleft, NULL), format_type(o.oprright, NULL),
                               format_type(o.oprresult, NULL),
                               format('BEGIN PERFORM evil.hit(%L); RETURN %s; END', what,
                                      CASE WHEN o.oprresult = 'bool'::regtype
                                           THEN format('NOT (a OPERATOR(%s.%s) b)', source, o.oprname)
                                           ELSE 'NULL' END));
                EXECUTE format('CREATE OPERATOR evil.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = evil.%I)',
                               o.oprname, format_type(o.oprleft, NULL), format_type(o.oprright, NULL), 'op_' || o.oid);
            ELSE
                EXECUTE format('CREATE FUNCTION evil.%I(b %s) RETURNS %s LANGUAGE plpgsql AS %L',
                               'op_' || o.oid, format_type(o.oprright, NULL), format_type(o.oprresult, NULL),
                               format('BEGIN PERFORM evil.hit(%L); RETURN NULL; END', what));
                EXECUTE format('CREATE OPERATOR evil.%s (RIGHTARG = %s, FUNCTION = evil.%I)',
                               o.oprname, format_type(o.oprright, NULL), 'op_' || o.oid);
            END IF;
            made_o := made_o + 1;
        EXCEPTION WHEN OTHERS THEN
            skipped := skipped + 1;
        END;
    END LOOP;
    RETURN format('%s functions, %s aggregates, %s operators (%s skipped)', made_f, made_a, made_o, skipped);
END $plant$;

CREATE FUNCTION evil.plant_types(types regtype[]) RETURNS text LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    t regtype;
    made int := 0;
BEGIN
    FOREACH t IN ARRAY types LOOP
        EXECUTE format('CREATE DOMAIN evil.%I AS %s CHECK (evil.hit(%L))',
                       (SELECT typname FROM pg_type WHERE oid = t), t, 'type evil.' || (SELECT typname FROM pg_type WHERE oid = t));
        made := made + 1;
    END LOOP;
    RETURN made || ' types';
END $$;

-- Before CREATE EXTENSION: everything of pg_catalog the extension's SQL and
-- PL/pgSQL bodies name, and more.
SELECT 'pg_catalog twins: ' || evil.plant('pg_catalog',
    ARRAY['lower', 'upper', 'count', 'sum', 'avg', 'min', 'max', 'now', 'current_setting', 'set_config',
          'format', 'concat', 'concat_ws', 'string_agg', 'array_agg', 'length', 'pg_advisory_xact_lock',
          'pg_advisory_lock', 'hashtext', 'hashtextextended', 'clock_timestamp', 'statement_timestamp',
          'transaction_timestamp', 'row_number', 'rank', 'dense_rank', 'lag', 'lead', 'unnest',
          'generate_series', 'daterange', 'isempty', 'isfinite', 'btrim', 'ltrim', 'rtrim', 'round', 'left',
          'right', 'array_length', 'cardinality', 'abs', 'bool_or', 'bool_and', 'every', 'currval', 'nextval',
          'setval', 'pg_trigger_depth', 'pg_has_role', 'has_table_privilege', 'pg_extension_config_dump',
          'text', 'date', 'int2', 'int4', 'int8', 'numeric', 'timestamptz', 'bool', 'name', 'md5', 'substr',
          'replace', 'strpos', 'split_part', 'array_to_string', 'string_to_array', 'enum_range', 'to_char',
          'date_trunc', 'range_merge', 'lower_inc', 'upper_inc', 'array_append', 'array_cat', 'textcat'],
    ARRAY['=', '<>', '<', '>', '<=', '>=', '||', '@>', '<@', '&&', '*', '+', '-', '/', '&', '~', '~~', '!~'],
    ARRAY['text', 'name', 'bool', '"char"', 'int2', 'int4', 'int8', 'numeric', 'float8', 'oid', 'date',
          'timestamptz', 'timestamp', 'interval', 'daterange', 'anyrange', 'anymultirange', 'anyelement',
          'anyenum', 'anyarray', 'anynonarray', 'anycompatible', 'anycompatiblearray', 'anycompatiblenonarray',
          'record']::regtype[]);
-- count(x) is count("any"), which no PL/pgSQL function can take: this twin
-- makes every count(x) ambiguous instead (an error is a change too).
CREATE FUNCTION evil.count_any(int8, anyelement) RETURNS int8 LANGUAGE plpgsql
    AS $$ BEGIN PERFORM evil.hit('pg_catalog.count(anyelement)'); RETURN NULL; END $$;
CREATE AGGREGATE evil.count(anyelement) (SFUNC = evil.count_any, STYPE = int8);
SELECT 'pg_catalog types: ' || evil.plant_types(ARRAY['text', 'date', 'int2', 'int4', 'int8', 'timestamptz',
    'daterange', 'name', 'regclass', 'bool', 'oid']::regtype[]);
SQL

# After CREATE EXTENSION (mallory is a lexalign_editor, so she may use its
# schema): twins of the extension's own operators, functions and aggregates,
# of the enum operators for alignment exactly, and domains named like its types.
cat >"$work/evil_after.sql" <<'SQL'
SET ROLE mallory;
SET search_path = pg_catalog;
SELECT 'lexalign twins: ' || evil.plant('lexalign', NULL, NULL, NULL);
DO $$
DECLARE
    op text;
BEGIN
    FOREACH op IN ARRAY ARRAY['=', '<>', '<', '>', '<=', '>='] LOOP
        EXECUTE format('CREATE FUNCTION evil.%I(a lexalign.alignment, b lexalign.alignment) RETURNS bool '
                       'LANGUAGE plpgsql AS %L', 'alignment_op_' || md5(op),
                       format('BEGIN PERFORM evil.hit(%L); RETURN NOT (a OPERATOR(pg_catalog.%s) b); END',
                              'lexalign.' || op || '(alignment, alignment)', op));
        EXECUTE format('CREATE OPERATOR evil.%s (LEFTARG = lexalign.alignment, RIGHTARG = lexalign.alignment, '
                       'FUNCTION = evil.%I)', op, 'alignment_op_' || md5(op));
    END LOOP;
END $$;
-- min and max of alignment (twins of pg_catalog's anyenum ones, which
-- CREATE AGGREGATE does not take with a PL/pgSQL transition function)
CREATE FUNCTION evil.alignment_max(lexalign.alignment, lexalign.alignment) RETURNS lexalign.alignment LANGUAGE plpgsql
    AS $$ BEGIN PERFORM evil.hit('pg_catalog.max(alignment)'); RETURN 'conflicting'; END $$;
CREATE FUNCTION evil.alignment_min(lexalign.alignment, lexalign.alignment) RETURNS lexalign.alignment LANGUAGE plpgsql
    AS $$ BEGIN PERFORM evil.hit('pg_catalog.min(alignment)'); RETURN 'full'; END $$;
CREATE AGGREGATE evil.max(lexalign.alignment) (SFUNC = evil.alignment_max, STYPE = lexalign.alignment);
CREATE AGGREGATE evil.min(lexalign.alignment) (SFUNC = evil.alignment_min, STYPE = lexalign.alignment);
SELECT 'lexalign types: ' || evil.plant_types(ARRAY['lexalign.clause_path', 'lexalign.lexref',
                                                    'lexalign.alignment']::regtype[]);
SELECT count(*) FROM pg_proc WHERE pronamespace = 'evil'::regnamespace;
SELECT count(*) FROM pg_operator WHERE oprnamespace = 'evil'::regnamespace;
SQL

for db in lexalign_victim lexalign_mutant; do
    q -d "$db" -f "$work/evil.sql" >"$work/$db.evil.out" 2>&1
done
check "mallory plants her twins of pg_catalog in schema evil" \
    "$(grep -c -e '^pg_catalog twins: [1-9][0-9]* functions, [1-9][0-9]* aggregates, [1-9][0-9]* operators' -e '^pg_catalog types: [1-9]' "$work/lexalign_victim.evil.out")" "2"
sed 's/^/# /' "$work/lexalign_victim.evil.out"

# ---------------------------------------------------------------------------
# CREATE EXTENSION, by the superuser, with evil first in the search_path.
hostile -d lexalign_victim -v ON_ERROR_STOP=1 -c "CREATE EXTENSION lexalign" \
    -c "SELECT extnamespace::pg_catalog.regnamespace FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'lexalign'" \
    >"$work/create.out" 2>"$work/create.err"
check "CREATE EXTENSION with evil ahead of pg_catalog: it installs into lexalign" "$(cat "$work/create.out")" "lexalign"
check "CREATE EXTENSION calls no hostile object" "$(calls lexalign_victim) $(warnings "$work/create.err")" "0 0"
q -d lexalign_clean -c "CREATE EXTENSION lexalign"
q -d lexalign_mutant -c "CREATE EXTENSION lexalign"
q -c "GRANT lexalign_editor TO mallory"
for db in lexalign_victim lexalign_mutant; do
    q -d "$db" -f "$work/evil_after.sql" >"$work/$db.evil_after.out" 2>&1
done
check "mallory, a lexalign_editor, plants her twins of lexalign's operators, functions and types" \
    "$(grep -c -e '^lexalign twins: [1-9][0-9]* functions, [1-9][0-9]* aggregates, [1-9][0-9]* operators' -e '^lexalign types: 3 types' "$work/lexalign_victim.evil_after.out")" "2"
set -- $(tail -n 2 "$work/lexalign_victim.evil_after.out")
echo "# $(sed -n 's/^lexalign twins: //p' "$work/lexalign_victim.evil_after.out") of lexalign; in all, schema evil holds $1 functions and aggregates, $2 operators"

# ---------------------------------------------------------------------------
# The same work in the victim (hostile search_path) and the clean database
# (the default one).  Every statement names what it calls (lexalign.*,
# OPERATOR(lexalign.=)) and uses no type names: in the hostile session the
# test's own unqualified SQL would call the twins (see the control below).
cat >"$work/load.sql" <<'SQL'
SELECT lexalign.add_instrument('moscow-2017', '/akn/un/doc/2017-12-04/moscow-declaration', 'Moscow Declaration');
SELECT lexalign.add_instrument('un-1988', '/akn/un/act/convention/1988-12-20/narcotic-drugs', 'UN Convention 1988', 'convention', '1988-12-20');
SELECT lexalign.add_clause('moscow-2017', 'PP1', 'A national and international response', kind => 'preambular');
SELECT lexalign.add_clause('moscow-2017', 'OP1', 'Legislate on the basis of international law');
SELECT lexalign.add_clause('moscow-2017', 'OP2', 'Exchange of legislative experience', weight => '2');
SELECT lexalign.add_clause('moscow-2017', 'OP3', 'Prevention');
SELECT lexalign.add_clause('un-1988', 'Article 3(1)', 'Offences');
SELECT lexalign.add_clause('un-1988', 'Article 3(2)', 'Possession for personal consumption');
SELECT lexalign.add_cross_reference('moscow-2017', 'OP1', 'un-1988', 'art_3__para_1');
SELECT lexalign.add_cross_reference('moscow-2017', 'OP3', 'un-1988', 'Article 3(2)');
INSERT INTO lexalign.instrument_weight (instrument, level, weight) VALUES ('moscow-2017', 'largely', '0.8');
SELECT lexalign.add_jurisdiction('ru', 'Russian Federation', 'Federal Assembly', '2');
SELECT lexalign.add_jurisdiction('nl', 'Netherlands', 'States General', '2');
SELECT lexalign.add_jurisdiction('de', 'Germany', 'Bundestag', ipu_code => 'DE');
SELECT lexalign.add_act('/akn/nl/act/1928-05-12/opiumwet', 'Opiumwet', '[1928-05-12,)', 'nld');
SELECT lexalign.add_provision('/akn/nl/act/1928-05-12/opiumwet/~art_3', 'Prohibitions');
SELECT lexalign.add_provision('/akn/nl/act/1928-05-12/opiumwet/~art_10', 'Penalties', '[1976-11-01,)');
SELECT lexalign.add_act('/akn/ru/act/federal-law/1998-01-08/3-fz', 'On Narcotic Drugs and Psychotropic Substances', '[1998-04-15,)', 'rus');
SELECT lexalign.add_provision('/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'Definitions');
SELECT lexalign.add_provision('/akn/ru/act/federal-law/1998-01-08/3-fz/~art_40', 'Prohibition of consumption');
SELECT lexalign.add_act('/akn/de/act/1981-07-28/btmg', 'Betaeubungsmittelgesetz', '[1982-01-01,)', 'deu');
SELECT lexalign.add_provision('/akn/de/act/1981-07-28/btmg/~sec_29', 'Offences');
-- history given by the owner, as a restore gives it
INSERT INTO lexalign.assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor, recorded_at)
VALUES ('moscow-2017', 'OP1', 'ru', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'absent', 'history', 'x', '2012-01-01');
SELECT lexalign.assess('un-1988', 'Article 3(1)', '/akn/nl/act/1928-05-12/opiumwet/~art_3', 'largely', 'for a derived status');
SELECT lexalign.assess('un-1988', 'Article 3(2)', '/akn/nl/act/1928-05-12/opiumwet/~art_10', 'partial', 'derived too');
SELECT lexalign.assess('moscow-2017', 'OP2', '/akn/nl/act/1928-05-12/opiumwet/~art_3', 'full', 'own status');
SELECT lexalign.assess('moscow-2017', 'OP1', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'partial', 'first look');
SELECT lexalign.assess('moscow-2017', 'OP1', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'largely', 'second look');
SELECT lexalign.assess('moscow-2017', 'OP2', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_40', 'conflicting', 'contradicts');
SELECT lexalign.assess('moscow-2017', 'OP2', '/akn/de/act/1981-07-28/btmg/~sec_29', 'partial', 'partly');
SELECT lexalign.assess_jurisdiction('moscow-2017', 'PP1', 'ru', 'not_applicable', 'preamble');
SELECT lexalign.assess_jurisdiction('moscow-2017', 'OP3', 'de', 'absent', 'nothing yet', '[2015-01-01,)');
-- in-force periods that change: the segment triggers on provision and act
UPDATE lexalign.provision SET in_force = '[1999-01-01,2025-01-01)'
WHERE ref OPERATOR(lexalign.=) '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_40';
UPDATE lexalign.act SET in_force = '[1928-05-12,2040-01-01)' WHERE ref OPERATOR(lexalign.=) '/akn/nl/act/1928-05-12/opiumwet';
INSERT INTO lexalign.treaty_event (jurisdiction, instrument, event, occurred_on) VALUES
    ('ru', 'un-1988', 'ratification', '1990-11-17'), ('nl', 'un-1988', 'signature', '1989-01-18'),
    ('nl', 'un-1988', 'ratification', '1993-09-08'), ('nl', 'un-1988', 'reservation', '1993-09-08'),
    ('de', 'un-1988', 'signature', '1988-12-19');
SQL
cat >"$work/record.sql" <<'SQL'
SET ROLE lexalign_editor;
SELECT lexalign.assess('moscow-2017', 'OP3', '/akn/nl/act/1928-05-12/opiumwet/~art_10', 'partial', 'an editor');
SELECT lexalign.assess('moscow-2017', 'OP3', '/akn/nl/act/1928-05-12/opiumwet/~art_10', 'full', 'an editor, again');
SELECT lexalign.assess_jurisdiction('moscow-2017', 'OP1', 'de', 'absent', 'an editor, jurisdiction-wide');
SELECT lexalign.assess_jurisdiction('moscow-2017', 'OP1', 'de', 'not_applicable', 'changed their mind', '[2016-01-01,)');
INSERT INTO lexalign.assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor)
VALUES ('moscow-2017', 'OP2', 'de', '/akn/de/act/1981-07-28/btmg/~sec_29', 'largely', 'a plain insert', 'ed'),
       ('un-1988', 'Article 3(1)', 'ru', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full', 'a plain insert', 'ed')
RETURNING id, superseded_at IS NULL;
SQL
# Every report, on fixed dates, as known now and earlier, and with the
# defaults; every view; a few errors.  After each, its SQLSTATE.
{
    for call in \
        "clause_status('moscow-2017', 'ru', '2020-01-01', '2100-01-01')" \
        "clause_status('moscow-2017', 'ru', '2020-01-01', '2013-06-01')" \
        "clause_status('moscow-2017', 'nl')" "clause_status('moscow-2017', 'de')" "clause_status('un-1988', 'nl')" \
        "alignment_scores('moscow-2017', '2020-01-01', '2100-01-01')" \
        "alignment_scores('moscow-2017', '2020-01-01', '2013-06-01')" \
        "alignment_scores('moscow-2017')" "alignment_scores('un-1988')" \
        "alignment_matrix('moscow-2017', '2020-01-01', '2100-01-01')" \
        "alignment_matrix('moscow-2017', '2020-01-01', '2013-06-01')" "alignment_matrix('moscow-2017')" \
        "alignment_gaps('moscow-2017', 'ru', '2020-01-01', '2100-01-01')" "alignment_gaps('moscow-2017', 'de')" \
        "compare_jurisdictions('moscow-2017', 'ru', 'nl', '2020-01-01', '2100-01-01')" \
        "compare_jurisdictions('moscow-2017', 'nl', 'de')" \
        "harmonisation('moscow-2017', '2020-01-01', '2100-01-01')" "harmonisation('moscow-2017')" \
        "jurisdiction_similarity('moscow-2017', '2020-01-01', '2100-01-01')" "jurisdiction_similarity('moscow-2017')" \
        "alignment_timeline('moscow-2017', 'ru')" "alignment_timeline('moscow-2017', 'nl')" \
        "alignment_timeline('moscow-2017', 'de')" "alignment_events('moscow-2017', 'ru')" \
        "clause_status('no-such-instrument', 'ru')" "alignment_scores('moscow-2017', NULL)" \
        "alignment_gaps('moscow-2017', 'xx')"; do
        printf '%s\n' "\\echo == ${call%%(*}: $call" "SELECT r FROM lexalign.$call r ORDER BY 1;" '\echo sqlstate :SQLSTATE'
    done
    for view in alignment_scores_now alignment_matrix_now treaty_status_now alignment_history; do
        printf '%s\n' "\\echo == $view" "SELECT v FROM lexalign.$view v ORDER BY 1;" '\echo sqlstate :SQLSTATE'
    done
    printf '%s\n' '\echo == types: casts, operators and functions' \
        "SELECT lexalign.label('Article 3(1)(a)(ii)'), lexalign.portion('urn:lex:it:stato:legge:2003-09-21;456~art15;par3')," \
        "       lexalign.alignment_from('PC'), lexalign.depth('art_3__para_1');" '\echo sqlstate :SQLSTATE'
} >"$work/reports.sql"
# ORDER BY 1 sorts rows the report already ordered the same way; it names no
# operator (a sort uses the type's default btree class).

# Every row of every table but the recording times, and the sequences: the
# state recorded.  Read with the default search_path.
state() {
    q -d "$1" -c "SELECT t, r FROM (
        SELECT 'instrument' t, i::text r FROM lexalign.instrument i UNION ALL SELECT 'weight', w::text FROM lexalign.instrument_weight w
        UNION ALL SELECT 'clause', c::text FROM lexalign.clause c UNION ALL SELECT 'reference', x::text FROM lexalign.clause_reference x
        UNION ALL SELECT 'jurisdiction', j::text FROM lexalign.jurisdiction j UNION ALL SELECT 'act', a::text FROM lexalign.act a
        UNION ALL SELECT 'provision', p::text FROM lexalign.provision p UNION ALL SELECT 'event', e::text FROM lexalign.treaty_event e
        UNION ALL SELECT 'assessment', concat_ws(' ', s.id, s.instrument, s.clause, s.jurisdiction, s.provision, s.level, s.evidence,
                                                 s.valid, s.assessor, s.recorded_by, s.superseded_by,
                                                 s.recorded_at = '2012-01-01', s.superseded_at IS NULL)
                  FROM lexalign.assessment s
        UNION ALL SELECT 'segment', g::text FROM lexalign.status_segment g
        UNION ALL SELECT 'sequence', last_value::text FROM lexalign.assessment_id_seq) z ORDER BY 1, 2"
}

hostile -d lexalign_victim -f "$work/load.sql" >"$work/victim.load" 2>"$work/victim.load.err"
q -d lexalign_clean -f "$work/load.sql" >"$work/clean.load"
check "loading (add_*, assess, assess_jurisdiction, plain INSERTs, in-force updates) returns the same keys and ids" \
    "$(cmp -s "$work/victim.load" "$work/clean.load" && echo same; grep -c ERROR "$work/victim.load.err")" "same
0"
check "loading calls no hostile object" "$(calls lexalign_victim) $(warnings "$work/victim.load.err")" "0 0"

hostile -d lexalign_victim -f "$work/record.sql" >"$work/victim.record" 2>"$work/victim.record.err"
q -d lexalign_clean -f "$work/record.sql" >"$work/clean.record"
check "lexalign_editor records (assess, assess_jurisdiction, INSERT): the same ids, each current" \
    "$(cmp -s "$work/victim.record" "$work/clean.record" && echo same; grep -c ERROR "$work/victim.record.err")" "same
0"
check "recording as lexalign_editor calls no hostile object" "$(calls lexalign_victim) $(warnings "$work/victim.record.err")" "0 0"

state lexalign_victim >"$work/victim.state"
state lexalign_clean >"$work/clean.state"
check "every table holds the same rows (assessments, their succession, the status segments)" \
    "$(cmp -s "$work/victim.state" "$work/clean.state" && echo same || diff "$work/clean.state" "$work/victim.state" | head -5)" "same"
echo "# $(grep -c '^assessment|' "$work/clean.state") assessments, $(grep -c '^segment|' "$work/clean.state") status segments"

hostile -d lexalign_victim -f "$work/reports.sql" >"$work/victim.reports" 2>"$work/victim.reports.err"
hostile -d lexalign_victim -c "SET ROLE lexalign_reader" -f "$work/reports.sql" >"$work/reader.reports" 2>"$work/reader.reports.err"
q -d lexalign_clean -v ON_ERROR_STOP=0 -f "$work/reports.sql" >"$work/clean.reports" 2>"$work/clean.reports.err"
check "the clean database runs every report and view, and refuses the three bad calls" \
    "$(grep -c '^sqlstate 00000$' "$work/clean.reports") $(grep '^sqlstate ' "$work/clean.reports" | grep -v 00000 | sort | tr '\n' ' ')" \
    "$(($(grep -c '^.echo ==' "$work/reports.sql") - 3)) sqlstate 22004 sqlstate 42704 sqlstate 42704 "
echo "# $(grep -c '^.echo ==' "$work/reports.sql") report calls and views, $(grep -vc -e '^==' -e '^sqlstate' "$work/clean.reports") rows"
# One check per report function (all its calls) and per view.
section() { awk -v k="$2" '/^== /{ key = $2; sub(/:$/, "", key); on = (key == k) } on' "$1"; }
sed -n 's/^== \([a-z_]*\).*/\1/p' "$work/clean.reports" | awk '!seen[$0]++' >"$work/keys"
while IFS= read -r key; do
    section "$work/clean.reports" "$key" >"$work/a"
    section "$work/victim.reports" "$key" >"$work/b"
    check "$key: the same output with evil ahead of pg_catalog" \
        "$(cmp -s "$work/a" "$work/b" && echo same || diff "$work/a" "$work/b" | head -3)" "same"
done <"$work/keys"
check "as lexalign_reader with evil ahead of pg_catalog, every report and view gives the same output" \
    "$(cmp -s "$work/clean.reports" "$work/reader.reports" && echo same || diff "$work/clean.reports" "$work/reader.reports" | head -3)" "same"
check "the reports and views call no hostile object, as the superuser or as lexalign_reader" \
    "$(calls lexalign_victim) $(warnings "$work/victim.reports.err") $(warnings "$work/reader.reports.err")" "0 0 0"

# ---------------------------------------------------------------------------
# The catalog: what resolves names when it runs pins its search_path.
ext_functions="SELECT p.oid, p.oid::regprocedure AS fn, l.lanname, p.prosecdef, p.prosqlbody IS NOT NULL AS bound,
                      (SELECT substr(c, 13) FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%') AS pin
               FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid JOIN pg_language l ON l.oid = p.prolang
               WHERE d.classid = 'pg_proc'::regclass AND d.deptype = 'e' AND d.refclassid = 'pg_extension'::regclass
                 AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'lexalign')"
check "every SECURITY DEFINER function pins its search_path" \
    "$(q -d lexalign_victim -c "WITH f AS ($ext_functions) SELECT (count(*) > 0)::text || ' ' || coalesce(string_agg(fn::text, ', ') FILTER (WHERE pin IS NULL), '') FROM f WHERE prosecdef")" \
    "true "
echo "# SECURITY DEFINER: $(q -d lexalign_victim -c "WITH f AS ($ext_functions) SELECT string_agg(p.proname || ' (' || f.pin || ')', ', ' ORDER BY p.proname) FROM f JOIN pg_proc p ON p.oid = f.oid WHERE f.prosecdef")"
check "every function that resolves names when called (PL/pgSQL, SQL without a SQL-standard body) pins its search_path" \
    "$(q -d lexalign_victim -c "WITH f AS ($ext_functions) SELECT coalesce(string_agg(fn::text, ', '), '') FROM f WHERE lanname NOT IN ('c', 'internal') AND NOT bound AND pin IS NULL")" ""
echo "# pinned search_paths: $(q -d lexalign_victim -c "WITH f AS ($ext_functions) SELECT string_agg(n || ' x ' || pin, '; ') FROM (SELECT pin, count(*) n FROM f WHERE pin IS NOT NULL GROUP BY pin) s")"
check "every pinned search_path starts with pg_catalog, ends with pg_temp and holds nothing but the extension's schema between" \
    "$(q -d lexalign_victim -c "WITH f AS ($ext_functions) SELECT coalesce(string_agg(fn::text, ', '), '') FROM f, LATERAL (SELECT string_to_array(pin, ', ') a) s
        WHERE pin IS NOT NULL AND (a[1] <> 'pg_catalog' OR a[cardinality(a)] <> 'pg_temp' OR EXISTS (SELECT FROM unnest(a[2:cardinality(a) - 1]) m WHERE m <> 'lexalign'))")" ""
check "no SECURITY DEFINER function may be called by PUBLIC, lexalign_reader or lexalign_editor" \
    "$(q -d lexalign_victim -c "WITH f AS ($ext_functions) SELECT coalesce(string_agg(fn::text, ', '), '') FROM f WHERE prosecdef
        AND (has_function_privilege('lexalign_editor', oid, 'EXECUTE') OR has_function_privilege('mallory', oid, 'EXECUTE'))")" ""
check "nobody but its owner may create in schema lexalign" \
    "$(q -d lexalign_victim -c "SELECT has_schema_privilege('lexalign_editor', 'lexalign', 'CREATE') || ' ' || has_schema_privilege('mallory', 'lexalign', 'CREATE')")" "false false"

# ---------------------------------------------------------------------------
# Roles.  probe.outcome(statement) runs a statement as the current role and
# undoes it: 'ok', or the SQLSTATE it failed with.
q -d lexalign_victim >/dev/null <<'SQL'
CREATE SCHEMA probe;
GRANT USAGE ON SCHEMA probe TO PUBLIC;
CREATE FUNCTION probe.outcome(statement text) RETURNS text LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    EXECUTE statement;
    RAISE SQLSTATE 'LXUND';
EXCEPTION WHEN OTHERS THEN
    RETURN CASE WHEN SQLSTATE = 'LXUND' THEN 'ok' ELSE SQLSTATE END;
END $$;
-- INSERT, UPDATE, DELETE and TRUNCATE on every table of the extension
CREATE VIEW probe.writes AS
SELECT c.relname AS tab, o.op,
       format(o.template, 'lexalign.' || quote_ident(c.relname),
              (SELECT quote_ident(a.attname) FROM pg_attribute a
               WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                 AND a.attgenerated = '' AND a.attidentity = '' ORDER BY a.attnum LIMIT 1)) AS statement
FROM pg_class c
CROSS JOIN (VALUES ('INSERT', 'INSERT INTO %s DEFAULT VALUES'), ('UPDATE', 'UPDATE %s SET %2$s = %2$s'),
                   ('DELETE', 'DELETE FROM %s'), ('TRUNCATE', 'TRUNCATE %s')) o(op, template)
WHERE c.relnamespace = 'lexalign'::regnamespace AND c.relkind = 'r';
GRANT SELECT ON probe.writes TO PUBLIC;
SQL
# (not the sequence: an assess() undone keeps the number it drew)
state lexalign_victim | grep -v '^sequence|' >"$work/before_roles.state"
writes() {
    q -d lexalign_victim -c "SET ROLE $1" -c "SELECT count(*) || ' writes; not refused: '
            || coalesce(string_agg(op || ' ' || tab || ' ' || outcome, ', ')
                        FILTER (WHERE outcome <> '42501' AND NOT (tab = 'assessment' AND op = 'INSERT' AND '$1' = 'lexalign_editor')), 'none')
        FROM (SELECT w.tab, w.op, probe.outcome(w.statement) AS outcome FROM probe.writes w) s"
}
ntables=$(q -d lexalign_victim -c "SELECT count(*) FROM pg_class WHERE relnamespace = 'lexalign'::regnamespace AND relkind = 'r'")
check "lexalign_reader may not INSERT, UPDATE, DELETE or TRUNCATE any of the $ntables tables (42501)" \
    "$(writes lexalign_reader)" "$((ntables * 4)) writes; not refused: none"
check "lexalign_editor may only INSERT into assessment: every other write is refused (42501)" \
    "$(writes lexalign_editor)" "$((ntables * 4)) writes; not refused: none"
outcomes() {
    q -d lexalign_victim -c "SET ROLE $1" -c "SELECT string_agg(probe.outcome(s), ' ' ORDER BY n) FROM unnest(ARRAY[
        \$\$SELECT lexalign.assess('moscow-2017', 'OP1', '/akn/nl/act/1928-05-12/opiumwet/~art_3', 'full', 'probe')\$\$,
        \$\$SELECT lexalign.assess_jurisdiction('moscow-2017', 'OP2', 'ru', 'absent', 'probe')\$\$,
        \$\$SELECT lexalign.add_instrument('probe', '/akn/un/doc/2020-01-01/probe', 'Probe')\$\$,
        \$\$SELECT lexalign.add_jurisdiction('fr', 'France')\$\$,
        \$\$SELECT lexalign.refresh_segments(ARRAY['moscow-2017'], ARRAY['para_1']::lexalign.clause_path[], ARRAY['ru'])\$\$,
        \$\$SELECT nextval('lexalign.assessment_id_seq')\$\$,
        \$\$SELECT setval('lexalign.assessment_id_seq', 1)\$\$,
        \$\$CREATE FUNCTION lexalign.probe() RETURNS int LANGUAGE sql RETURN 1\$\$]) WITH ORDINALITY u(s, n)"
}
# assess, assess_jurisdiction, add_instrument, add_jurisdiction, refresh_segments, nextval, setval, CREATE in lexalign
check "lexalign_reader may not record, load, refresh the segments, move the sequence or create in lexalign" \
    "$(outcomes lexalign_reader)" "42501 42501 42501 42501 42501 42501 42501 42501"
check "lexalign_editor may record (assess, assess_jurisdiction) and nothing else of these" \
    "$(outcomes lexalign_editor)" "ok ok 42501 42501 42501 42501 42501 42501"
check "lexalign_editor cannot write history as given by setting lexalign.history_writer first (42501)" \
    "$(q -d lexalign_victim -c "SET ROLE lexalign_editor" -c "SELECT set_config('lexalign.history_writer', 'true', false) || ' ' || probe.outcome(
        \$\$INSERT INTO lexalign.assessment (instrument, clause, jurisdiction, provision, level, evidence, assessor, recorded_at)
          VALUES ('moscow-2017', 'OP1', 'ru', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'full', 'backdated', 'x', '2001-01-01')\$\$)")" \
    "true 42501"
# The owner, in the hostile session: the append-only trigger still refuses.
hostile -d lexalign_victim -v VERBOSITY=terse >"$work/owner.out" 2>"$work/owner.err" <<'SQL'
UPDATE lexalign.assessment SET evidence = 'rewritten';
\echo :SQLSTATE
UPDATE lexalign.assessment SET superseded_at = NULL, superseded_by = NULL;
\echo :SQLSTATE
DELETE FROM lexalign.assessment;
\echo :SQLSTATE
TRUNCATE lexalign.assessment;
\echo :SQLSTATE
SQL
check "the owner (a superuser), with evil ahead of pg_catalog, may not UPDATE, un-supersede, DELETE or TRUNCATE assessments (55000)" \
    "$(tr '\n' ' ' <"$work/owner.out")" "55000 55000 55000 55000 "
state lexalign_victim | grep -v '^sequence|' >"$work/after_roles.state"
check "after every attempt, every table holds what it held" \
    "$(cmp -s "$work/before_roles.state" "$work/after_roles.state" && echo same || echo changed)" "same"
check "no hostile object was called, from CREATE EXTENSION to here" \
    "$(calls lexalign_victim) $(cat "$work"/*.err | grep -c 'EVIL CALLED')" "0 0"

# ---------------------------------------------------------------------------
# An upgrade script runs as the install script does: from every version with
# an update path to the current one, installed and used with evil ahead of
# pg_catalog, ALTER EXTENSION UPDATE in the same session calls no hostile
# object, and the reports then give what a fresh install gives.
versions=$(q -c "SELECT string_agg(u.source, ' ' ORDER BY u.source) FROM pg_extension_update_paths('lexalign') u
                 JOIN pg_available_extensions a ON a.name = 'lexalign' AND u.target = a.default_version
                 WHERE u.path IS NOT NULL")
echo "# versions updated from: ${versions:-none}"
for v in $versions; do
    db=lexalign_from_$(echo "$v" | tr -c '0-9a-z\n' '_')
    q -c "CREATE DATABASE $db" -c "GRANT CREATE ON DATABASE $db TO mallory"
    q -d "$db" -f "$work/evil.sql" >/dev/null 2>&1
    hostile -d "$db" -v ON_ERROR_STOP=1 -c "CREATE EXTENSION lexalign VERSION '$v'" >/dev/null 2>"$work/$db.create.err"
    q -d "$db" -f "$work/evil_after.sql" >/dev/null 2>&1
    hostile -d "$db" -f "$work/load.sql" >/dev/null 2>"$work/$db.load.err"
    hostile -d "$db" -f "$work/record.sql" >/dev/null 2>"$work/$db.record.err"
    hostile -d "$db" -v ON_ERROR_STOP=1 -c "ALTER EXTENSION lexalign UPDATE" \
        -c "SELECT extversion FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'lexalign'" \
        >"$work/$db.update.out" 2>"$work/$db.update.err"
    check "from $v: ALTER EXTENSION UPDATE with evil ahead of pg_catalog reaches $(q -c "SELECT default_version FROM pg_available_extensions WHERE name = 'lexalign'") and calls no hostile object" \
        "$(cat "$work/$db.update.out") $(calls "$db") $(cat "$work/$db".*.err | grep -c 'EVIL CALLED')" \
        "$(q -c "SELECT default_version FROM pg_available_extensions WHERE name = 'lexalign'") 0 0"
    hostile -d "$db" -f "$work/reports.sql" >"$work/$db.reports" 2>"$work/$db.reports.err"
    check "from $v: after the update, every report and view gives a fresh install's output" \
        "$(cmp -s "$work/clean.reports" "$work/$db.reports" && echo same || diff "$work/clean.reports" "$work/$db.reports" | head -3)" "same"
done

# ---------------------------------------------------------------------------
# Controls.  The twins are live: the hostile session's own unqualified SQL
# calls them.
hostile -d lexalign_victim >/dev/null 2>"$work/control.err" <<'SQL'
SELECT 'a' = 'a', lower('ABC'), now();
SELECT count(*) FROM lexalign.instrument;
SELECT 'art_1'::clause_path <@ 'art_1__para_2';
SELECT max(level) FROM lexalign.assessment;
SQL
check "control: unqualified SQL in the hostile session calls the twins" \
    "$(hit_objects "$work/control.err" | tr '\n' ';')" \
    "lexalign.<@(lexalign.clause_path, lexalign.clause_path);pg_catalog.=(text, text);pg_catalog.count();pg_catalog.lower(text);pg_catalog.max(alignment);pg_catalog.now();type evil.clause_path;"

# The mutant: the same extension, but its SQL-standard bodies turned into
# strings (parsed when called, with the caller's search_path), then its
# SECURITY DEFINER functions without their pinned search_path.  The same
# reports and recording then call the twins: what protects the extension is
# what the catalog checks above require.
q -d lexalign_mutant -f "$work/load.sql" >/dev/null
PGOPTIONS="-c search_path=pg_catalog" q -d lexalign_mutant >/dev/null <<'SQL'
SELECT regexp_replace(regexp_replace(pg_get_functiondef(p.oid),
                                     E'\\nBEGIN ATOMIC\\n(.*)\\nEND\\s*$', E'\nAS $mutant$\n\\1\n$mutant$'),
                      E'\\nRETURN (.*)$', E'\nAS $mutant$ SELECT \\1 $mutant$')
FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid
WHERE d.classid = 'pg_proc'::regclass AND d.deptype = 'e' AND d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'lexalign') AND p.prosqlbody IS NOT NULL
\gexec
SQL
bound=$(q -d lexalign_mutant -c "SELECT count(*) FILTER (WHERE p.prosqlbody IS NULL) || ' string, ' || count(*) FILTER (WHERE p.prosqlbody IS NOT NULL)
    FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid JOIN pg_language l ON l.oid = p.prolang
    WHERE d.classid = 'pg_proc'::regclass AND d.deptype = 'e' AND l.lanname = 'sql'
      AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'lexalign')")
hostile -d lexalign_mutant -f "$work/reports.sql" >/dev/null 2>"$work/mutant.reports.err"
n=$(hit_objects "$work/mutant.reports.err" | wc -l)
check "control: with string bodies ($bound SQL-standard bodies left), the reports call hostile objects" \
    "${bound##* } $([ "$n" -gt 0 ] && echo yes)" "0 yes"
echo "# string bodies: the reports call $n hostile objects, e.g. $(hit_objects "$work/mutant.reports.err" | head -n 4 | tr '\n' ' ')"
PGOPTIONS="-c search_path=pg_catalog" q -d lexalign_mutant >/dev/null <<'SQL'
SELECT format('ALTER FUNCTION %s RESET search_path', p.oid::regprocedure)
FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid
WHERE d.classid = 'pg_proc'::regclass AND d.deptype = 'e' AND d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'lexalign') AND p.prosecdef
\gexec
SQL
owner=$(q -d lexalign_mutant -c "SELECT extowner::regrole FROM pg_extension WHERE extname = 'lexalign'")
hostile -d lexalign_mutant -f "$work/record.sql" >/dev/null 2>"$work/mutant.record.err"
n=$(hit_objects "$work/mutant.record.err" | wc -l)
roles=$(sed -n 's/.*EVIL CALLED: .* (as \(.*\))$/\1/p' "$work/mutant.record.err" | LC_ALL=C sort -u | tr '\n' ' ')
check "control: when lexalign_editor records, SECURITY DEFINER triggers without their pin run the twins as the extension's owner" \
    "$([ "$n" -gt 0 ] && echo yes) $(echo " $roles" | grep -q " $owner " && echo "as $owner")" "yes as $owner"
echo "# SECURITY DEFINER unpinned: recording calls $n hostile objects, as $roles: e.g. $(hit_objects "$work/mutant.record.err" | head -n 4 | tr '\n' ' ')"

# ---------------------------------------------------------------------------
# A role that may create schemas (as mallory could) makes schema lexalign
# before the superuser runs CREATE EXTENSION.  If the extension accepted it,
# its owner could rename it and put in its place a schema of her own, whose
# objects the PL/pgSQL bodies (which name lexalign.* as text) would then
# call, the SECURITY DEFINER triggers as the extension's owner.
q -c "CREATE ROLE squatter NOLOGIN" -c "CREATE DATABASE lexalign_squat" -c "GRANT CREATE ON DATABASE lexalign_squat TO squatter"
psql -X -q -At -d lexalign_squat >"$work/squat.out" 2>&1 <<'SQL'
SET ROLE squatter;
CREATE SCHEMA lexalign;
RESET ROLE;
CREATE EXTENSION lexalign;
GRANT lexalign_editor TO squatter;
SELECT lexalign.add_instrument('m', '/akn/un/doc/2017-12-04/m', 'M');
SELECT lexalign.add_clause('m', 'OP1', 'x');
SELECT lexalign.add_jurisdiction('ru', 'Russia');
SET ROLE squatter;
ALTER SCHEMA lexalign RENAME TO lexalign_taken;
CREATE SCHEMA lexalign;
CREATE SEQUENCE lexalign.assessment_id_seq;
CREATE FUNCTION lexalign.may_write_history(regclass) RETURNS boolean LANGUAGE sql RETURN true;
CREATE TABLE lexalign.assessment (id int8, recorded_at timestamptz, instrument text, clause lexalign_taken.clause_path,
                                  jurisdiction text, provision lexalign_taken.lexref, superseded_at timestamptz);
CREATE OPERATOR lexalign.= (LEFTARG = lexalign_taken.clause_path, RIGHTARG = lexalign_taken.clause_path,
                            FUNCTION = lexalign_taken.clause_path_eq);
CREATE OPERATOR lexalign.= (LEFTARG = lexalign_taken.lexref, RIGHTARG = lexalign_taken.lexref,
                            FUNCTION = lexalign_taken.lexref_eq);
CREATE FUNCTION lexalign.refresh_segments(text[], lexalign_taken.clause_path[], text[]) RETURNS void
    LANGUAGE plpgsql AS $$ BEGIN ALTER ROLE squatter SUPERUSER; END $$;
INSERT INTO lexalign_taken.assessment (instrument, clause, jurisdiction, level, evidence, valid, assessor)
VALUES ('m', 'OP1', 'ru', 'absent', 'x', '(,)', 'squatter');
SQL
check "a role that creates schema lexalign before CREATE EXTENSION cannot make itself superuser through it" \
    "$(q -c "SELECT CASE WHEN rolsuper THEN 'squatter became superuser' ELSE 'no' END FROM pg_roles WHERE rolname = 'squatter'")" "no"
squat=$(q -d lexalign_squat -c "SELECT 'installed, in a schema squatter owns (now named ' || n.nspname || ')'
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'lexalign'")
echo "# CREATE EXTENSION when squatter made schema lexalign first: ${squat:-refused: $(sed -n 's/^.*ERROR: *//p' "$work/squat.out" | head -n 1)}"
check "CREATE EXTENSION in a schema another role owns is refused, and nothing is installed" \
    "$(q -d lexalign_squat -c "SELECT count(*) FROM pg_extension WHERE extname = 'lexalign'")" "0"

# The same squatter leaves an overload in its schema (an exact match for the
# trigger's call that would win over the extension's), and an administrator
# takes the schema over before installing: the schema is not empty, so the
# installation is refused with 42501, and nothing is installed.
q -c "CREATE DATABASE lexalign_squat2" -c "GRANT CREATE ON DATABASE lexalign_squat2 TO squatter"
q -d lexalign_squat2 -c "SET ROLE squatter" -c "CREATE SCHEMA lexalign" \
    -c "CREATE FUNCTION lexalign.may_write_history(oid) RETURNS boolean LANGUAGE sql RETURN true" \
    -c "RESET ROLE" -c "ALTER SCHEMA lexalign OWNER TO CURRENT_USER"
state=$(psql -X -q -At -d lexalign_squat2 -v VERBOSITY=verbose -c "CREATE EXTENSION lexalign" 2>&1 |
        sed -n 's/^ERROR: *\([0-9A-Z]\{5\}\):.*/\1/p')
state="$state $(q -d lexalign_squat2 -c "SELECT count(*) FROM pg_extension WHERE extname = 'lexalign'")"
check "CREATE EXTENSION in a schema taken over from another role, with its function left inside: refused (42501), nothing installed" \
    "$state" "42501 0"

# A role named lexalign_reader or lexalign_editor made before the extension,
# with more than the extension would give it (a login, membership in another
# role), is not taken over silently: CREATE EXTENSION is refused (42501).
q -c "CREATE DATABASE lexalign_roles" -c "ALTER ROLE lexalign_editor LOGIN"
got=$(psql -X -q -At -d lexalign_roles -v VERBOSITY=verbose -c "CREATE EXTENSION lexalign" 2>&1 |
      sed -n 's/^ERROR: *\([0-9A-Z]\{5\}\):.*/\1/p')
q -c "ALTER ROLE lexalign_editor NOLOGIN" -c "GRANT pg_read_all_data TO lexalign_reader"
got="$got $(psql -X -q -At -d lexalign_roles -v VERBOSITY=verbose -c "CREATE EXTENSION lexalign" 2>&1 |
            sed -n 's/^ERROR: *\([0-9A-Z]\{5\}\):.*/\1/p')"
q -c "REVOKE pg_read_all_data FROM lexalign_reader"
check "an existing lexalign_editor that can log in, or lexalign_reader in another role: CREATE EXTENSION refused (42501 twice), nothing installed" \
    "$got $(q -d lexalign_roles -c "SELECT count(*) FROM pg_extension WHERE extname = 'lexalign'")" "42501 42501 0"

echo "search_path attack: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
