#!/usr/bin/env bash
# The rehabdoc benchmark (issue 8): builds the command line and the bench module, generates synthetic catalogs,
# measures whole processes (wall time, CPU time, peak RSS) of a bare `java -version`, of `rehabdoc validate` and of
# `rehabdoc export` per installed format and for all formats, and of a plain Python script doing the same job, then
# writes docs/benchmarks.md.
#
# Usage: bench/run.sh            (from anywhere; takes ~5-15 minutes on 2 cores)
# Environment:
#   RUNS=5            runs per case
#   RUNS_LARGE=3      runs per case on the largest catalog
#   SIZES="10 1000 10000"   catalog sizes in exercises
#   PROGRAM_EVERY=100 one 12-week program per this many exercises (10 = one per condition, as generated)
#   FORMATS="pdf xlsx"      formats to measure; default: every format the CLI has installed
#   SKIP_BUILD=1      use the jars already in cli/target and bench/target
#   KEEP=1            keep the work directory (catalogs, outputs, raw timings)
#   OUT=docs/benchmarks.md  where the report goes
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
command_line="$(for v in RUNS RUNS_LARGE SIZES PROGRAM_EVERY FORMATS SKIP_BUILD; do
  if [ -n "${!v+set}" ]; then printf '%s=%q ' "$v" "${!v}"; fi; done)bench/run.sh"
RUNS=${RUNS:-5}
RUNS_LARGE=${RUNS_LARGE:-3}
SIZES=${SIZES:-10 1000 10000}
PROGRAM_EVERY=${PROGRAM_EVERY:-100}
OUT=${OUT:-docs/benchmarks.md}

say() { echo "bench: $*" >&2; }
die() { say "$*"; exit 2; }
[ -n "${EPOCHREALTIME:-}" ] || die "needs bash 5 or newer (for its microsecond clock, EPOCHREALTIME)"

# --- tools -----------------------------------------------------------------------------------------------------
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else return 1; fi; }
apt_updated=""
apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq >/dev/null 2>&1 || true; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1
}

if [ ! -x /usr/bin/time ]; then
  say "installing GNU time (apt-get install time)"
  apt_install time || die "needs GNU time at /usr/bin/time; install it with: apt-get install time"
fi

python=/usr/bin/python3
python_note=""
if [ ! -x "$python" ]; then
  python_note="no /usr/bin/python3 on this machine"
elif ! "$python" -c 'import yaml, reportlab, openpyxl' 2>/dev/null; then
  say "installing python3-yaml python3-reportlab python3-openpyxl (apt-get)"
  apt_install python3-yaml python3-reportlab python3-openpyxl || true
  "$python" -c 'import yaml, reportlab, openpyxl' 2>/dev/null \
    || python_note="apt-get could not install python3-yaml, python3-reportlab and python3-openpyxl"
fi
[ -z "$python_note" ] || say "the Python comparison is skipped: $python_note"

# The JDK the launcher would take: JAVA_HOME if 21 or newer, else the newest 21+ under /usr/lib/jvm.
jdk_major() { [ -x "$1/bin/java" ] && [ -f "$1/release" ] && sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"; }
jdk=""
if [ -n "${JAVA_HOME:-}" ] && [ "$(jdk_major "$JAVA_HOME" || echo 0)" -ge 21 ] 2>/dev/null; then
  jdk=$JAVA_HOME
else
  best=0
  for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    major=$(jdk_major "$dir" || true)
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best" ]; then jdk=$dir best=$major; fi
  done
fi
[ -n "$jdk" ] || die "needs a JDK 21 or newer (JAVA_HOME or /usr/lib/jvm)"
java="$jdk/bin/java"

# --- build -----------------------------------------------------------------------------------------------------
if [ -z "${SKIP_BUILD:-}" ]; then
  say "building the command line and the bench module (mvn -Pbench package)"
  mvn -B -q -DskipTests -Pbench package >&2 || die "the build failed"
fi
cli_jar="$root/cli/target/rehabdoc.jar"
bench_cp="$root/bench/target/rehabdoc-bench.jar:$root/bench/target/lib/*"
[ -f "$cli_jar" ] && [ -f "$root/bench/target/rehabdoc-bench.jar" ] || die "missing jars; run without SKIP_BUILD"

# Runs go through the launcher itself, so the benchmark measures what users run: its JDK choice, its JVM flags and
# the ahead-of-time class caches it makes on the first use of each kind of command (made here, before any timing, by
# one warm-up call of each command measured).
"$root/rehabdoc" --version >/dev/null 2>&1 || die "./rehabdoc does not run"
"$root/rehabdoc" validate >/dev/null 2>&1 || die "./rehabdoc validate does not run"
warm_out=$(mktemp -d)
"$root/rehabdoc" export -o "$warm_out/o" >/dev/null 2>&1 || die "./rehabdoc export does not run"
rm -rf "$warm_out"
rehabdoc=("$root/rehabdoc")
# In-process timing (TimeLoad) uses the launcher's collector and compiler settings.
in_process_flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+UseTransparentHugePages)
jvm_flags=("${in_process_flags[@]}" "(and the launcher's class cache)")

