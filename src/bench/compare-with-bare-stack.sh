#!/usr/bin/env bash
# The portal measured side by side with the bare stack (README, Performance): the same Payara Micro with PrimeFaces,
# JPA and JAX-RS and nothing of the portal (src/bench/bare-stack: one table of 320 rows, a PrimeFaces table page, a
# JSON read). Alternating in one run, one application at a time on the same port:
#   - start-up: from launching the JVM to the first answered page; the portal's first start seeds the demo
#     organisation into an empty database, its later starts find it there; the bare stack seeds its table each time;
#   - throughput and latency with wrk (20 connections, one per thread, $DURATION after a warm-up of $WARMUP) of the
#     portal's pages as 20 sessions of a signed-in person (an employee, a head, HR; cookies kept as a browser keeps
#     them) and of its API with a personal access token, and of the bare table page and JSON read, with the server's
#     CPU time per request;
#   - the heap after a full collection, once idle after start and once after the load; for the portal also after the
#     first page's load, with the 20 people who worked on it signed in (the whole load leaves 60 sessions).
# Usage: src/bench/compare-with-bare-stack.sh            (ROUNDS=2 DURATION=20s WARMUP=5s PORT=8480 by default)
# Needs: JDK 17, Maven, wrk, curl. Builds the portal when missing. Prints the averages and each page's ratios to the
# bare stack; logs in target/bench/.
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
source src/bench/common.sh

build_bare_stack() {
    local classes=$WORK/bare/WEB-INF/classes classpath
    rm -rf "$WORK/bare" && mkdir -p "$classes" "$WORK/bare/WEB-INF/lib"
    classpath=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
    javac -nowarn -d "$classes" -cp "$classpath" $(find src/bench/bare-stack/java -name '*.java')
    cp -r src/bench/bare-stack/resources/. "$classes/"
    cp -r src/bench/bare-stack/webapp/. "$WORK/bare/"
    tr ':' '\n' <<< "$classpath" | grep '/primefaces-[0-9.]*-jakarta.jar$' | xargs -I{} cp {} "$WORK/bare/WEB-INF/lib/"
    (cd "$WORK/bare" && rm -f ../bare.war && jar cf ../bare.war .)
}

# The heap in use after a full collection, in MB.
heap_after_gc() {
    jcmd "$PID" GC.run > /dev/null
    jcmd "$PID" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { sub("K", "", $(i + 1)); print int($(i + 1) / 1024); exit } }'
}

# A read-only personal access token of the signed-in session (cookies $1), made on the profile page as a person would.
token_of() {
    local headers nonce view_state
    headers=$(curl -s -D - -o "$WORK/profile.html" -H "Cookie: $1" "$BASE/profile.xhtml")
    nonce=$(nonce_in "$headers")
    view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$WORK/profile.html" | head -1 | sed 's/.*value="//; s/"$//')
    curl -s -H "Cookie: $1" "$BASE/profile.xhtml" --data-urlencode "token=token" \
        --data-urlencode "token:tokenName=benchmark" --data-urlencode "token:tokenDays_input=7" \
        --data-urlencode "token:tokenScope=READ_ONLY" --data-urlencode "token:createToken=" \
        --data-urlencode "jakarta.faces.ViewState=$view_state" --data-urlencode "primefaces.nonce=$nonce" \
        | grep -o 'sp_[A-Za-z0-9_-]*' | head -1
}

# The CPU time the server has used so far (user and system), in clock ticks.
cpu_ticks() {
    awk '{ print $14 + $15 }' "/proc/$PID/stat"
}

# load NAME URL [header]: runs wrk after a warm-up and appends "name req/s p50 p95 non-2xx cpu" to the results, cpu
# being the server's CPU time per answered request in ms. 20 connections, one per wrk thread; with SESSIONS_FILE each
# is one of 20 people signed in (see load.lua).
load() {
    local name=$1 url=$2 header=${3:-X-Bench: 1} before result
    wrk -t20 -c20 -d"$WARMUP" -H "$header" -s "$WORK/load.lua" "$url" > /dev/null
    before=$(cpu_ticks)
    result=$(wrk -t20 -c20 -d"$DURATION" -H "$header" -s "$WORK/load.lua" "$url" | grep '^RESULT')
    awk -v name="$name" -v ticks=$(($(cpu_ticks) - before)) -v per_second="$(getconf CLK_TCK)" \
        '{ printf "%s %s %s %s %s %.2f\n", name, $2, $3, $4, $6, ticks * 1000 / per_second / $7 }' <<< "$result" \
        | tee -a "$WORK/results.txt"
}

