#!/usr/bin/env bash
# ./holdslayer bench sip: SIPp devices place calls through the B2BUA to a SIPp company at rising rates.
#
# Each call: INVITE (407 digest challenge, INVITE with credentials) from a device, the B2BUA's INVITE through
# the trunk to the company, 180/200/ACK on both legs with the media plane's SDP, one second of call, BYE.
# A rate step lasts BENCH_SIP_STEP_SECONDS; the sustained rate is the highest step whose calls all completed
# at that rate with fewer than 0.1% failed. SRD (RFC 6076) is measured by SIPp from the device's first INVITE
# to the 200 (so it includes the 407 round trip); p99 is over every call of the sustained step.
# The gateway runs with the media plane's defaults (every company leg recorded and analysed); to measure the
# signalling path alone, set HOLDSLAYER_MEDIA_RECORDING_MODE=OFF HOLDSLAYER_MEDIA_MONITOR_COMPANY_LEGS=false.
# The gateway's heap is JBOSS_JAVA_SIZING (default here -Xms1g -Xmx1g, WildFly's own default is 512 MB, which spends
# a fifth of the CPU in garbage collection at 250 calls/s).
# Before the ramp, BENCH_SIP_WARMUP_SECONDS (10) of calls at 20 calls/s, not counted, let the JIT compile the call
# path (a cold server is slow enough for its overload control to answer 503).
# Tunables: BENCH_SIP_RATES, BENCH_SIP_STEP_SECONDS, BENCH_SIP_WARMUP_SECONDS, BENCH_SIP_HTTP_PORT,
# BENCH_SIP_COMPANY_PORT, BENCH_SIP_DEVICE_PORT.
# Prints: BENCH sip cps=<n> srd_p99_ms=<n> concurrent_max=<n>
set -euo pipefail

ROOT="$1"
HTTP_PORT="${BENCH_SIP_HTTP_PORT:-18880}"
SIP_PORT=$(( HTTP_PORT - 3020 ))
COMPANY_PORT="${BENCH_SIP_COMPANY_PORT:-17500}"
DEVICE_PORT="${BENCH_SIP_DEVICE_PORT:-17300}"
STEP_SECONDS="${BENCH_SIP_STEP_SECONDS:-10}"
WARMUP_SECONDS="${BENCH_SIP_WARMUP_SECONDS:-10}"
RATES="${BENCH_SIP_RATES:-25 50 75 100 125 150 200 250 300 350 400}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/holdslayer-bench-sip.XXXXXX")"
SCENARIOS="$ROOT/holdslayer-tests/src/test/resources/sipp"
GATEWAY_PID="" COMPANY_PID=""

log() { printf '[bench sip] %s\n' "$*" >&2; }

cleanup() {
    [[ -n "$COMPANY_PID" ]] && kill "$COMPANY_PID" 2>/dev/null || true
    if [[ -n "$GATEWAY_PID" ]]; then
        kill -TERM "$GATEWAY_PID" 2>/dev/null || true
        wait "$GATEWAY_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT

command -v sipp >/dev/null || { log "sipp is needed (Debian package sip-tester)"; exit 1; }

export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms1g -Xmx1g}"
log "starting a gateway on HTTP $HTTP_PORT / SIP $SIP_PORT, heap $JBOSS_JAVA_SIZING (data in $WORK)"
env HOLDSLAYER_DATA_DIR="$WORK/gateway" HOLDSLAYER_HTTP_PORT="$HTTP_PORT" HOLDSLAYER_SIP_PORT="$SIP_PORT" \
    HOLDSLAYER_TRUNK_HOST=127.0.0.1 HOLDSLAYER_TRUNK_PORT="$COMPANY_PORT" HOLDSLAYER_TRUNK_OPTIONS_INTERVAL=3600 \
    HOLDSLAYER_SIP_DEVICES=bench:bench-secret 'HOLDSLAYER_DIAL_ALLOW=[+]1555[0-9]*' \
    HOLDSLAYER_SIP_REGISTER_FAILURE_LIMIT=10000 \
    "$ROOT/holdslayer" run --no-build > "$WORK/gateway.log" 2>&1 &
GATEWAY_PID=$!
for _ in $(seq 1 180); do
    if grep -q "Hold Slayer is running" "$WORK/gateway.log" 2>/dev/null; then break; fi
    kill -0 "$GATEWAY_PID" 2>/dev/null || { log "the gateway did not start; see $WORK/gateway.log"; exit 1; }
    sleep 1
