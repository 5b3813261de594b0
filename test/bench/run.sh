#!/bin/sh
# make bench: build and install lexalign, then run the benchmarks, each on its
# own throwaway cluster:
#   clause_path  clause_path vs contrib ltree (test/bench/clause_path.sql)
#   lexref       lexref vs text and contrib ltree (test/bench/lexref.sql)
#   reports      the reports on 1,000,000 provisions and 300,000 assessments,
#                against a count(*) of the assessments (test/bench/reports.sql)
# With no argument, all of them in that order; with names, only those
# (test/bench/run.sh lexref).
#
# shared_buffers is raised so that the two tables and their indexes stay in
# PostgreSQL's own buffers: the comparison is of CPU work, not of the disk.
set -eu

cd "$(dirname "$0")/../.."

if [ $# -eq 0 ]; then
    set -- clause_path lexref reports
fi
for bench in "$@"; do
    case "$bench" in
        clause_path|lexref|reports) ;;
        *) echo "run.sh: unknown benchmark \"$bench\" (clause_path, lexref, reports)" >&2; exit 2 ;;
    esac
done

make -s && make -s install

for bench in "$@"; do
    LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        pg_virtualenv -t -o shared_buffers=1GB \
        psql -X -q -v ON_ERROR_STOP=1 -f "test/bench/$bench.sql"
done
