#!/usr/bin/env bash
# Size budget: the whole ES CDN bundle ≤ 20 KB gzip (20 480 bytes); prints its size and the
# bytes left (fails above), and gzip and brotli per entry point.
set -euo pipefail
cd "$(dirname "$0")/../.."
node scripts/size.mjs