done
sleep 3

log "company (SIPp UAS) on $COMPANY_PORT"
(cd "$WORK" && exec sipp -sf "$SCENARIOS/company-answers.xml" -i 127.0.0.1 -p "$COMPANY_PORT" \
    -mp $(( COMPANY_PORT + 100 )) -nostdin -aa -trace_err -error_file "$WORK/company-errors.log" \
    > "$WORK/company-screen.log" 2>&1) &
COMPANY_PID=$!
sleep 1

if (( WARMUP_SECONDS > 0 )); then
    log "warm-up: $WARMUP_SECONDS s at 20 calls/s (not counted)"
    mkdir -p "$WORK/warmup"
    (cd "$WORK/warmup" && timeout $(( WARMUP_SECONDS + 60 )) sipp 127.0.0.1:"$SIP_PORT" -sf "$SCENARIOS/device-calls.xml" \
        -i 127.0.0.1 -p "$DEVICE_PORT" -mp $(( DEVICE_PORT + 100 )) -nostdin -s +15551234567 -key device bench \
        -au bench -ap bench-secret -r 20 -m $(( WARMUP_SECONDS * 20 )) -timeout $(( WARMUP_SECONDS + 40 ))s \
        > screen.log 2>&1) || true
    sleep 2
fi

best_cps=0 best_p99=0 concurrent_max=0
for rate in $RATES; do
    calls=$(( rate * STEP_SECONDS ))
    step="$WORK/step-$rate"
    mkdir -p "$step"
    log "rate $rate calls/s, $calls calls"
    (cd "$step" && timeout $(( STEP_SECONDS * 3 + 60 )) sipp 127.0.0.1:"$SIP_PORT" -sf "$SCENARIOS/device-calls.xml" -i 127.0.0.1 -p "$DEVICE_PORT" \
        -mp $(( DEVICE_PORT + 100 )) -nostdin -s +15551234567 -key device bench -au bench -ap bench-secret \
        -r "$rate" -m "$calls" -l $(( rate * 20 )) -timeout $(( STEP_SECONDS * 3 + 40 ))s \
        -trace_stat -stf stats.csv -fd 1 -trace_rtt -rtt_freq 1 -trace_err -error_file errors.log \
        > screen.log 2>&1) || true
    read -r ok failed elapsed peak < <(python3 - "$step" <<'PY'
import csv, sys, os
step = sys.argv[1]
rows = list(csv.reader(open(os.path.join(step, "stats.csv")), delimiter=";"))
head, last = rows[0], rows[-1]
col = {name: i for i, name in enumerate(head)}
ok = int(last[col["SuccessfulCall(C)"]]); failed = int(last[col["FailedCall(C)"]])
elapsed = last[col["ElapsedTime(C)"]]
h, m, s = elapsed.split(":")[:3]
seconds = int(h) * 3600 + int(m) * 60 + float(s)
current = col.get("CurrentCall", col.get("CurrentCall(P)"))
peak = max([int(r[current]) for r in rows[1:] if r[current].isdigit()] or [0])
print(ok, failed, seconds, peak)
PY
)
    p99=$(python3 - "$step" <<'PY'
import glob, sys, os
values = []
for path in glob.glob(os.path.join(sys.argv[1], "*_rtt.csv")):
    for line in open(path):
        parts = line.strip().split(";")
        if len(parts) >= 3:
            try:
                values.append(float(parts[1]))
            except ValueError:
                pass
values.sort()
print(round(values[min(len(values) - 1, int(len(values) * 0.99))]) if values else -1)
PY
)
    total=$(( ok + failed ))
    log "rate $rate: $ok ok, $failed failed, SIPp ran ${elapsed}s, SRD p99 ${p99} ms, peak $peak concurrent"
    (( peak > concurrent_max )) && concurrent_max=$peak
    # sustained: every call attempted, < 0.1% failed, and the step did not take much longer than planned
    if (( total >= calls )) && (( failed * 1000 < total )) && python3 -c "import sys; sys.exit(0 if $elapsed <= $STEP_SECONDS + 5 else 1)"; then
        best_cps=$rate best_p99=$p99
    else
        log "rate $rate not sustained; stopping the ramp"
        break
    fi
done

echo "BENCH sip cps=$best_cps srd_p99_ms=$best_p99 concurrent_max=$concurrent_max"
