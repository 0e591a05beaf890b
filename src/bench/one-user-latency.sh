#!/usr/bin/env bash
# Every main page of the demo organisation as one person uses it, on an otherwise idle portal (README, Performance):
# the portal starts on a fresh copy of the demo data (embedded H2), each role signs in once, and every page it uses is
# asked for again and again by that one person (wrk: one connection, one thread, $DURATION after a warm-up of
# $WARMUP), the session's cookies kept as a browser keeps them. Prints each page's p50, p95 and slowest answer, and
# the pages slower than $LIMIT_MS ms at p95 (the goal: none).
# Usage: src/bench/one-user-latency.sh            (DURATION=10s WARMUP=3s PORT=8480 LIMIT_MS=150 by default)
# Needs: JDK 17, Maven, wrk, curl. Builds the portal when missing. Logs in target/bench/.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
LIMIT_MS=${LIMIT_MS:-150}
source src/bench/common.sh

# page COOKIE PATH: one person asking for one page, over and over; prints "path requests p50 p95 max errors".
page() {
    if [ -z "$2" ]; then
        echo "(a-page-whose-link-was-not-found) 0 0 0 0 1" | tee -a "$WORK/one-user.txt"
        return
    fi
    local session=$WORK/session.one-user
    echo "$1" > "$session"
    SESSIONS_FILE=$session wrk -t1 -c1 -d"$WARMUP" -s "$WORK/load.lua" "$BASE$2" > /dev/null
    SESSIONS_FILE=$session wrk -t1 -c1 -d"$DURATION" -s "$WORK/load.lua" "$BASE$2" \
        | awk -v path="$2" '/^RESULT/ { print path, $7, $3, $4, $5, $6 }' | tee -a "$WORK/one-user.txt"
}

# first_link COOKIE LIST PATTERN: the first link on a list page whose address matches the pattern.
first_link() {
    curl -s -H "Cookie: $1" "$BASE$2" | grep -o "href=\"[^\"]*$3[^\"]*\"" | head -1 | sed 's/^href="//; s/"$//; s/&amp;/\&/g'
}

rm -rf "$WORK/one-user-data" "$WORK/one-user.txt"
JVM_OPTIONS="-Dservicepact.data=$PWD/$WORK/one-user-data" start one-user target/ROOT /login.xhtml \
    --prebootcommandfile docker/preboot-h2.asadmin
trap stop EXIT
echo "path requests p50-ms p95-ms max-ms errors"
page "" /login.xhtml

person=$(sign_in lena.fischer)
for path in /index.xhtml /requests/index.xhtml /requests/new.xhtml /feedback/index.xhtml /feedback/write.xhtml \
    /agreements/index.xhtml /profile.xhtml /organisation/chart.xhtml \
    "$(first_link "$person" /index.xhtml '/requests/request.xhtml?id=')" \
    "$(first_link "$person" /agreements/index.xhtml '/agreements/agreement.xhtml?id=')"; do
    page "$person" "$path"
done

person=$(sign_in marco.rossi)
for path in /index.xhtml "/requests/index.xhtml?tab=queue" /insight/dashboard.xhtml /agreements/new.xhtml /webhooks.xhtml \
    "$(first_link "$person" /feedback/index.xhtml '/feedback/letter.xhtml?id=')"; do
    page "$person" "$path"
done

person=$(sign_in hannah.weber)
for path in /insight/culture.xhtml "$(first_link "$person" /insight/culture.xhtml '/insight/tie.xhtml?')"; do
    page "$person" "$path"
done

person=$(sign_in admin)
for path in /admin/departments.xhtml /admin/department.xhtml /admin/employees.xhtml /admin/external-parties.xhtml \
    /admin/calendars.xhtml /admin/import.xhtml /admin/sign-in-locks.xhtml /admin/api-tokens.xhtml /admin/audit.xhtml \
    "$(first_link "$person" /admin/employees.xhtml '/admin/employee.xhtml?id=')" \
    "$(first_link "$person" /admin/calendars.xhtml '/admin/calendar.xhtml?id=')"; do
    page "$person" "$path"
done

echo
echo "Pages slower than ${LIMIT_MS} ms at p95 (or with errors):"
awk -v limit="$LIMIT_MS" '$4 > limit || $6 > 0 { print; slow++ } END { if (!slow) print "none" }' "$WORK/one-user.txt"
