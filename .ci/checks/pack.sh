#!/usr/bin/env bash
# npm pack → offline install into a fresh project → import the entry points in Node → tsc.
set -euo pipefail
cd "$(dirname "$0")/../.."
node scripts/pack-test.mjs
