#!/bin/sh
# make demo: build and install, start a throwaway cluster, run data/demo.sql.
set -eu
cd "$(dirname "$0")/.."
make -s all >/dev/null
make -s install >/dev/null
export LANG=C.UTF-8 LC_ALL=C.UTF-8
exec pg_virtualenv -t psql -X -q -f data/demo.sql
