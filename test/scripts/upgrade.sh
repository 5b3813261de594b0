#!/bin/sh
# Upgrades (releases/README.md): every released version, installed and given
# data, then brought to the current version by ALTER EXTENSION lexalign
# UPDATE, has exactly the objects a fresh install of the current version has
# (every definition, comment and grant: test/scripts/upgrade/describe.sql),
# keeps every row, gives the same report output as before the upgrade and as
# a fresh install with the same data, and goes on recording.  And: when
# src/sql differs from the released script of the version it claims to be,
# the version was not raised (the rule that each change ships an upgrade
# script).
# Run inside a throwaway cluster (test/scripts/run.sh), after make install.
# Prints "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
passed=0
failed=0
check() {
    if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "ok - $1"
    else failed=$((failed + 1)); echo "not ok - $1: got '$2', expected '$3'"; fi
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

current=$(sed -n "s/^default_version = '\(.*\)'/\1/p" lexalign.control)
released=$(ls releases | sed -n 's/^lexalign--\([^-]*\)\.sql$/\1/p' | sort -V)
echo "# current version $current; released: $(echo $released)"

# The rule: a released version's script is frozen, so the current sources
# may equal it only if they still are that version.
if [ -f "releases/lexalign--$current.sql" ]; then
    if cat src/sql/*.sql | cmp -s - "releases/lexalign--$current.sql"; then same=yes; else same=no; fi
    check "src/sql is still the released $current (a change raises default_version and adds an upgrade script)" "$same" "yes"
fi

# The same data for every database: the demonstration set, loaded through
# the loading functions every version has.
load() {
    q -d "$1" -c "SET search_path = lexalign, public" -f data/demo_data.sql >/dev/null
}
describe() {
    q -d "$1" -f test/scripts/upgrade/describe.sql >"$2" || { echo "describe.sql failed on $1"; exit 1; }
}
# Every row of every table the extension keeps (ids and recording times
# differ between loads, so they are left out), as one digest.
rows() {
    q -d "$1" -c "SELECT md5(string_agg(r, E'\n' ORDER BY r COLLATE \"C\")) FROM (
        SELECT 'i' || (i.code, i.ref, i.kind, i.title)::text r FROM lexalign.instrument i
        UNION ALL SELECT 'c' || c::text FROM lexalign.clause c
        UNION ALL SELECT 'x' || x::text FROM lexalign.clause_reference x
        UNION ALL SELECT 'j' || j::text FROM lexalign.jurisdiction j
        UNION ALL SELECT 'a' || a::text FROM lexalign.act a
        UNION ALL SELECT 'p' || p::text FROM lexalign.provision p
        UNION ALL SELECT 's' || (s.instrument, s.clause, s.jurisdiction, s.provision, s.level, s.evidence,
                                 s.superseded_at IS NULL)::text FROM lexalign.assessment s
        UNION ALL SELECT 't' || t::text FROM lexalign.treaty_event t) z"
}
# Every report on the demonstration data, as known now and (computed from
# the history) as known in 2019 and 2021, every timeline, and the status
# segments the triggers keep, as one digest.
reports() {
    q -d "$1" -c "SELECT md5(string_agg(r, E'\n' ORDER BY r COLLATE \"C\")) FROM (
        SELECT 's' || i.code || s::text r FROM lexalign.instrument i,
               lexalign.alignment_scores(i.code, '2020-01-01') s
        UNION ALL SELECT 'm' || i.code || m::text FROM lexalign.instrument i,
               lexalign.alignment_matrix(i.code, '2020-01-01') m
        UNION ALL SELECT 'c' || i.code || j.code || c::text FROM lexalign.instrument i, lexalign.jurisdiction j,
               lexalign.clause_status(i.code, j.code, '2020-01-01') c
        UNION ALL SELECT 'g' || i.code || j.code || g::text FROM lexalign.instrument i, lexalign.jurisdiction j,
               lexalign.alignment_gaps(i.code, j.code, '2020-01-01') g
        UNION ALL SELECT 'h' || i.code || h::text FROM lexalign.instrument i,
               lexalign.harmonisation(i.code, '2020-01-01') h
        UNION ALL SELECT 'y' || i.code || y::text FROM lexalign.instrument i,
               lexalign.jurisdiction_similarity(i.code, '2020-01-01') y
        UNION ALL SELECT 't' || i.code || j.code || t::text FROM lexalign.instrument i, lexalign.jurisdiction j,
               lexalign.alignment_timeline(i.code, j.code) t
        UNION ALL SELECT 'a' || a::text FROM lexalign.alignment_history a
        UNION ALL SELECT 'v' || v::text FROM lexalign.alignment_scores_now v
        UNION ALL SELECT 'w' || w::text FROM lexalign.alignment_matrix_now w
        UNION ALL SELECT 'e' || e::text FROM lexalign.treaty_status_now e
        UNION ALL SELECT 'k' || k.at || i.code || s::text
        FROM (VALUES (timestamptz '2019-01-01'), (timestamptz '2021-01-01')) k(at), lexalign.instrument i,
             lexalign.alignment_scores(i.code, '2020-01-01', k.at) s
        UNION ALL SELECT 'l' || k.at || i.code || j.code || c::text
        FROM (VALUES (timestamptz '2019-01-01'), (timestamptz '2021-01-01')) k(at), lexalign.instrument i,
             lexalign.jurisdiction j, lexalign.clause_status(i.code, j.code, '2020-01-01', k.at) c
        UNION ALL SELECT 'g' || (g.instrument, g.clause, g.jurisdiction, g.valid, g.status)::text
        FROM lexalign.status_segment g) z"
}

q -c "CREATE DATABASE upgrade_fresh"
q -d upgrade_fresh -c "CREATE EXTENSION lexalign"
load upgrade_fresh
describe upgrade_fresh "$work/fresh.txt"
fresh_rows=$(rows upgrade_fresh)
fresh_reports=$(reports upgrade_fresh)
# a digest that failed is empty: it must not compare equal to another failure
is_md5() { echo "$1" | grep -qx '[0-9a-f]\{32\}' && echo yes; }
check "the fresh install's rows digest is a digest" "$(is_md5 "$fresh_rows")" "yes"
check "the fresh install's reports digest is a digest" "$(is_md5 "$fresh_reports")" "yes"
objects=$(grep -c '' "$work/fresh.txt")
echo "# a fresh $current install is described in $objects lines"
check "the description covers the extension (more than 400 lines)" "$([ "$objects" -gt 400 ] && echo yes)" "yes"

for v in $released; do
    [ "$v" = "$current" ] && continue
    db="upgrade_from_$(echo "$v" | tr . _)"
    q -c "CREATE DATABASE $db"
    q -d "$db" -c "CREATE EXTENSION lexalign VERSION '$v'"
    check "$v installs" "$(q -d "$db" -c "SELECT extversion FROM pg_extension WHERE extname = 'lexalign'")" "$v"
    load "$db"
    before_rows=$(rows "$db")
    before_reports=$(reports "$db")
    check "$v: the digests before the update are digests" "$(is_md5 "$before_rows")$(is_md5 "$before_reports")" "yesyes"
    filenode=$(q -d "$db" -c "SELECT pg_relation_filenode('lexalign.status_segment')")
    q -d "$db" -c "ALTER EXTENSION lexalign UPDATE"
    check "$v updates to $current" "$(q -d "$db" -c "SELECT extversion FROM pg_extension WHERE extname = 'lexalign'")" "$current"
    check "$v updated to $current: the status segments were rewritten (no row keeps a dropped column)" \
        "$(q -d "$db" -c "SELECT pg_relation_filenode('lexalign.status_segment') <> $filenode")" "t"
    describe "$db" "$work/upgraded.txt"
    if diff -u "$work/fresh.txt" "$work/upgraded.txt" >"$work/diff.txt"; then same=yes; else same=no; sed 's/^/# /' "$work/diff.txt" | head -60; fi
    check "$v updated to $current has the objects of a fresh $current install, definitions and grants included" "$same" "yes"
    check "$v updated to $current keeps every row" "$(rows "$db")" "$before_rows"
    check "$v updated to $current has the rows a fresh install loads" "$(rows "$db")" "$fresh_rows"
    check "$v updated to $current: every report as before the update" "$(reports "$db")" "$before_reports"
    check "$v updated to $current: every report as on a fresh install" "$(reports "$db")" "$fresh_reports"
    q -d "$db" -c "SELECT lexalign.assess('moscow-2017', 'OP1', '/akn/ru/act/federal-law/1998-01-08/3-fz/~art_1', 'conflicting', 'after the update')" >/dev/null
    check "$v updated to $current records, and the reports see it" \
        "$(q -d "$db" -c "SELECT status FROM lexalign.clause_status('moscow-2017', 'ru') WHERE clause OPERATOR(lexalign.=) 'OP1'")" "conflicting"
done

# A released version that did not check its schema (0.1) may have been
# installed in a schema another role made, or given something else to hold:
# a function planted beside the extension's, an extension another role
# installed there.  The extension's triggers call what is in the schema, as
# its owner, so the update refuses each case (42501) and the version stays.
first=$(echo "$released" | head -n 1)
refused() {   # database, what: the update is refused with 42501, the version stays
    got=$(psql -X -q -At -d "$1" -v VERBOSITY=verbose -c "ALTER EXTENSION lexalign UPDATE" 2>&1 |
          sed -n 's/^ERROR: *\([0-9A-Z]\{5\}\):.*/\1/p')
    check "$first, $2: the update is refused (42501), the version stays" \
        "$got $(q -d "$1" -c "SELECT extversion FROM pg_extension WHERE extname = 'lexalign'")" "42501 $first"
}
if [ -n "$first" ] && [ "$first" != "$current" ]; then
    q -c "CREATE ROLE upgrade_mallory NOLOGIN"
    q -c "CREATE DATABASE upgrade_planted" -c "CREATE DATABASE upgrade_squatted" -c "CREATE DATABASE upgrade_extension" \
      -c "GRANT CREATE ON DATABASE upgrade_squatted TO upgrade_mallory" \
      -c "GRANT CREATE ON DATABASE upgrade_extension TO upgrade_mallory"
    q -d upgrade_planted -c "CREATE EXTENSION lexalign VERSION '$first'" \
        -c "CREATE FUNCTION lexalign.may_write_history(oid) RETURNS boolean LANGUAGE sql RETURN true"
    refused upgrade_planted "a function planted in its schema"
    q -d upgrade_squatted -c "SET ROLE upgrade_mallory" -c "CREATE SCHEMA lexalign" -c "RESET ROLE" \
        -c "CREATE EXTENSION lexalign VERSION '$first'"
    refused upgrade_squatted "installed in a schema another role made"
    q -d upgrade_extension -c "CREATE EXTENSION lexalign VERSION '$first'" \
        -c "SET ROLE upgrade_mallory" -c "CREATE EXTENSION hstore SCHEMA lexalign" -c "RESET ROLE"
    refused upgrade_extension "a trusted extension another role installed in its schema"
fi

echo "upgrade: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
