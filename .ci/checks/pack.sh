#!/usr/bin/env bash
# npm pack → install into a fresh project from the registry, as a user would (works with an
# empty npm cache) → import the entry points in Node → tsc.
set -euo pipefail
cd "$(dirname "$0")/../.."
node scripts/pack-test.mjs
