#!/usr/bin/env bash
# Times apply, a no-change plan and destroy of N terraform_data resources in three shapes
# (independent, chain, fan-out tree), iac (release build) side by side with Terraform in the
# same run, and prints a markdown table: wall time, peak RSS, state size and the ratios.
#   bench/engine-bench.sh [N...]          (default: 1000 10000)
# Environment: TERRAFORM (default ../shared/tools/terraform), TF_TIMEOUT seconds per command
# (default 300), SHAPES (default "independent chain fanout").
set -euo pipefail
source "$(dirname "$0")/../scripts/lib/common.sh"
source "$(dirname "$0")/lib.sh"

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
shapes=(${SHAPES:-independent chain fanout})
tf_timeout=${TF_TIMEOUT:-300}
OUT="$ROOT/bench/out"
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

size_mb() { du -cb "$@" 2>/dev/null | awk 'END { printf "%.2f", $1 / 1048576 }'; }
# with_unit VALUE UNIT: "VALUE UNIT", or VALUE alone when it is not a figure ("—", "failed (N)").
with_unit() { case $1 in —*|failed*) printf '%s' "$1" ;; *) printf '%s %s' "$1" "$2" ;; esac; }
ratio() { awk -v t="$1" -v i="$2" 'BEGIN { if (t ~ /^[0-9.]+$/ && i > 0) printf "%.1f×", t / i; else printf "—" }'; }

rows=()
for n in "${sizes[@]}"; do
  for shape in "${shapes[@]}"; do
    dir="$OUT/engine-$shape-$n"
    log "generating $n $shape resources into ${dir#"$ROOT/"}"
    rm -rf "$dir" && python3 "$ROOT/bench/generate_engine.py" "$dir" "$n" "$shape"
    tfdir="$dir-terraform"
    rm -rf "$tfdir" && cp -r "$dir" "$tfdir"

    declare -A iac_wall iac_rss tf_wall tf_rss
    (cd "$dir" && "$IAC" init -no-color >/dev/null)
    for step in apply plan destroy; do
      case $step in
        apply) args=(apply -auto-approve -no-color) ;;
        plan) args=(plan -no-color) ;;
        destroy) args=(destroy -auto-approve -no-color) ;;
      esac
      if [ "$step" = destroy ]; then iac_state=$(size_mb "$dir"/iac.state*); fi
      measure "iac-$shape-$n-$step" bash -c 'cd "$1" && shift && exec "$@"' _ "$dir" "$IAC" "${args[@]}"
      iac_wall[$step]=$WALL iac_rss[$step]=$RSS
      [ "$STATUS" -eq 0 ] || iac_wall[$step]="failed ($STATUS)"
    done

    tf_state="—"
    for step in apply plan destroy; do tf_wall[$step]="—"; tf_rss[$step]="—"; done
    if [ -n "$terraform" ]; then
      "$terraform" -chdir="$tfdir" init -no-color >/dev/null
      skip=""
      for step in apply plan destroy; do
        case $step in
          apply) args=(apply -auto-approve -no-color) ;;
          plan) args=(plan -no-color) ;;
          destroy) args=(destroy -auto-approve -no-color) ;;
        esac
        if [ -n "$skip" ]; then tf_wall[$step]="— ($skip)"; continue; fi
        if [ "$step" = destroy ]; then tf_state=$(size_mb "$tfdir/terraform.tfstate"); fi
        # Terraform stops gracefully on SIGTERM, which can take much longer than the limit (a
        # 10,000-resource chain still planned 13 minutes later), so it is killed 30 s after it.
        # --foreground: timeout waits for the killed Terraform, so its peak RSS is still counted.
        measure "terraform-$shape-$n-$step" \
          timeout --foreground -k 30 "$tf_timeout" "$terraform" -chdir="$tfdir" "${args[@]}"
        if [ "$STATUS" -eq 124 ] || { [ "$STATUS" -eq 137 ] && awk -v w="$WALL" -v l="$tf_timeout" 'BEGIN { exit !(w >= l) }'; }; then
          tf_wall[$step]="over $tf_timeout"; tf_rss[$step]="≥ $RSS"; skip="$step timed out"
        elif [ "$STATUS" -ne 0 ]; then
          tf_wall[$step]="failed ($STATUS)"; skip="failed"
        else
          tf_wall[$step]=$WALL tf_rss[$step]=$RSS
        fi
      done
    fi
    for step in apply plan destroy; do
      rows+=("| $n | $shape | $step | $(with_unit "${iac_wall[$step]}" s) | $(with_unit "${iac_rss[$step]}" MB) | $(with_unit "${tf_wall[$step]}" s) | $(with_unit "${tf_rss[$step]}" MB) | $(ratio "${tf_wall[$step]}" "${iac_wall[$step]}") | $(ratio "${tf_rss[$step]}" "${iac_rss[$step]}") |")
    done
    rows+=("| $n | $shape | state size | $(with_unit "$iac_state" MB) | | $(with_unit "$tf_state" MB) | | | |")
  done
done

echo
echo "terraform_data resources; $(nproc) cores; $("$terraform" version 2>/dev/null | head -n 1); iac $("$IAC" --version)"
echo
echo "| resources | shape | step | iac wall | iac peak RSS | Terraform wall | Terraform peak RSS | wall (Terraform / iac) | RSS (Terraform / iac) |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
