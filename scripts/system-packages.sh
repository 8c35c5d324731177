#!/usr/bin/env bash
# The Debian packages the test suite's real servers need, installed when missing:
#   postgresql  a throwaway PostgreSQL server for the store tests (tests/postgres.py)
#   chromium    the headless browser of the web page tests (tests/test_web.py)
# Run by `make test` (and so by .ci/run). Already installed: nothing to do, no network.
set -euo pipefail

missing=()
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null && ! command -v initdb >/dev/null \
    && ! command -v pg_ctl >/dev/null; then
    missing+=(postgresql)
fi
if [ ! -x /usr/bin/chromium ]; then
    missing+=(chromium)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "make: installing Debian packages the tests need: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
else
    echo "make: cannot install ${missing[*]}: not root and no password-less sudo." >&2
    echo "      Install them (apt-get install ${missing[*]}) and run make test again." >&2
    exit 1
fi
if ! command -v apt-get >/dev/null; then
    echo "make: cannot install ${missing[*]}: this machine has no apt-get (not Debian/Ubuntu)." >&2
    echo "      Install PostgreSQL's server and Chromium by your system's means and run make test again." >&2
    exit 1
fi
if ! "${sudo[@]}" apt-get update -qq || ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq "${missing[@]}" >/dev/null; then
    echo "make: apt-get could not install ${missing[*]} (see its message above)." >&2
    exit 1
fi
echo "make: installed ${missing[*]}"
