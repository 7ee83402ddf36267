#!/usr/bin/env bash
# Times `iac fmt -check` and `iac validate` (release build) against Terraform on one large
# generated configuration, and prints a markdown table of wall time and peak RSS.
#   bench/parse-bench.sh [RESOURCES]          (default 20000)
# Environment: TERRAFORM (default ../shared/tools/terraform, then terraform on PATH),
# TF_TIMEOUT seconds per Terraform run (default 300).
set -euo pipefail
source "$(dirname "$0")/../scripts/lib/common.sh"
source "$(dirname "$0")/lib.sh"

resources=${1:-20000}
tf_timeout=${TF_TIMEOUT:-300}
OUT="$ROOT/bench/out"
CONFIG="$OUT/parse-$resources"

terraform=${TERRAFORM:-}
if [ -z "$terraform" ]; then
  if [ -x "$SHARED/tools/terraform" ]; then terraform="$SHARED/tools/terraform"
  else terraform=$(command -v terraform || true); fi
fi
[ -n "$terraform" ] || warn "no Terraform found: only iac is measured"

[ -x /usr/bin/time ] || ensure_apt_packages time
command -v python3 >/dev/null || ensure_apt_packages python3
ensure_swift

log "building iac (release)"
IAC=$(build_release_iac)

log "generating $resources resources into ${CONFIG#"$ROOT/"}"
python3 "$ROOT/bench/generate.py" "$CONFIG" "$resources"
size=$(du -cb "$CONFIG"/*.tf | tail -n 1 | cut -f1)

rows=()
# row LABEL IAC-COMMAND... -- TERRAFORM-COMMAND...
row() {
  local label=$1; shift
  local iac_cmd=() tf_cmd=()
  while [ "$1" != "--" ]; do iac_cmd+=("$1"); shift; done
  shift
  tf_cmd=("$@")
  measure "iac-$label" "${iac_cmd[@]}"
  local iac_wall=$WALL iac_rss=$RSS iac_status=$STATUS
  local tf_wall="—" tf_rss="—" tf_status="—" wall_ratio="—" rss_ratio="—"
  if [ -n "$terraform" ]; then
    measure "terraform-$label" timeout "$tf_timeout" "${tf_cmd[@]}"
    tf_status=$STATUS
    if [ "$STATUS" -eq 124 ]; then
      tf_wall="over $tf_timeout"
    else
      tf_wall=$WALL tf_rss=$RSS
      wall_ratio=$(awk -v t="$tf_wall" -v i="$iac_wall" 'BEGIN { printf(i > 0 ? "%.1f×" : "—", t / i) }')
      rss_ratio=$(awk -v t="$tf_rss" -v i="$iac_rss" 'BEGIN { printf(i > 0 ? "%.1f×" : "—", t / i) }')
    fi
  fi
  rows+=("| \`$label\` | $iac_wall s | $iac_rss MB | $iac_status | $tf_wall s | $tf_rss MB | $tf_status | $wall_ratio | $rss_ratio |")
}

row "fmt -check" "$IAC" fmt -check "$CONFIG" -- "$terraform" fmt -check "$CONFIG"
row "validate" "$IAC" validate "$CONFIG" -- "$terraform" -chdir="$CONFIG" validate -no-color

echo
echo "$resources resources, $(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1048576 }') MB in $(ls "$CONFIG"/*.tf | wc -l) files; $(nproc) cores; $("$terraform" version 2>/dev/null | head -n 1)"
echo
echo "| command | iac wall | iac peak RSS | iac exit | Terraform wall | Terraform peak RSS | Terraform exit | wall (Terraform / iac) | RSS (Terraform / iac) |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
