#!/usr/bin/env bash
# Runs the whole suite on a fresh Debian machine with only the .NET SDK:
# installs what the tests need when missing, starts services on loopback, runs every test project,
# stops the services, and ends with one line "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

# What the tests need beyond the .NET SDK, as "command-or-file:debian-package" pairs; installed when missing.
# SQLite ships inside Microsoft.Data.Sqlite. The browser tests drive Debian's Chromium and need CJK fonts to render
# Chinese. The notice tests send mail to Debian's aiosmtpd (with a self-signed certificate from openssl for STARTTLS).
# The import tests convert plans with LibreOffice (soffice, headless) to read documents real office software wrote.
requirements=(
  "/usr/bin/chromium:chromium"
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc:fonts-noto-cjk"
  "/usr/lib/python3/dist-packages/aiosmtpd:python3-aiosmtpd"
  "openssl:openssl"
  # promtool checks the /metrics text (MetricsPortTests); the test says so and skips the check where it is missing.
  "promtool:prometheus"
  "soffice:libreoffice-writer-nogui"
  # Scanned plans (issue 22 item 4): pdftoppm rasterises a PDF page, tesseract reads it with the Chinese data.
  "pdftoppm:poppler-utils"
  "tesseract:tesseract-ocr"
  "/usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata:tesseract-ocr-chi-sim"
)
need=()
# PostgreSQL (issue 12): Debian's server binaries live under /usr/lib/postgresql/<version>/bin, not on PATH.
tests/postgres/server.sh bin >/dev/null 2>&1 || need+=("postgresql")
for pair in "${requirements[@]}"; do
  what=${pair%%:*}
  { command -v "$what" >/dev/null 2>&1 || [ -e "$what" ]; } || need+=("${pair##*:}")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null \
    || { echo "could not install ${need[*]}"; echo "tests: 0 passed, 1 failed"; exit 1; }
fi

echo "building (Release) …"
if ! dotnet build Supervision.sln -c Release -nologo -v q > "$log/build.txt" 2>&1; then
  grep -E "error|rror:" "$log/build.txt" | sort -u | head -50
  echo "build failed"; echo "tests: 0 passed, 1 failed"; exit 1
fi

# Debian's aiosmtpd on loopback for the notice tests (tests/smtp/aiosmtpd_server.py): ports and Maildir in one folder.
export SUPERVISION_TEST_AIOSMTPD="$log/aiosmtpd"
/usr/bin/python3 tests/smtp/aiosmtpd_server.py "$SUPERVISION_TEST_AIOSMTPD" > "$log/aiosmtpd.txt" 2>&1 &
smtpd=$!
trap 'kill $smtpd 2>/dev/null; rm -rf "$log"' EXIT

# A private PostgreSQL on loopback (tests/postgres/server.sh) for every PostgreSQL test: started once, stopped at exit.
pgdir=$(mktemp -u /tmp/supervision-pg.XXXXXX)
if SUPERVISION_TEST_POSTGRES=$(tests/postgres/server.sh start "$pgdir" 2> "$log/postgres.txt"); then
  export SUPERVISION_TEST_POSTGRES
else
  echo "PostgreSQL did not start:"; cat "$log/postgres.txt"
fi
trap 'kill $smtpd 2>/dev/null; tests/postgres/server.sh stop "$pgdir"; rm -rf "$log"' EXIT
for _ in $(seq 1 100); do [ -e "$SUPERVISION_TEST_AIOSMTPD/ports" ] && break; sleep 0.1; done
[ -e "$SUPERVISION_TEST_AIOSMTPD/ports" ] || { echo "aiosmtpd did not start:"; cat "$log/aiosmtpd.txt"; }

passed=0; failed=0; status=0
for proj in tests/*.Tests/*.csproj; do
  name=$(basename "$proj" .csproj)
  echo "== $name"
  dotnet test "$proj" -c Release --no-build -nologo --logger "console;verbosity=minimal" 2>&1 | tee "$log/$name.txt" | grep -E -A3 "^\s+Failed |\[FAIL\]" | head -150
  rc=${PIPESTATUS[0]}
  line=$(grep -E "(Passed|Failed)!\s+-\s+Failed:" "$log/$name.txt" | tail -1)
  if [ -z "$line" ]; then
    echo "$name: no summary (exit $rc)"; tail -30 "$log/$name.txt"; failed=$((failed + 1)); status=1; continue
  fi
  echo "$line"
  f=$(echo "$line" | sed -E 's/.*Failed:\s*([0-9]+).*/\1/')
  p=$(echo "$line" | sed -E 's/.*Passed:\s*([0-9]+).*/\1/')
  passed=$((passed + p)); failed=$((failed + f))
  [ "$rc" = 0 ] || status=1
done
[ "$failed" = 0 ] || status=1
echo "tests: $passed passed, $failed failed"
exit $status
