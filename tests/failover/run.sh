#!/usr/bin/env bash
# Failover under load, by hand: two host processes on one private PostgreSQL, 32 clients sending report commands with
# Idempotency-Key, the host holding the most grains (the first, alone while the test's world was made) killed with SIGKILL
# mid-run. It runs the suite's own test (tests/Supervision.Host.Tests,
# Cluster/FailoverTests) and says what it checked:
#   - every command answered 2xx is in the trail exactly once, and the whole trail verifies;
#   - a deadline firing the dead node had taken (acquired in Quartz) fires on the survivor within 30 s of the kill;
#   - no notice went out twice (every message at the loopback SMTP server has its own Message-Id);
#   - clients saw only retriable answers (connection errors, 503, 409 idempotency.in_progress; never a 500), and their
#     retries with the same key succeeded on the survivor; the survivor logged no unexpected failure (500);
#   - the survivor's /health/ready, asked every half second throughout, never answered 503; it prints how long the
#     survivor took to count the dead node out;
#   - the two nodes never held more than 2 x 30 PostgreSQL connections (Supervision:Postgres:MaxConnections).
# Usage: tests/failover/run.sh            (from the repository root; needs dotnet and Debian's postgresql installed)
# Takes 2–5 minutes on a 2-core machine. The nodes' data folders are temporary and removed after.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build tests/Supervision.Host.Tests -c Release -nologo -v q
pgdir=$(mktemp -u /tmp/supervision-failover-pg.XXXXXX)
SUPERVISION_TEST_POSTGRES=$(tests/postgres/server.sh start "$pgdir")
export SUPERVISION_TEST_POSTGRES
trap 'tests/postgres/server.sh stop "$pgdir"' EXIT
echo "PostgreSQL on loopback: $SUPERVISION_TEST_POSTGRES"
dotnet test tests/Supervision.Host.Tests -c Release --no-build --logger "console;verbosity=normal" \
  --filter "FullyQualifiedName~Cluster.FailoverTests"
