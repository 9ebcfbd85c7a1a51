#!/usr/bin/env python3
"""CPU time of a command's threads, grouped by name: how much of a run the JIT compilers, the filter pool and the
codec threads each took.

    scripts/thread-cpu.py ./imgproc process /tmp/imgproc-corpus/4k -o /tmp/out --filters resize=800x800 --quiet

It polls /proc/PID/task/*/stat of the process it starts (every 10 ms) and keeps each thread's last reading, so the
command must be the process that does the work: ./imgproc is, since the launcher execs the JVM. Thread names lose
their trailing numbers ("C2 CompilerThread1" counts as "C2 CompilerThread"); Linux keeps only their first 15
characters. A thread's last 10 ms can be missed, so the total reads a little under what `time` reports. Linux only.
"""
import collections
import os
import re
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    ticks = os.sysconf("SC_CLK_TCK")
    start = time.monotonic()
    process = subprocess.Popen(sys.argv[1:])
    last = {}  # thread id -> (name, user + system ticks)
    while process.poll() is None:
        for tid in list_threads(process.pid):
            reading = read_thread(process.pid, tid)
            if reading is not None:
                last[tid] = reading
        time.sleep(0.01)
    wall = time.monotonic() - start
    groups = collections.Counter()
    for name, used in last.values():
        groups[re.sub(r"[0-9]+$", "", name)] += used
    total = sum(groups.values())
    print(f"wall {wall:.2f} s, CPU {total / ticks:.2f} s in {len(last)} threads, exit code {process.returncode}",
          file=sys.stderr)
    for name, used in groups.most_common():
        if used > 0:
            print(f"{used / ticks:8.2f} s  {100 * used / total:5.1f}%  {name}", file=sys.stderr)
    sys.exit(process.returncode)


def list_threads(pid):
    try:
        return os.listdir(f"/proc/{pid}/task")
    except OSError:  # the process has just exited
        return []


def read_thread(pid, tid):
    try:
        with open(f"/proc/{pid}/task/{tid}/stat") as stat:
            line = stat.read()
    except OSError:
        return None
    # the name is in parentheses and may itself hold spaces and parentheses; utime and stime are the 14th and 15th
    # fields, the 12th and 13th after it
    name = line[line.index("(") + 1:line.rindex(")")]
    fields = line[line.rindex(")") + 2:].split()
    return name, int(fields[11]) + int(fields[12])


if __name__ == "__main__":
    main()
