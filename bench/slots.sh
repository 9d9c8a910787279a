#!/usr/bin/env bash
# Slot benchmark (issue: a month's slot availability at 32 concurrent clients, and 1,000 concurrent
# booking attempts on 20 slots of capacity 10 through the API, with an exact outcome).
# Builds the WAR and runs org.koinagora.services.SlotBench.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench package -Dbench.skipCatalog=true -Dbench.skipSearch=true -Dbench.skipFairs=true -Dbench.skipOrders=true "$@"