work=$(mktemp -d "${TMPDIR:-/tmp}/rehabdoc-bench.XXXXXX")
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; fi
results="$work/results.tsv"
meta="$work/meta.txt"
: >"$results"

# --- formats ---------------------------------------------------------------------------------------------------
if [ -n "${FORMATS+set}" ]; then
  read -r -a formats <<<"$FORMATS"
else
  listing=$("${rehabdoc[@]}" export --format '?' -o "$work/none" 2>&1 || true)
  installed=$(sed -n 's/.*the installed formats are: //p' <<<"$listing" | head -n 1)
  [ -n "$installed" ] || die "could not read the installed formats from: $listing"
  [ "$installed" = none ] && installed=""
  read -r -a formats <<<"${installed//,/ }"
fi
has() { local f; for f in "${formats[@]}"; do [ "$f" = "$1" ] && return 0; done; return 1; }
say "formats: ${formats[*]:-none}"

# --- measuring -------------------------------------------------------------------------------------------------
# measure CASE SIZE RUNS COMMAND...: runs COMMAND RUNS times, each in a fresh process with a fresh output directory
# ($work/o, given as {out} in COMMAND), and appends "case size run wall user sys rss_kb exit" lines to the results.
measure() {
  local case=$1 size=$2 runs=$3; shift 3
  local run status run_start run_end cpu_rss
  for ((run = 1; run <= runs; run++)); do
    rm -rf "$work/o"
    local cmd=() arg
    for arg in "$@"; do cmd+=("${arg//\{out\}/$work/o}"); done
    status=0
    run_start=$EPOCHREALTIME
    /usr/bin/time -f '%U %S %M' -o "$work/time" "${cmd[@]}" >"$work/last.log" 2>&1 || status=$?
    run_end=$EPOCHREALTIME
    [ "$status" = 0 ] || { say "$case on $size failed (exit $status):"; tail -n 5 "$work/last.log" >&2; }
    # Wall time by the shell's microsecond clock: GNU time's %e is cut to hundredths, a tenth of a bare JVM start.
    cpu_rss=$(tail -n 1 "$work/time" | tr ' ' '\t')
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$case" "$size" "$run" \
      "$(( ${run_end/[.,]/} - ${run_start/[.,]/} ))e-6" "$cpu_rss" "$status" >>"$results"
  done
  rm -rf "$work/o"
  say "$case on $size: $(awk -F'\t' -v c="$case" -v s="$size" '$1==c && $2==s {printf "%.3fs ", $4}' "$results")"
}

started=$(date +%s)
{
  echo "date	$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "command	$command_line"
  echo "commit	$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "nproc	$(nproc)"
  echo "cpu	$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
  echo "memory	$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "jdk	$("$java" -version 2>&1 | head -n 1) at $jdk"
  flags_shown="${jvm_flags[*]}"
  echo "flags	${flags_shown//$root\//}"
  echo "formats	${formats[*]:-}"
  echo "runs	$RUNS"
  echo "runs_large	$RUNS_LARGE"
  echo "program_every	$PROGRAM_EVERY"
  echo "python	$([ -z "$python_note" ] && "$python" -c 'import sys, reportlab, openpyxl, yaml; print("Python %s, reportlab %s, openpyxl %s, PyYAML %s (libyaml %s)" % (sys.version.split()[0], reportlab.Version, openpyxl.__version__, yaml.__version__, yaml.__with_libyaml__))' || echo "skipped: $python_note")"
  echo "load_before	$(cut -d ' ' -f 1-3 /proc/loadavg)"
} >"$meta"

# The floor under a cold export: the libraries every format needs (Hibernate Validator, OpenPDF, POI), each used
# once by LibraryFloor, with the launcher's flags and an ahead-of-time cache of its own, made here.
floor_cp="$root/bench/target/rehabdoc-bench.jar$(printf ':%s' "$root"/bench/target/lib/*.jar)"
# floor_flags NAME ARGS...: sets floor_flags to the launcher's flags and an ahead-of-time cache made by one run of the
# bench class and arguments ARGS (as the launcher makes one per command), named NAME.
floor_flags() {
  local name=$1; shift
  floor_flags=(-Xlog:disable -Xlog:all=error:stderr "${in_process_flags[@]}")
  if "$java" "${floor_flags[@]}" -XX:AOTCacheOutput="$work/$name.aot" -cp "$floor_cp" "$@" >/dev/null 2>&1 \
      && [ -s "$work/$name.aot" ]; then
    floor_flags+=(-XX:AOTCache="$work/$name.aot" -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining)
  fi
}
floor_flags library-floor dev.rehabdoc.bench.LibraryFloor
library_floor_flags=("${floor_flags[@]}")

