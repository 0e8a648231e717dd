#!/usr/bin/env bash
# Ingests a generated work_items CSV of ROWS valid rows (default 10,000,000) with a 512 MB heap and
# prints rows, seconds, rows/s and peak RSS with the machine. Rerunnable: the input is generated
# once per ROWS under jobs/target/bench/, the output is written anew each time.
# Usage: jobs/bench/large-ingest.sh [ROWS]      (HEAP=512m and CHUNK=20000 may be overridden)
set -euo pipefail

rows="${1:-10000000}"
heap="${HEAP:-512m}"
chunk="${CHUNK:-20000}"
jobs="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="$(dirname "$jobs")"
launch="$jobs/target/launch"
bench="$jobs/target/bench"
input="$bench/input-$rows"
output="$bench/output-$rows"

if ! [[ "$rows" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 [ROWS]   (a positive number of work_items rows; default 10000000)" >&2
  exit 2
fi

needs_build() {
  [ -f "$launch/classpath.txt" ] || return 0
  [ -n "$(find "$home/pom.xml" "$home/schemas/pom.xml" "$home/schemas/src" "$home/jobs/pom.xml" \
    "$home/jobs/src" -newer "$launch/classpath.txt" -print -quit 2>/dev/null)" ]
}

if needs_build; then
  echo "building jobs (./mvnw -pl jobs -am package)..." >&2
  (cd "$home" && ./mvnw -q -B -pl jobs -am package -DskipTests)
fi

# The reference tables work_items refers to: 200 communities under 10 streets, 20 departments,
# 50 approved applications.
write_reference_tables() {
  awk 'BEGIN {
    print "org_code,org_name,level,parent_code,community_type,residents"
    print "D0,示范区,DISTRICT,,,"
    for (s = 0; s < 10; s++) printf "S%02d,街道%d,STREET,D0,,\n", s, s
    for (c = 0; c < 200; c++)
      printf "C%03d,社区%d,COMMUNITY,S%02d,%s,%d\n", c, c, c % 10, (c % 4 ? "URBAN" : "RURAL"), 1000 + c
  }' >"$1/org_units.csv"
  awk 'BEGIN {
    print "dept_code,dept_name,category"
    for (d = 0; d < 20; d++) printf "D%02d,部门%d,GOVERNMENT\n", d, d
  }' >"$1/departments.csv"
  awk 'BEGIN {
    print "application_id,dept_code,title,matter_type,legal_basis,scope,support_personnel," \
      "support_funding_yuan,support_materials,submitted_on,status,decided_on,reason," \
      "resubmission_of,revoked_on"
    for (a = 0; a < 50; a++)
      printf "A%03d,D%02d,准入事项%d,WORK_ITEM,条例,ALL,1,1000.00,,2020-01-0%d,APPROVED,2020-02-01,,,\n",
        a, a % 20, a, 1 + a % 9
  }' >"$1/applications.csv"
}

# work_items, streamed: row i belongs to community i mod 200 and has item code W<i>, so every key
# (org_code, year, item_code) is unique and every row is valid; a third are not admitted.
write_work_items() {
  awk -v rows="$rows" 'BEGIN {
    print "org_code,year,item_code,item_name,dept_code,application_id"
    for (i = 0; i < rows; i++)
      printf "C%03d,%d,W%09d,社区工作事项%d,D%02d,%s\n", i % 200, 2021 + int(i / 200) % 5, i,
        i % 997, i % 20, (i % 3 ? sprintf("A%03d", i % 50) : "")
  }' >"$1/work_items.csv"
}

if [ ! -f "$input/work_items.csv" ]; then
  echo "writing $rows work_items rows to $input ..." >&2
  mkdir -p "$input.partial"
  write_reference_tables "$input.partial"
  write_work_items "$input.partial"
  rm -rf "$input"
  mv "$input.partial" "$input"
fi

rm -rf "$output"
mkdir -p "$output"
jar="$(sed -n 's/^jar=//p' "$launch/launch.properties")"
command=(java "-Xmx$heap" -cp "$jar:$(cat "$launch/classpath.txt")" jianfu.jobs.IngestApplication
  --input "$input" --output "$output" --tables org_units,departments,applications,work_items
  "--ingest.chunk_size=$chunk")
log="$bench/large-ingest-$rows.log"

# Peak RSS from /usr/bin/time -v, else sampled from /proc (VmHWM is the process's high-water mark).
if [ -x /usr/bin/time ]; then
  status=0
  /usr/bin/time -v -o "$bench/time-$rows.txt" "${command[@]}" 2>&1 | tee "$log" || status=$?
  peak_kb="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$bench/time-$rows.txt")"
  seconds="$(awk -F': ' '/Elapsed \(wall clock\)/ {
    n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' \
    "$bench/time-$rows.txt")"
else
  start="$(date +%s.%N)"
  "${command[@]}" >"$log" 2>&1 &
  pid=$!
  peak_kb=0
  while kill -0 "$pid" 2>/dev/null; do
    hwm="$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)"
    [ -n "$hwm" ] && [ "$hwm" -gt "$peak_kb" ] && peak_kb="$hwm"
    sleep 0.2
  done
  status=0
  wait "$pid" || status=$?
  seconds="$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')"
  cat "$log"
fi

if [ "$status" -ne 0 ]; then
  echo "the ingestion failed (exit code $status); the log is $log" >&2
  exit "$status"
fi

summary="$(grep -o 'work_items: [0-9]* rows read, [0-9]* loaded.*' "$log" || true)"
loaded="$(awk '{print $5}' <<<"$summary")"
if [ "$loaded" != "$rows" ]; then
  echo "expected $rows work_items rows loaded, the log says '${loaded:-nothing}'" >&2
  exit 1
fi

echo
echo "machine:   $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) memory, $(java -version 2>&1 | head -1), load average now $(cut -d' ' -f1 /proc/loadavg)"
echo "rows:      $rows work_items (plus 281 reference rows), heap -Xmx$heap, chunk $chunk"
echo "seconds:   $seconds (the whole command: JVM start, the four tables)"
awk -v r="$rows" -v s="$seconds" 'BEGIN { printf "rows/s:    %d\n", r / s }'
echo "table:     ${summary#work_items: } (the rate of work_items alone, staged and published)"
awk -v k="$peak_kb" 'BEGIN { printf "peak RSS:  %d MB\n", k / 1024 }'
