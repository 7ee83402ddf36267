# Shared by the benchmark scripts: timing a command with GNU time.

# measure NAME COMMAND...: runs the command under GNU time, output in $OUT/NAME.out; sets WALL (s),
# RSS (MB) and STATUS.
measure() {
  local name=$1; shift
  local report="$OUT/$name.time"
  STATUS=0
  /usr/bin/time -v -o "$report" "$@" >"$OUT/$name.out" 2>&1 || STATUS=$?
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {
    n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$report")
  RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$report")
  log "$name: ${WALL}s, ${RSS} MB, exit $STATUS"
}
