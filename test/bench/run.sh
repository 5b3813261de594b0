#!/bin/sh
# make bench: build and install lexalign, then run the clause_path vs contrib
# ltree benchmark (test/bench/clause_path.sql) on a throwaway cluster.
#
# shared_buffers is raised so that the two tables and their indexes stay in
# PostgreSQL's own buffers: the comparison is of CPU work, not of the disk.
set -eu

cd "$(dirname "$0")/../.."
make -s && make -s install

LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    pg_virtualenv -t -o shared_buffers=1GB \
    psql -X -q -v ON_ERROR_STOP=1 -f test/bench/clause_path.sql
