#!/usr/bin/env bash
# Memory: the built CDN bundle mounts and removes 1 000 widgets several times; after a forced
# garbage collection the JS heap must come back near its warm-up size (CDP, test/hardening/heap.mjs).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f dist/cdn/story-widgets.js ]; then
  echo "dist/cdn/story-widgets.js is missing: run \`npm run build\` first." >&2
  exit 1
fi
npm run --silent test:heap
