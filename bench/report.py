#!/usr/bin/python3
"""Writes docs/benchmarks.md from the raw timings of bench/run.sh (standard library only).

Usage: report.py META RESULTS > docs/benchmarks.md
META: tab-separated "key<TAB>value..." lines; RESULTS: "case size run wall user sys rss_kb exit" lines.
"""
import statistics
import sys
from collections import defaultdict

SEED_TARGET_RATIO = 5.0
LARGE = "10000"
SMALL = "1000"


def read_meta(path):
    meta, catalogs, in_process = {}, [], {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "catalog":
                catalogs.append((parts[1], parts[2]))
            elif parts[0] == "in-process":
                in_process[parts[1]] = parts[2:]
            else:
                meta[parts[0]] = parts[1] if len(parts) > 1 else ""
    return meta, catalogs, in_process


def read_results(path):
    runs = defaultdict(list)
    order = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            case, size, _run, wall, user, system, rss, status = line.rstrip("\n").split("\t")
            key = (case, size)
            if key not in runs:
                order.append(key)
            runs[key].append({"wall": float(wall), "cpu": float(user) + float(system), "rss": int(rss) / 1024,
                              "ok": status == "0", "status": status})
    return runs, order


class Stats:
    def __init__(self, runs):
        ok = [r for r in runs if r["ok"]]
        self.count = len(runs)
        self.failed = [r["status"] for r in runs if not r["ok"]]
        self.ok = bool(ok)
        if ok:
            walls = [r["wall"] for r in ok]
            self.median, self.min, self.max = statistics.median(walls), min(walls), max(walls)
            self.cpu = statistics.median(r["cpu"] for r in ok)
            self.rss = max(r["rss"] for r in ok)


def work_ratios(case, a, b, jvm):
    """(wall, CPU) of the work above a bare JVM start at the large size over the same at the small size."""
    bare = jvm if jvm and jvm.ok and not case.startswith("python") else None
    wall0, cpu0 = (bare.median, bare.cpu) if bare else (0.0, 0.0)
    wall = (b.median - wall0) / (a.median - wall0) if a.median > wall0 else float("nan")
    cpu = (b.cpu - cpu0) / (a.cpu - cpu0) if a.cpu > cpu0 else float("nan")
    return wall, cpu


def s(x):
    """Seconds: to the millisecond below 1 s, where the start-up ratios are read, to the hundredth above."""
    return f"{x:.3f}" if abs(x) < 1 else f"{x:.2f}"


def verdict(passed):
    return "**pass**" if passed else "**FAIL**"


def main():
    meta, catalogs, in_process = read_meta(sys.argv[1])
    runs, order = read_results(sys.argv[2])
    stats = {key: Stats(value) for key, value in runs.items()}
    formats = meta.get("formats", "").split()
    jvm = stats.get(("jvm-start", "-"))
    start = jvm.median if jvm and jvm.ok else None
    out = []
    w = out.append

    def get(case, size):
        st = stats.get((case, size))
        return st if st and st.ok else None

    def label(size):
        return "embedded seed" if size == "seed" else ("-" if size == "-" else f"{int(size):,} exercises")

    w("# Benchmarks")
    w("")
    w("Whole-process timings of the `rehabdoc` command line, written by `bench/run.sh` (issue 8). Every case is a")
    w("fresh process writing into a fresh output directory (\"cold\" in that sense; the OS file cache is not")
    w("dropped). Re-run with the command below; the figures here are from one run on the machine described.")
    w("")
    w("## Machine and run")
    w("")
    w("| | |")
    w("| --- | --- |")
    for key, name in (("date", "Date"), ("commit", "Commit"), ("cpu", "CPU"), ("nproc", "Cores (`nproc`)"),
                      ("memory", "Memory"), ("jdk", "JDK"), ("python", "Plain alternative"),
                      ("load_before", "Load average before (1, 5, 15 min)"),
                      ("load_after", "Load average after"), ("duration", "Duration of the run (s)")):
        w(f"| {name} | {meta.get(key, '?')} |")
    w("")
    busy = max(float(meta.get(k, "0 0 0").split()[0]) for k in ("load_before", "load_after"))
    if busy > float(meta.get("nproc", "1")):
        w(f"> **The machine was busy with other work during this run** (load average up to {busy:.1f} on "
          f"{meta.get('nproc')} cores): absolute times are inflated and noisy. Ratios between cases of the same run "
          "are more trustworthy than the seconds; CPU time (user+sys) is shown beside wall time because it suffers "
          "less from sharing the cores.")
        w("")
    w("Command, from the repository root:")
    w("")
    w("```")
    w(meta.get("command", "bench/run.sh"))
    w("```")
    w("")
    w(f"`rehabdoc` ran as `java {meta.get('flags', '')} -jar cli/target/rehabdoc.jar ...`: the flags of the `./rehabdoc`")
    w("launcher, read from it by the script. The launcher's ahead-of-time class caches (one per kind of command) were")
    w("made by one run of each measured command before the timings, as the first use after a build makes them, and")
    w("reused by every timed run.")
    w(f"Formats installed and measured: {', '.join(f'`{f}`' for f in formats) if formats else '**none** (only `validate` was measured)'}.")
    w(f"Runs per case: {meta.get('runs')}; {meta.get('runs_large')} on the 10,000-exercise catalog.")
    w("")
    w("Catalogs, generated by `dev.rehabdoc.bench.GenerateCatalog` from `SyntheticCatalogs.generate(n, 8, images)`")
    w("(steps, quotes, evidence, accented and Cyrillic names, 4 small PNG/JPEG pictures shared by all exercises),")
    w(f"with one condition per ten exercises and one 12-week program (3 sessions a week) per {meta.get('program_every')}")
    w("exercises, so that every part of the catalog grows tenfold from 1,000 to 10,000 (`PROGRAM_EVERY=10` keeps the")
    w("generator's one program per condition):")
    w("")
    for size, text in catalogs:
        w(f"- {text}")
    w("")

    w("## Results")
    w("")
    w("Wall time in seconds (median, min, max over the runs), median CPU time (user+sys), the largest peak RSS of")
    w("the runs, and the median wall time as a multiple of the bare `java -version` start. `LibraryFloor` (in the")
    w("bench module) is the least a JVM does to use the libraries an export of every format needs: it validates one")
    w("record with Hibernate Validator, writes a one-line PDF/A page in an embedded font with OpenPDF and a one-cell")
    w("workbook with POI, with the launcher's flags and an ahead-of-time cache of its own; no source is read.")
    w("`YamlFloor` is the least a JVM does to read a catalog with the loader's YAML parser (jackson-dataformat-yaml")
    w("over snakeyaml-engine, without marks, as the loader's quick pass): it decodes the file and pulls every token on")
    w("one thread, building no tree and binding or validating nothing.")
    w("")
    w("| Case | Source | Runs | Median s | Min s | Max s | CPU s | Peak RSS MB | × bare start |")
    w("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for key in order:
        st = stats[key]
        case, size = key
        name = {"jvm-start": "`java -version`", "library-floor": "`LibraryFloor`", "yaml-floor": "`YamlFloor`"}.get(
            case, f"`{case}`" if case.startswith("python") else f"`rehabdoc {case}`")
        if not st.ok:
            w(f"| {name} | {label(size)} | {st.count} | failed (exit {', '.join(st.failed)}) | | | | | |")
            continue
        note = f" ({len(st.failed)} failed)" if st.failed else ""
        ratio = f"{st.median / start:.1f}" if start else "-"
        w(f"| {name} | {label(size)} | {st.count}{note} | {s(st.median)} | {s(st.min)} | {s(st.max)} | "
          f"{s(st.cpu)} | {st.rss:.0f} | {ratio} |")
    w("")

    w("## Work after start")
    w("")
    w("The loader (parse, bind, validate) timed inside one JVM by `dev.rehabdoc.bench.TimeLoad`, with the")
    w("launcher's flags but no class-data archive: the first load is the work `validate` does once the JVM is up")
    w("(class loading and the validator factory included); warm is the median of 3 further loads in the same JVM.")
    w("Beside it, the whole `validate` process minus the bare JVM start.")
    w("")
    w("| Source | First load ms | its thread CPU ms | Warm load ms | `validate` − bare start, s |")
    w("| --- | ---: | ---: | ---: | ---: |")
    for size, values in in_process.items():
        first, first_cpu, warm = values[0], values[1], values[2]
        v = get("validate", size)
        diff = s(v.median - start) if v and start else "-"
        w(f"| {label(size)} | {first} | {first_cpu} | {warm} | {diff} |")
    w("")

    w("## Growth from 1,000 to 10,000 exercises")
    w("")
    w("Slope = (median at 10,000 − median at 1,000) / 9, per 1,000 exercises, for wall and CPU time. Work ratio =")
    w("(median − bare start) at 10,000 over the same at 1,000, by wall and by CPU time: 10 means linear, less")
    w("than 10 sublinear (fixed costs such as class loading and JIT warm-up), more than 10 superlinear. The verdict")
    w("uses the CPU work ratio (at most 12 counts as linear), which is less disturbed by other load on the machine.")
    w("Memory: peak RSS growth per 1,000 exercises and the ratio of RSS above the bare JVM's.")
    w("")
    w("| Case | s at 1,000 | s at 10,000 | s per 1,000 | CPU s per 1,000 | Work ratio (wall) | Work ratio (CPU) "
      "| Growth | MB per 1,000 | RSS ratio |")
    w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |")
    cases = []
    for case, size in order:
        if size == LARGE and case not in cases and case != "yaml-floor":
            cases.append(case)
    if not cases:
        w("| not measured: the run had no 1,000- and 10,000-exercise catalogs | | | | | | | |")
    for case in cases:
        a, b = get(case, SMALL), get(case, LARGE)
        if not a or not b:
            continue
        wall_ratio, cpu_ratio = work_ratios(case, a, b, jvm)
        growth = "linear or better" if cpu_ratio <= 12 else "superlinear"
        rss_base = jvm.rss if jvm and jvm.ok and not case.startswith("python") else 0.0
        rss_ratio = (b.rss - rss_base) / (a.rss - rss_base) if a.rss > rss_base else float("nan")
        w(f"| `{case}` | {s(a.median)} | {s(b.median)} | {s((b.median - a.median) / 9)} | "
          f"{s((b.cpu - a.cpu) / 9)} | {wall_ratio:.1f} | {cpu_ratio:.1f} | "
          f"{growth} | {(b.rss - a.rss) / 9:.1f} | {rss_ratio:.1f} |")
    w("")

    w("## Targets of issue 8")
    w("")
    w("| Target | Measured | Verdict |")
    w("| --- | --- | --- |")
    v = get("validate", "seed")
    e = get("export all", "seed")
    if v and start:
        w(f"| Seed `validate`, cold, within {SEED_TARGET_RATIO:.0f}× bare start | {v.median / start:.1f}× "
          f"({s(v.median)} s vs {s(start)} s) | {verdict(v.median <= SEED_TARGET_RATIO * start)} |")
    floor = get("library-floor", "-")
    if e and start:
        beside = (f"; the libraries alone (`LibraryFloor`) take {s(floor.median)} s = {floor.median / start:.1f}× "
                  f"bare start, and the export {e.median / floor.median:.1f}× that") if floor else ""
        w(f"| Seed `export` of all formats, cold, within {SEED_TARGET_RATIO:.0f}× bare start | {e.median / start:.1f}× "
          f"({s(e.median)} s){beside} | {verdict(e.median <= SEED_TARGET_RATIO * start)} |")
    else:
        w("| Seed `export` of all formats, cold, within 5× bare start | no formats installed | not measured |")
    first, first_cpu = (in_process.get(LARGE, ["-", "-"]) + ["-"])[:2]
    v = get("validate", LARGE)
    if first not in ("-", ""):
        diff = f"; whole `validate` minus bare start: {s(v.median - start)} s" if v and start else ""
        yf = get("yaml-floor", LARGE)
        if yf and start:
            cores = int(meta.get("nproc", "1") or 1)
            diff += (f"; the YAML parser alone (`YamlFloor`): {s(yf.median - start)} s of work on one thread, "
                     f"{s((yf.median - start) / cores)} s if split perfectly across {cores} cores")
        w(f"| 10,000 exercises validated in under 1 s of work after start | first in-process load "
          f"{float(first) / 1000:.2f} s (thread CPU {float(first_cpu) / 1000:.2f} s){diff} "
          f"| {verdict(float(first) < 1000)} |")
    else:
        w("| 10,000 exercises validated in under 1 s of work after start | no 10,000-exercise catalog in this run "
          "| not measured |")
    e = get("export all", LARGE)
    if e:
        w(f"| 10,000 exercises exported to all formats in under 5 s | {s(e.median)} s | {verdict(e.median < 5)} |")
        w(f"| ... with a peak RSS under 512 MB | {e.rss:.0f} MB | {verdict(e.rss < 512)} |")
    else:
        why = "no formats installed" if not formats else "no 10,000-exercise catalog in this run"
        w(f"| 10,000 exercises exported to all formats in under 5 s, peak RSS under 512 MB | {why} "
          "| not measured |")
    for case in cases:
        a, b = get(case, SMALL), get(case, LARGE)
        if a and b and not case.startswith("python") and start:
            _, ratio = work_ratios(case, a, b, jvm)
            w(f"| Linear growth 1,000 → 10,000: `{case}` | {s((b.median - a.median) / 9)} s "
              f"({s((b.cpu - a.cpu) / 9)} s CPU) and {(b.rss - a.rss) / 9:.0f} MB per 1,000 exercises; CPU work "
              f"ratio {ratio:.1f} for 10× the content | {verdict(ratio <= 12)} |")
    w("")

    w("## Against a plain Python script")
    w("")
    w("`bench/plain_python.py` is what a clinic might script instead: PyYAML, reportlab and openpyxl (Debian")
    w("packages) reading the same YAML and writing one PDF handout per condition and one xlsx log per program")
    w("(a row per session and exercise), without any checking of the source. Ratios = Python's median wall")
    w("time (and CPU time) over rehabdoc's; above 1 means rehabdoc is faster.")
    w("")
    if meta.get("python", "").startswith("skipped"):
        w(f"Not measured: {meta['python']}.")
    else:
        if "pdf" in formats and "xlsx" in formats:
            compared = "export all" if len(formats) == 2 else "export pdf+xlsx"
        else:
            compared = "validate"
        if compared == "validate":
            w("rehabdoc had no PDF and XLSX formats installed in this run, so Python (writing PDF and xlsx) is compared")
            w("with `rehabdoc validate` only (reading and checking the same source): not yet a like-for-like ratio.")
            w("")
        w(f"| Source | Python s | Python CPU s | Python peak RSS MB | `rehabdoc {compared}` s | rehabdoc CPU s "
          "| rehabdoc peak RSS MB | Ratio | CPU ratio |")
        w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for case, size in order:
            if case != "python pdf+xlsx":
                continue
            p, r = get(case, size), get(compared, size)
            if p and r:
                w(f"| {label(size)} | {s(p.median)} | {s(p.cpu)} | {p.rss:.0f} | {s(r.median)} | {s(r.cpu)} | "
                  f"{r.rss:.0f} | {p.median / r.median:.2f} | {p.cpu / r.cpu:.2f} |")
    w("")

    w("## Notes")
    w("")
    w("- Wall time is read from the shell's microsecond clock (`EPOCHREALTIME`) around each run, so it includes")
    w("  starting GNU time (about a millisecond, the same for every case); GNU time's own `%e` is cut to hundredths,")
    w("  which at a bare start of 0.09 s is an error of up to a tenth. CPU time and peak RSS are GNU time's.")
    w("- Cases run in rounds, one run of each per round: first `java -version`, `LibraryFloor` and the embedded")
    w("  seed's cases, then each catalog's. The speed of a shared machine drifts during a run, and the cases read")
    w("  against each other (the seed against the bare start, formats and Python against each other) meet it alike.")
    w("- Peak RSS is GNU time's `%M` for the whole process. The JVM sizes its heap from the machine's memory (a")
    w("  quarter of it at most by default) and collects lazily, so RSS shows what the process took, not what it")
    w("  needed; a run with `-Xmx512m` would tell whether 512 MB is enough.")
    w("- \"Cold\" means a new process and an empty output directory; the source and the jars are in the OS file")
    w("  cache after the first run (dropping it would need root and would disturb other users of the machine).")
    w("- JMH is not used: the targets are about whole commands, where JVM start, class loading and the first")
    w("  (unwarmed) pass dominate, which steady-state JMH scores hide. `TimeLoad` measures the first load in a")
    w("  fresh JVM instead, which is what `validate` pays after start.")
    w("- The largest catalog gets fewer runs than the others to keep the whole benchmark within ~15 minutes")
    w("  on 2 cores (`RUNS_LARGE`); its min/max show the spread.")
    w("- How a run is made quick, and what bounds it: [performance.md](performance.md).")
    w("- Per-format measurements taken by hand inside one JVM (JSON streaming, PDF with 1,000 images, FHIR) are in")
    w("  [benchmarks-formats.md](benchmarks-formats.md).")
    print("\n".join(out))


if __name__ == "__main__":
    main()
