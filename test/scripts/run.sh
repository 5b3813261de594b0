#!/bin/sh
# Script tests that need a whole cluster (pg_dump, several databases): each
# test/scripts/*.sh but this one runs in its own throwaway cluster and ends
# with "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
status=0
for t in test/scripts/*.sh; do
    [ "$t" = test/scripts/run.sh ] && continue
    pg_virtualenv -t sh "$t" || status=1
done
exit $status
