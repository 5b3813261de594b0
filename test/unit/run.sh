#!/bin/sh
# Build the core's unit and property tests under AddressSanitizer and
# UndefinedBehaviorSanitizer (the core includes no PostgreSQL header, so it
# builds on its own) and run them.  Each prints "N passed, N failed".
set -eu
cd "$(dirname "$0")/../.."
bin=test/unit/bin
mkdir -p "$bin"
CC=${CC:-gcc}
CFLAGS="-std=c99 -Wall -Wextra -Werror -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all"
status=0
for t in test/unit/test_*.c test/unit/property_*.c; do
    name=$(basename "$t" .c)
    # shellcheck disable=SC2086
    $CC $CFLAGS -Isrc/core -Itest/unit "$t" src/core/*.c -o "$bin/$name"
    "$bin/$name" || status=1
done
exit $status
