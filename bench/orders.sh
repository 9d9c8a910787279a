#!/usr/bin/env bash
# Order benchmark (issue: orders per second and p99 at 32 concurrent buyers through the API, and
# webhook handling latency p99). Builds the WAR and runs org.koinagora.checkout.OrderBench.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench package -Dbench.skipCatalog=true -Dbench.skipSearch=true -Dbench.skipFairs=true -Dbench.skipSlots=true "$@"
