#!/bin/sh
# Run the pg_regress suites against a throwaway cluster (Debian's pg_virtualenv),
# with a UTF-8 locale as DESIGN.md asks.  Called by test/run-all.sh after install.
set -eu
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
exec pg_virtualenv -t make -s installcheck
