#!/usr/bin/env bash
# Search benchmark (issue: 100,000 listings; index build, in-process latency, MariaDB baseline, HTTP at 32 connections).
# Installs wrk from Debian when missing, builds the WAR and runs org.koinagora.search.lucene.SearchBench.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y wrk; fi
fi
mvn -B -q -Pbench package -Dbench.skipCatalog=true -Dbench.skipFairs=true -Dbench.skipOrders=true -Dbench.skipSlots=true "$@"
