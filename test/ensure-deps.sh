#!/bin/sh
# Install the Debian packages the build and the suites need, if any is missing.
# As root this runs apt-get; otherwise it prints the line to run and fails.
# Arguments name extra packages a target needs.
set -eu

packages="gcc make libc6-dev clang libclang-rt-14-dev postgresql-15 postgresql-server-dev-15 postgresql-contrib $*"

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "lexalign needs these Debian packages:$missing" >&2
    echo "run as root:  apt-get update && apt-get install -y$missing" >&2
    exit 1
fi
echo "installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
