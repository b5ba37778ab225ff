#!/usr/bin/env bash
# The README's blogger snippets carry the SRI hashes of the CDN files CI just built.
set -euo pipefail
cd "$(dirname "$0")/../.."
node scripts/integrity.mjs --check-readme