# load_as NAME URL USERNAME: load with 20 sessions of the person, each signed in as a browser would be (once a round).
load_as() {
    local sessions=$WORK/sessions.$3
    [ -s "$sessions" ] || for person in $(seq 20); do sign_in "$3"; echo; done > "$sessions"
    SESSIONS_FILE=$sessions load "$1" "$2"
}

build_bare_stack
rm -f "$WORK/results.txt" && rm -rf "$WORK/portal-data"
for round in $(seq "$ROUNDS"); do
    echo "round $round"
    start bare "$WORK/bare.war" /table.xhtml
    echo "bare start $SECONDS_TO_READY" | tee -a "$WORK/results.txt"
    echo "bare heap-idle $(heap_after_gc)" | tee -a "$WORK/results.txt"
    load bare-table "$BASE/table.xhtml"
    load bare-json "$BASE/api/items"
    echo "bare heap-after-load $(heap_after_gc)" | tee -a "$WORK/results.txt"
    stop

    rm -f "$WORK"/sessions.*
    JVM_OPTIONS="-Dservicepact.data=$PWD/$WORK/portal-data" start portal target/ROOT /login.xhtml \
        --prebootcommandfile docker/preboot-h2.asadmin
    echo "portal start-$([ "$round" = 1 ] && echo first || echo again) $SECONDS_TO_READY" | tee -a "$WORK/results.txt"
    echo "portal heap-idle $(heap_after_gc)" | tee -a "$WORK/results.txt"
    employee=$(sign_in lena.fischer)
    token=$(token_of "$employee")
    request=$(curl -s -H "Authorization: Bearer $token" "$BASE/api/v1/requests?scope=MINE&first=0&size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
    # all of Lena's requests (8 rows of the demo data; she has no open one, the page's first choice)
    load_as portal-my-requests "$BASE/requests/index.xhtml?tab=mine&scope=all" lena.fischer
    echo "portal heap-20-people $(heap_after_gc)" | tee -a "$WORK/results.txt"
    load_as portal-queue "$BASE/requests/index.xhtml?tab=queue" marco.rossi
    load_as portal-request "$BASE/requests/request.xhtml?id=$request" lena.fischer
    load_as portal-dashboard "$BASE/insight/dashboard.xhtml" marco.rossi
    load_as portal-culture "$BASE/insight/culture.xhtml" hannah.weber
    load portal-api-token "$BASE/api/v1/requests/$request" "Authorization: Bearer $token"
    load portal-login-page "$BASE/login.xhtml"
    echo "portal heap-after-load $(heap_after_gc)" | tee -a "$WORK/results.txt"
    stop
done

echo
echo "Averages over $ROUNDS rounds (req/s, p50 ms, p95 ms, errors, server CPU ms per request; start-up s; heap MB):"
awk '{ key = $1 " " $2; n[key]++; for (i = 3; i <= NF; i++) sum[key, i] += $i; width[key] = NF }
     END { for (key in n) { line = key; for (i = 3; i <= width[key]; i++) line = line " " sprintf("%.1f", sum[key, i] / n[key]); print line } }' \
    <(sed 's/^\(bare\|portal\)-/\1 /' "$WORK/results.txt") | sort

# Each page against the bare stack's table page (the API against its JSON read) in the same round: by throughput, and
# by the server's CPU time per request (the bare stack's over the portal's). The second holds still when the machine's
# other tenants take cores away for a while, which moves throughput but not what a request costs.
echo
echo "Ratios to the bare stack, round by round (throughput; CPU time per request):"
awk 'NF == 6 && $1 ~ /^bare-/ { req[$1] = $2; cpu[$1] = $6 }
     NF == 6 && $1 ~ /^portal-/ { reference = $1 == "portal-api-token" ? "bare-json" : "bare-table"
         printf "%s %.2f %.2f\n", $1, $2 / req[reference], cpu[reference] / $6 }' "$WORK/results.txt"
