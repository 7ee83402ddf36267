#!/usr/bin/env bash
# Times `iac validate` (release build), which evaluates every expression, against
# `terraform validate` on a generated configuration of N locals and N terraform_data
# resources with for_each, and prints a markdown table of wall time and peak RSS.
#   bench/eval-bench.sh [N]          (default 10000)
# Environment: TERRAFORM (default ../shared/tools/terraform), TF_TIMEOUT seconds (default 600).
set -euo pipefail
source "$(dirname "$0")/../scripts/lib/common.sh"
source "$(dirname "$0")/lib.sh"

n=${1:-10000}
tf_timeout=${TF_TIMEOUT:-600}
OUT="$ROOT/bench/out"
CONFIG="$OUT/eval-$n"
mkdir -p "$OUT"

terraform=${TERRAFORM:-}
if [ -z "$terraform" ]; then
  if [ -x "$SHARED/tools/terraform" ]; then terraform="$SHARED/tools/terraform"
  else terraform=$(command -v terraform || true); fi
fi
[ -n "$terraform" ] || warn "no Terraform found: only iac is measured"

[ -x /usr/bin/time ] || ensure_apt_packages time
ensure_swift
log "building iac (release)"
IAC=$(build_release_iac)

log "generating $n locals and $n resources into ${CONFIG#"$ROOT/"}"
python3 "$ROOT/bench/generate_eval.py" "$CONFIG" "$n"

measure iac-eval "$IAC" validate "$CONFIG"
iac_wall=$WALL iac_rss=$RSS iac_status=$STATUS
tf_wall="—" tf_rss="—" tf_status="—" ratio="—" rss_ratio="—"
if [ -n "$terraform" ]; then
  measure terraform-eval timeout "$tf_timeout" "$terraform" -chdir="$CONFIG" validate -no-color
  tf_status=$STATUS
  if [ "$STATUS" -eq 124 ]; then
    tf_wall="over $tf_timeout"
  else
    tf_wall=$WALL tf_rss=$RSS
    ratio=$(awk -v t="$tf_wall" -v i="$iac_wall" 'BEGIN { printf(i > 0 ? "%.1f×" : "—", t / i) }')
    rss_ratio=$(awk -v t="$tf_rss" -v i="$iac_rss" 'BEGIN { printf(i > 0 ? "%.1f×" : "—", t / i) }')
  fi
fi

echo
echo "$n locals + $n terraform_data resources with for_each; $(nproc) cores; $("$terraform" version 2>/dev/null | head -n 1)"
echo
echo "| command | iac wall | iac peak RSS | iac exit | Terraform wall | Terraform peak RSS | Terraform exit | wall (Terraform / iac) | RSS (Terraform / iac) |"
echo "|---|---|---|---|---|---|---|---|---|"
echo "| \`validate\` | $iac_wall s | $iac_rss MB | $iac_status | $tf_wall s | $tf_rss MB | $tf_status | $ratio | $rss_ratio |"
