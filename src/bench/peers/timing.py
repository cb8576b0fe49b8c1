# SPDX-License-Identifier: GPL-3.0-or-later
"""Times a call as the Java harness does: best wall time (on a shared machine other work only adds time) and
median process CPU time (all threads) per call, printed as two result rows (units "ms" and "ms cpu")."""
import statistics
import time


def measure(fn, runs):
    wall, cpu = [], []
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        fn()
        wall.append((time.perf_counter() - w0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return min(wall), statistics.median(cpu)


def report(measure_key, tool, runs, fn, note=""):
    wall, cpu = measure(fn, runs)
    extra = f", {note}" if note else ""
    print(f"{measure_key}\t{tool}\t{wall:.3f}\tms\tbest of {runs}{extra}", flush=True)
    print(f"{measure_key}\t{tool}\t{cpu:.3f}\tms cpu\tmedian of {runs}{extra}", flush=True)
