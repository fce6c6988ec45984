#!/usr/bin/env bash
# Benchmarks orkeys against curl and openrouter-cli on local sandboxes with 20 ms latency, and
# writes bench/RESULTS.md. Usage and what each figure means: bench/README.md.
#
#   bash bench/run.sh
#
# Environment (all optional):
#   OPENROUTER_CLI=PATH   use this openrouter-cli binary instead of installing 0.2.0
#   BENCH_LATENCY=MS      sandbox latency, default 20
#   BENCH_RUNS=N          hyperfine runs for the 10,000-key comparisons, default 15 (the
#                         one-page comparisons run 4×N, start-up 20×N)
set -euo pipefail

LATENCY=${BENCH_LATENCY:-20}
RUNS=${BENCH_RUNS:-15}
KEYS=10000
MEMORY_RUNS=5
OPENROUTER_CLI_VERSION=0.2.0

say() { printf 'bench: %s\n' "$*" >&2; }
die() {
  say "error: $*"
  exit 1
}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/orkeys-bench.XXXXXX")
servers=()

cleanup() {
  local pid
  for pid in ${servers[@]+"${servers[@]}"}; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in ${servers[@]+"${servers[@]}"}; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
# Tools

# need COMMAND PACKAGE: installs PACKAGE with apt-get when COMMAND is missing and we may.
apt_updated=
need() {
  local command=$1 package=$2
  if command -v "$command" >/dev/null 2>&1; then
    return
  fi
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "$command is missing: installing the Debian package '$package' (apt-get install -y $package)"
    if [[ -z $apt_updated ]]; then
      apt-get update -qq >&2 || true
      apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >&2 ||
      die "could not install $package; install it and run again"
    command -v "$command" >/dev/null 2>&1 || die "$package installed but $command is still missing"
  else
    die "$command is missing: install the package '$package' (as root: apt-get install $package), then run again"
  fi
}

say "checking tools"
command -v cargo >/dev/null 2>&1 || die "cargo is missing: install a Rust toolchain (1.89 or newer)"
need hyperfine hyperfine
need curl curl
hyperfine --help | grep -q -- '--shell' ||
  die "this hyperfine is too old (no --shell=none); install 1.13 or newer, e.g. cargo install --locked hyperfine"
need /usr/bin/time time
need xargs findutils
printf '1\n2\n' | xargs -P 2 -n 1 true 2>/dev/null ||
  die "this xargs has no -P (parallel runs); install GNU findutils"
say "hyperfine $(hyperfine --version | awk '{print $2}'), $(curl --version | head -n 1 | awk '{print $1, $2}'), GNU time, xargs -P"

# ---------------------------------------------------------------------------------------------
# Programs under test

say "building orkeys (cargo build --release --locked)"
(cd "$repo" && cargo build --release --locked --quiet)
orkeys=$repo/target/release/orkeys
[[ -x $orkeys ]] || die "no binary at $orkeys after the build"

orcli=
orcli_note=
if [[ -n ${OPENROUTER_CLI:-} ]]; then
  [[ -x $OPENROUTER_CLI ]] || die "OPENROUTER_CLI=$OPENROUTER_CLI is not an executable"
  orcli=$OPENROUTER_CLI
  say "using openrouter-cli at $orcli (OPENROUTER_CLI)"
else
  say "installing openrouter-cli $OPENROUTER_CLI_VERSION into a temporary root (cargo install; a few minutes)"
  if cargo install --quiet --locked openrouter-cli --version "$OPENROUTER_CLI_VERSION" --root "$tmp/orcli" >&2 ||
    {
      say "cargo install --locked failed; trying without --locked"
      cargo install --quiet openrouter-cli --version "$OPENROUTER_CLI_VERSION" --root "$tmp/orcli" >&2
    }; then
    orcli=$tmp/orcli/bin/openrouter-cli
  else
    orcli_note="openrouter-cli $OPENROUTER_CLI_VERSION could not be installed with cargo install; its comparison was not measured."
    say "warning: $orcli_note"
  fi
fi
orcli_version=
if [[ -n $orcli ]]; then
  orcli_version=$("$orcli" --version 2>/dev/null | awk '{print $2}')
fi

# Nothing from the caller's environment or config files steers a timed command.
unset ORKEYS_SANDBOX ORKEYS_PROFILE ORKEYS_WORKSPACE_ID OPENROUTER_BASE_URL OPENROUTER_PROVISIONING_KEY \
  OPENROUTER_API_KEY OPENROUTER_PROFILE
export ORKEYS_CONFIG=$tmp/orkeys-config.toml                   # does not exist: no profile
export OPENROUTER_CLI_CONFIG=$tmp/openrouter-cli-profiles.toml # does not exist: no profile
export NO_COLOR=1

# ---------------------------------------------------------------------------------------------
# Sandboxes: the 10,000-key account, and two one-page accounts

# start_sandbox NAME KEYS: serves a fresh state file; sets $base to its base URL.
start_sandbox() {
  local name=$1 keys=$2 waited=0
  "$orkeys" sandbox serve --port 0 --state "$tmp/$name.json" --keys "$keys" --latency "$LATENCY" \
    >"$tmp/$name.env" 2>"$tmp/$name.log" &
  servers+=($!)
  until grep -q '^export OPENROUTER_MANAGEMENT_KEY=' "$tmp/$name.env" 2>/dev/null; do
    kill -0 "${servers[-1]}" 2>/dev/null || die "the $name sandbox stopped: $(cat "$tmp/$name.log")"
    ((waited++ < 600)) || die "the $name sandbox did not start within 60 s"
    sleep 0.1
  done
  base=$(sed -n 's/^export OPENROUTER_BASE_URL=//p' "$tmp/$name.env")
  export OPENROUTER_MANAGEMENT_KEY
  OPENROUTER_MANAGEMENT_KEY=$(sed -n 's/^export OPENROUTER_MANAGEMENT_KEY=//p' "$tmp/$name.env")
}

say "starting sandboxes with $LATENCY ms latency: $KEYS keys, 100 keys, 104 keys"
start_sandbox big "$KEYS"
big=$base
# `--keys 100`: every 25th generated key is in a second workspace, so the listing shows 96,
# one short page, like most small accounts.
start_sandbox one 100
one=$base
# `--keys 104`: the listing shows exactly 100 keys, one full page.
start_sandbox full 104
full=$base

all='include_disabled=true&include_expired=true'

# Each helper is what a person would write with curl: one curl process per page.
cat >"$tmp/curl-loop.sh" <<'EOF'
# curl-loop.sh URL: fetches URL&offset=0, 100, … one at a time until an empty page.
set -euo pipefail
offset=0
while :; do
  size=$(curl -q -sSf --noproxy '*' -o /dev/null -w '%{size_download}' \
    -H "Authorization: Bearer $OPENROUTER_MANAGEMENT_KEY" "$1&offset=$offset")
  ((size > 32)) || break # an empty page is {"data":[]}
  offset=$((offset + 100))
done
EOF
cat >"$tmp/curl-parallel.sh" <<'EOF'
# curl-parallel.sh URL OFFSETS: fetches URL&offset=N for every N in the file OFFSETS, four at
# a time. It knows the offsets in advance, which no real client does: a lower bound.
set -euo pipefail
xargs -P 4 -I '{}' curl -q -sSf --noproxy '*' -o /dev/null \
  -H "Authorization: Bearer $OPENROUTER_MANAGEMENT_KEY" "$1&offset={}" <"$2"
EOF

# The pages of the big listing, found once before timing: the offsets of every page up to and
# including the first empty one, and the number of keys on them.
say "finding the pages of the $KEYS-key listing"
offset=0
listed=0
: >"$tmp/offsets"
while :; do
  echo "$offset" >>"$tmp/offsets"
  n=$(curl -q -sSf --noproxy '*' -H "Authorization: Bearer $OPENROUTER_MANAGEMENT_KEY" \
    "$big/keys?$all&offset=$offset" | { grep -o '"hash":' || true; } | wc -l)
  ((n > 0)) || break
  listed=$((listed + n))
  offset=$((offset + 100))
done
pages=$(wc -l <"$tmp/offsets")
orkeys_listed=$("$orkeys" list --base-url "$big" --include-disabled --include-expired --format jsonl | wc -l)
((orkeys_listed == listed)) || die "orkeys listed $orkeys_listed keys, curl found $listed"
one_listed=$("$orkeys" list --base-url "$one" --include-disabled --include-expired --format jsonl | wc -l)
full_listed=$("$orkeys" list --base-url "$full" --include-disabled --include-expired --format jsonl | wc -l)
say "$listed keys in $((pages - 1)) pages and an empty one; one-page accounts: $one_listed and $full_listed keys"

if [[ -n $orcli ]]; then
  if ! "$orcli" --base-url "$one" keys list --include-disabled --output json >"$tmp/orcli.json" 2>"$tmp/orcli.err"; then
    orcli_note="openrouter-cli $orcli_version failed against the sandbox ($(head -c 300 "$tmp/orcli.err")); its comparison was not measured."
    say "warning: $orcli_note"
    orcli=
  fi
fi

# requests COMMAND...: how many requests an orkeys command sends (its -v log).
requests() {
  "$@" -v 2>&1 >/dev/null | grep -c '> GET '
}
big_requests=$(requests "$orkeys" list --base-url "$big" --include-disabled --include-expired --json)
one_requests=$(requests "$orkeys" list --base-url "$one" --include-disabled --include-expired --json)
full_requests=$(requests "$orkeys" list --base-url "$full" --include-disabled --include-expired --json)

# ---------------------------------------------------------------------------------------------
# Timing

q() { printf '%q' "$1"; }
O=$(q "$orkeys")
# busy_percent SECONDS: the share of the CPUs' time spent working over SECONDS (/proc/stat).
# Other work on the machine slows every figure, so RESULTS.md records how busy it was just
# before and just after timing (the load average would still count our own builds).
busy_percent() {
  local before after
  before=$(awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
  sleep "$1"
  after=$(awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
  awk -v a="$before" -v b="$after" 'BEGIN {
    split(a, x, " "); split(b, y, " "); total = y[1] - x[1]; idle = y[2] - x[2]
    printf "%.0f", (total > 0 ? 100 * (total - idle) / total : 0) }'
}
say "measuring how busy the machine is (3 s)"
busy_before=$(busy_percent 3)
C="curl -q -sSf --noproxy * -o /dev/null -H $(q "Authorization: Bearer $OPENROUTER_MANAGEMENT_KEY")"

# bench GROUP HYPERFINE-OPTIONS... -- NAME COMMAND [NAME COMMAND]...
: >"$tmp/medians.csv"
bench() {
  local group=$1 options=()
  shift
  while [[ $1 != -- ]]; do
    options+=("$1")
    shift
  done
  shift
  local args=()
  while (($#)); do
    args+=(-n "$1" "$2")
    printf '%s\t%s\t%s\n' "$group" "$1" "$2" >>"$tmp/commands.tsv"
    shift 2
  done
  say "timing: $group"
  hyperfine -N --style basic "${options[@]}" --export-csv "$tmp/$group.csv" \
    --export-json "$tmp/$group.json" "${args[@]}" >&2
  tail -n +2 "$tmp/$group.csv" | sed "s/^/$group,/" >>"$tmp/medians.csv"
}

bench list10k --warmup 2 --runs "$RUNS" -- \
  "orkeys list" "$O list --base-url $big --include-disabled --include-expired --json" \
  "curl loop" "bash $(q "$tmp/curl-loop.sh") $big/keys?$all" \
  "curl xargs -P4" "bash $(q "$tmp/curl-parallel.sh") $big/keys?$all $(q "$tmp/offsets")"

one_page=(
  "orkeys list" "$O list --base-url $one --include-disabled --include-expired --json"
  "orkeys list --include-disabled" "$O list --base-url $one --include-disabled --json"
  "curl" "$C $one/keys?$all&offset=0"
)
if [[ -n $orcli ]]; then
  one_page+=("openrouter-cli keys list" "$(q "$orcli") --base-url $one keys list --include-disabled --output json")
fi
bench onepage --warmup 5 --runs $((RUNS * 4)) -- "${one_page[@]}"

bench fullpage --warmup 5 --runs $((RUNS * 4)) -- \
  "orkeys list" "$O list --base-url $full --include-disabled --include-expired --json" \
  "curl" "$C $full/keys?$all&offset=0"

bench limit100 --warmup 5 --runs $((RUNS * 4)) -- \
  "orkeys list --limit 100" "$O list --base-url $big --limit 100 --json" \
  "curl" "$C $big/keys?offset=0"

startup=("orkeys --version" "$O --version")
if [[ -n $orcli ]]; then
  startup+=("openrouter-cli --version" "$(q "$orcli") --version")
fi
bench startup --warmup 20 --runs $((RUNS * 20)) -- "${startup[@]}"

# median GROUP NAME: seconds.
median() {
  awk -F, -v g="$1" -v n="$2" '$1 == g && $2 == n { print $5; found = 1 } END { exit !found }' \
    "$tmp/medians.csv"
}

# peak_rss FORMAT-ARGS...: the highest peak RSS in bytes over MEMORY_RUNS runs.
peak_rss() {
  local run highest=0 kib
  for ((run = 0; run < MEMORY_RUNS; run++)); do
    /usr/bin/time -v -o "$tmp/time.txt" "$orkeys" list --base-url "$big" --include-disabled \
      --include-expired "$@" >/dev/null
    kib=$(awk -F': *' '/Maximum resident set size/ { print $2 }' "$tmp/time.txt")
    ((kib > highest)) && highest=$kib
  done
  echo $((highest * 1024))
}
say "measuring peak memory (/usr/bin/time -v, highest of $MEMORY_RUNS runs each)"
rss_json=$(peak_rss --json)
rss_jsonl=$(peak_rss --format jsonl)
busy_after=$(busy_percent 3)
busy=$(((busy_before > 20 || busy_after > 20) ? 1 : 0))
if ((busy)); then
  say "warning: other work kept the CPUs ${busy_before}% busy before timing and ${busy_after}% after: figures are slower and noisier than on a quiet machine"
fi

# The release profile strips; strip a copy anyway in case it no longer does.
size=$(stat -c %s "$orkeys")
if command -v strip >/dev/null 2>&1 && strip -o "$tmp/orkeys.stripped" "$orkeys" 2>/dev/null; then
  size=$(stat -c %s "$tmp/orkeys.stripped")
fi

# ---------------------------------------------------------------------------------------------
# Results

# row MEASURE RESULT TARGET PASSED(1/0/-)
rows=()
row() {
  local verdict=
  case $4 in
  1) verdict=PASS ;;
  0) verdict=MISS ;;
  esac
  rows+=("| $1 | $2 | $3 | $verdict |")
}
ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }
ratio_row() { # MEASURE NUMERATOR-SECONDS DENOMINATOR-SECONDS TARGET-RATIO
  local r
  r=$(awk -v a="$2" -v b="$3" 'BEGIN { printf "%.2f", a / b }')
  row "$1" "$(ms "$2") vs $(ms "$3") = **${r}×**" "${4:+≤ $4×}" \
    "$([[ -z $4 ]] && echo - || awk -v r="$r" -v t="$4" 'BEGIN { print (r <= t) ? 1 : 0 }')"
}
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
# thousands N: 9600 → 9,600.
thousands() { printf '%s' "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'; }

l_orkeys=$(median list10k "orkeys list")
ratio_row "$(thousands "$listed") keys ($((pages - 1)) pages), orkeys vs sequential curl loop" \
  "$l_orkeys" "$(median list10k "curl loop")" 0.3
ratio_row "$(thousands "$listed") keys, orkeys vs 4 parallel curls (xargs -P4)" \
  "$l_orkeys" "$(median list10k "curl xargs -P4")" 1.2
o_orkeys=$(median onepage "orkeys list")
ratio_row "one page ($one_listed keys), orkeys vs one curl" "$o_orkeys" "$(median onepage curl)" 1.1
if [[ -n $orcli ]]; then
  ratio_row "one page, orkeys vs openrouter-cli $orcli_version" \
    "$o_orkeys" "$(median onepage "openrouter-cli keys list")" 1.1
else
  row "one page, orkeys vs openrouter-cli" "not measured (see notes)" "≤ 1.1×" -
fi
s=$(median startup "orkeys --version")
row "start-up, \`orkeys --version\`" "$(ms "$s")" "< 5 ms" "$(awk -v s="$s" 'BEGIN { print (s < 0.005) ? 1 : 0 }')"
row "peak memory, \`list --json\`, $(thousands "$listed") keys" "$(mb "$rss_json")" "≤ 30 MB" $((rss_json <= 30000000))
row "peak memory, \`list --format jsonl\`, $(thousands "$listed") keys" "$(mb "$rss_jsonl")" "≤ 30 MB" $((rss_jsonl <= 30000000))
row "stripped binary size" "$(mb "$size")" "≤ 10 MB" $((size <= 10000000))
rows+=("| *context, no target:* | | | |")
if [[ -n $orcli ]]; then
  ratio_row "one page, \`orkeys list --include-disabled\` (openrouter-cli's query) vs openrouter-cli" \
    "$(median onepage "orkeys list --include-disabled")" "$(median onepage "openrouter-cli keys list")" ""
fi
ratio_row "one full page ($full_listed keys), orkeys vs one curl" \
  "$(median fullpage "orkeys list")" "$(median fullpage curl)" ""
ratio_row "\`list --limit 100\` on $(thousands "$listed") keys vs one curl" \
  "$(median limit100 "orkeys list --limit 100")" "$(median limit100 curl)" ""

commit=unknown
if git -C "$repo" rev-parse --git-dir >/dev/null 2>&1; then
  commit=$(git -C "$repo" rev-parse --short=12 HEAD)
  if [[ -n $(git -C "$repo" status --porcelain --untracked-files=no -- src Cargo.toml Cargo.lock) ]]; then
    commit="$commit with uncommitted changes to src/ or Cargo.*"
  fi
fi
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
memory=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)

# Commands as run, with the temporary paths and URLs shortened.
shorten() {
  sed -e "s#$(printf '%s' "$tmp" | sed 's/[.[\*^$#]/\\&/g')#\$TMP#g" \
    -e "s#$(printf '%s' "$repo" | sed 's/[.[\*^$#]/\\&/g')/##g" \
    -e "s#$big#\$BIG#g" -e "s#$one#\$ONE#g" -e "s#$full#\$FULL#g" \
    -e "s#Bearer\\\\ [^ ]*#Bearer\\\\ \$KEY#g"
}

{
  echo "# Benchmark results"
  echo
  echo "Written by \`bash bench/run.sh\` (see [README.md](README.md)); rerun it rather than editing this file."
  echo
  echo "- **date**: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- **machine**: $(nproc) cores (\`nproc\`), ${cpu:-unknown CPU}, ${memory:-? GiB}, Linux $(uname -r)"
  echo "- **orkeys**: $("$orkeys" --version | awk '{print $2}') at commit $commit, release profile, $(rustc --version 2>/dev/null | awk '{print $1, $2}')"
  echo "- **tools**: hyperfine $(hyperfine --version | awk '{print $2}'), $(curl --version | head -n 1 | awk '{print $1, $2}'), openrouter-cli ${orcli_version:-not installed}"
  echo "- **other work**: the CPUs were ${busy_before}% busy in the 3 s before timing and ${busy_after}% in the 3 s after$( ((busy)) && echo ": **the machine was busy**, so these figures are slower and noisier than on a quiet one")"
  echo "- **server**: \`orkeys sandbox serve --latency $LATENCY\` on 127.0.0.1, one per account, fresh state files; it answers up to 8 requests at once and delays each by $LATENCY ms"
  echo
  echo "## Summary"
  echo
  echo "Medians of hyperfine runs. A ratio below 1 means orkeys is faster."
  echo
  echo "| measure | result | target | |"
  echo "| --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "## What was run"
  echo
  echo "- The $(thousands "$KEYS")-key sandbox lists $(thousands "$listed") keys with \`include_disabled=true&include_expired=true\` (the other $((KEYS - listed)) are in its second workspace): $((pages - 1)) pages of 100 and an empty one. orkeys sends $big_requests requests for it (\`--concurrency 4\`, the default)."
  echo "- The one-page account is \`--keys 100\`: its listing shows $one_listed keys, one page short of 100. orkeys sends $one_requests requests for it. The full-page account is \`--keys 104\`: $full_listed keys, $full_requests requests."
  echo "- The curl loop is one \`curl\` per page, offsets 0, 100, … until an empty page. The parallel curl is \`xargs -P4\` over the same $pages offsets, known in advance (a lower bound no real client reaches). Both run under \`bash\`, which adds about 1 ms."
  echo "- openrouter-cli fetches one page with \`keys list --include-disabled\`: it has no option for expired keys, so it sees fewer keys than \`orkeys list --include-disabled --include-expired\`; the context line compares the same query."
  echo "- Peak memory is the highest \"Maximum resident set size\" of \`/usr/bin/time -v\` over $MEMORY_RUNS runs. MB is 10^6 bytes."
  if [[ -n $orcli_note ]]; then
    echo "- $orcli_note"
  fi
  echo
  echo "## Raw hyperfine figures"
  echo
  echo "| group | command | median | mean ± σ | min | max |"
  echo "| --- | --- | --- | --- | --- | --- |"
  awk -F, '{ printf "| %s | %s | %.2f ms | %.2f ± %.2f ms | %.2f ms | %.2f ms |\n", $1, $2, $5 * 1000, $3 * 1000, $4 * 1000, $8 * 1000, $9 * 1000 }' \
    "$tmp/medians.csv"
  echo
  echo "Runs per command: $RUNS for the $(thousands "$KEYS")-key listing, $((RUNS * 4)) for each one-page command, $((RUNS * 20)) for start-up; every group after warm-up runs."
  echo
  echo "| group | command | as run (\`hyperfine -N\`) |"
  echo "| --- | --- | --- |"
  shorten <"$tmp/commands.tsv" | awk -F'\t' '{ printf "| %s | %s | `%s` |\n", $1, $2, $3 }'
} >"$repo/bench/RESULTS.md"

echo
echo "| measure | result | target | |"
echo "| --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo
say "wrote bench/RESULTS.md"
