#!/usr/bin/env bash
# Browser tests over the built files (CDN module, classic script, npm entries); CI built them.
set -euo pipefail
cd "$(dirname "$0")/../.."
node scripts/run-dist-tests.mjs
