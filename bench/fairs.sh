#!/usr/bin/env bash
# Booking benchmark (issue: 1,000 concurrent booking attempts on 100 stands through the API).
# Builds the WAR and runs org.koinagora.fairs.FairBench.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench package -Dbench.skipCatalog=true -Dbench.skipSearch=true -Dbench.skipOrders=true -Dbench.skipSlots=true "$@"
