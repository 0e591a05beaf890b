# What the benchmark scripts share (sourced, not run, from the project's root): their settings (PORT, the address BASE,
# the folder WORK for logs and cookies, the Payara Micro jar, the demo password), a check for wrk, a build of the portal
# when it is missing and wrk's script; and functions to start and stop an application on Payara Micro, to sign in to the
# portal as a browser does, and to read the script nonce a form posted back must carry.

PORT=${PORT:-8480}
BASE=http://localhost:$PORT
WORK=target/bench
PAYARA=target/runtime/payara-micro.jar
PASSWORD=servicepact

command -v wrk > /dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
mkdir -p "$WORK"
[ -d target/ROOT ] && [ -f "$PAYARA" ] || mvn -B -q -DskipTests package

# wrk's script (load.lua): at the end "RESULT req/s p50 p95 slowest errors requests", times in ms; with SESSIONS_FILE,
# one signed-in session per wrk thread (one connection each), its cookies kept as a browser keeps them. Payara counts a replicated session's versions in the
# cookie JSESSIONIDVERSION; a client that sends back an old one makes the node read the session again from the store.
cat > "$WORK/load.lua" << 'EOF'
local sessions, next_session = {}, 1
if os.getenv("SESSIONS_FILE") then
    for line in io.lines(os.getenv("SESSIONS_FILE")) do
        if line ~= "" then sessions[#sessions + 1] = line end
    end
end
function setup(thread)
    if #sessions > 0 then
        thread:set("cookie", sessions[(next_session - 1) % #sessions + 1])
        next_session = next_session + 1
    end
end
function request()
    if cookie then wrk.headers["Cookie"] = cookie end
    return wrk.format()
end
function response(status, headers, body)
    local version = cookie and headers["Set-Cookie"] and headers["Set-Cookie"]:match("JSESSIONIDVERSION=([^;]*)")
    if version then cookie = cookie:gsub("JSESSIONIDVERSION=[^;]*", "JSESSIONIDVERSION=" .. version) end
end
done = function(summary, latency, requests)
    io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n", summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency.max / 1000, summary.errors.status
        + summary.errors.connect + summary.errors.read + summary.errors.timeout, summary.requests))
end
EOF

# start NAME WAR READY_PATH [payara options…]: sets PID and SECONDS_TO_READY; JVM options in $JVM_OPTIONS
start() {
    local name=$1 war=$2 ready=$3 began
    shift 3
    began=$(date +%s%N)
    java -Xmx768m ${JVM_OPTIONS:-} -jar "$PAYARA" --nocluster --port "$PORT" --deploy "$war" --contextroot / "$@" > "$WORK/$name.log" 2>&1 &
    PID=$!
    until curl -sf -o /dev/null "$BASE$ready"; do
        kill -0 "$PID" 2> /dev/null || { echo "$name did not start; see $WORK/$name.log" >&2; exit 1; }
        sleep 0.1
    done
    SECONDS_TO_READY=$(awk -v ns=$(($(date +%s%N) - began)) 'BEGIN { printf "%.1f", ns / 1e9 }')
}

stop() {
    kill "$PID" 2> /dev/null || true
    wait "$PID" 2> /dev/null || true
}

# The script nonce of a page, from its response headers (PrimeFaces' CSP mode): a form posted back must carry it.
nonce_in() {
    grep -io "nonce-[^']*" <<< "$1" | head -1 | cut -c7-
}

# A signed-in session of the portal: prints its cookies as a Cookie header's value. Both of Payara's session cookies,
# as a browser sends them: a request with JSESSIONID alone was at times answered from an older copy of the session
# in Payara's session store, one from before the sign-in.
sign_in() {
    local jar=$WORK/cookies.$1 headers nonce
    rm -f "$jar"
    headers=$(curl -s -c "$jar" -D - -o "$WORK/login.html" "$BASE/login.xhtml")
    nonce=$(nonce_in "$headers")
    curl -s -b "$jar" -c "$jar" -o /dev/null "$BASE/login.xhtml" --data-urlencode "login=login" \
        --data-urlencode "login:username=$1" --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:submit=" \
        --data-urlencode "jakarta.faces.ViewState=stateless" --data-urlencode "primefaces.nonce=$nonce"
    curl -s -b "$jar" -c "$jar" -o /dev/null "$BASE/"
    awk '$6 ~ /^JSESSIONID/ { printf "%s%s=%s", separator, $6, $7; separator = "; " }' "$jar"
}
