#!/usr/bin/env bash
# Size budget: the whole ES CDN bundle ≤ 16 KB gzip; prints gzip and brotli per entry point.
set -euo pipefail
cd "$(dirname "$0")/../.."
node scripts/size.mjs
