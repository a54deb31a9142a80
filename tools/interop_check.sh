#!/usr/bin/env bash
# The real Datasette and DuckDB against marsad (tools/interop_check.py), in a throwaway venv.
#   tools/interop_check.sh [--marsad PATH]     # default: target/debug/marsad (built if missing)
# Needs python3 with venv and access to PyPI; the venv is kept in target/interop-venv for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/interop-venv
if [ ! -x "$venv/bin/datasette" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r tools/requirements-interop.txt
fi
[ -x target/debug/marsad ] || cargo build -q
exec "$venv/bin/python" tools/interop_check.py "$@"