# Catalogs: one condition per ten exercises, one 12-week program per $PROGRAM_EVERY exercises.
largest=0
for size in $SIZES; do [ "$size" -gt "$largest" ] && largest=$size; done
for size in $SIZES; do
  programs=$((size / PROGRAM_EVERY)); [ "$programs" -ge 1 ] || programs=1
  "$java" -Djava.awt.headless=true -cp "$bench_cp" dev.rehabdoc.bench.GenerateCatalog "$size" "$work/catalog-$size" \
    --programs "$programs" | sed "s|^$work/||; s|^|catalog	$size	|" >>"$meta"
done

# The floor under validating a catalog: the loader's YAML parser reading it alone, on one thread (YamlFloor).
smallest=$largest
for size in $SIZES; do [ "$size" -lt "$smallest" ] && smallest=$size; done
floor_flags yaml-floor dev.rehabdoc.bench.YamlFloor "$work/catalog-$smallest/catalog.yaml"
yaml_floor_flags=("${floor_flags[@]}")

# validate and export: the embedded seed first, then each catalog.
export_cases() {
  local size=$1 runs=$2; shift 2
  local source=("$@") format
  for format in "${formats[@]}"; do
    measure "export $format" "$size" "$runs" "${rehabdoc[@]}" export --format "$format" -o '{out}' "${source[@]}"
  done
  if [ "${#formats[@]}" -gt 0 ]; then
    measure "export all" "$size" "$runs" "${rehabdoc[@]}" export -o '{out}' "${source[@]}"
  fi
  if has pdf && has xlsx && [ "${#formats[@]}" -gt 2 ]; then
    measure "export pdf+xlsx" "$size" "$runs" "${rehabdoc[@]}" export --format pdf --format xlsx -o '{out}' \
      "${source[@]}"
  fi
}

# The bare start, the libraries' floor and the seed cases, which are read as multiples of the bare start, run in
# rounds of one run each: the speed of a shared machine drifts during a run, and so it touches every case alike.
for ((round = 1; round <= RUNS; round++)); do
  measure jvm-start - 1 "$java" -version
  measure library-floor - 1 "$java" "${library_floor_flags[@]}" -cp "$floor_cp" dev.rehabdoc.bench.LibraryFloor
  measure validate seed 1 "${rehabdoc[@]}" validate
  export_cases seed 1
done
for size in $SIZES; do
  runs=$RUNS; [ "$size" = "$largest" ] && [ "$size" -ge 10000 ] && runs=$RUNS_LARGE
  source="$work/catalog-$size/catalog.yaml"
  # In rounds too, so that cases compared with each other (all formats against PDF and xlsx, rehabdoc against
  # Python) meet the same drift.
  for ((round = 1; round <= runs; round++)); do
    measure yaml-floor "$size" 1 "$java" "${yaml_floor_flags[@]}" -cp "$floor_cp" dev.rehabdoc.bench.YamlFloor \
      "$source"
    measure validate "$size" 1 "${rehabdoc[@]}" validate "$source"
    export_cases "$size" 1 "$source"
    if [ -z "$python_note" ]; then
      measure "python pdf+xlsx" "$size" 1 "$python" "$root/bench/plain_python.py" "$source" '{out}' all
    fi
  done
  # The loader inside one JVM: the first load (what validate pays after the JVM is up) and warmed-up loads.
  read -r first first_cpu warm uptime < <("$java" "${in_process_flags[@]}" -cp "$bench_cp" \
    dev.rehabdoc.bench.TimeLoad "$source" 3 2>/dev/null || echo "- - - -")
  printf 'in-process\t%s\t%s\t%s\t%s\t%s\n' "$size" "$first" "$first_cpu" "$warm" "$uptime" >>"$meta"
  say "in-process load of $size: first ${first} ms (thread CPU ${first_cpu} ms), warm ${warm} ms"
done

echo "load_after	$(cut -d ' ' -f 1-3 /proc/loadavg)" >>"$meta"
echo "duration	$(( $(date +%s) - started ))" >>"$meta"
mkdir -p "$(dirname "$OUT")"
"$python" "$root/bench/report.py" "$meta" "$results" >"$OUT"
[ -z "${KEEP:-}" ] || say "raw timings kept in $work"
say "wrote $OUT in $(( $(date +%s) - started )) s"
