#!/usr/bin/env bash
# Storefront benchmark (issue: home and product pages at 10,000 listings, 32 connections).
# Installs wrk from Debian when missing, builds the WAR and runs org.koinagora.bench.CatalogBench.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y wrk; fi
fi
mvn -B -q -Pbench package -Dbench.skipSearch=true -Dbench.skipFairs=true -Dbench.skipOrders=true -Dbench.skipSlots=true "$@"
