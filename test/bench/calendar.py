"""numpy side of the calendar benchmark: busday_offset / busday_count on the same operations.

Reads a JSON job file (paths of int32 little-endian arrays of day numbers since 1970-01-01, which
is numpy's datetime64[D] epoch, the amounts, and the holidays) and prints a JSON result.
"""
import json
import sys
import time

import numpy as np


def best_of(fn, repeat=5):
    best = float("inf")
    out = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main():
    job = json.load(open(sys.argv[1]))
    start = np.fromfile(job["start"], dtype="<i4").astype("datetime64[D]")
    amount = np.fromfile(job["amount"], dtype="<i4").astype(np.int64)
    end = np.fromfile(job["end"], dtype="<i4").astype("datetime64[D]")
    holidays = np.array(job["holidays"], dtype="datetime64[D]")
    cal = np.busdaycalendar(weekmask="1111100", holidays=holidays)
    n = len(start)
    pos = amount >= 1

    def offset():
        # thoihan: n >= 1 is the n-th working day strictly after d, i.e. roll back then add;
        # n <= -1 is the |n|-th strictly before, i.e. roll forward then subtract.
        out = np.empty(n, dtype="datetime64[D]")
        out[pos] = np.busday_offset(start[pos], amount[pos], roll="backward", busdaycal=cal)
        out[~pos] = np.busday_offset(start[~pos], amount[~pos], roll="forward", busdaycal=cal)
        return out

    def count():
        # thoihan counts from < d <= to (negated when to < from). numpy counts begin <= d < end,
        # and when end < begin it counts end < d <= begin, negated: shift only forward ranges.
        one = np.timedelta64(1, "D")
        shift = np.where(end >= start, one, np.timedelta64(0, "D"))
        return np.busday_count(start + shift, end + shift, busdaycal=cal)

    iso_start = np.datetime_as_string(start)
    iso_end = np.datetime_as_string(end)

    def offset_iso():
        s = iso_start.astype("datetime64[D]")
        out = np.empty(n, dtype="datetime64[D]")
        out[pos] = np.busday_offset(s[pos], amount[pos], roll="backward", busdaycal=cal)
        out[~pos] = np.busday_offset(s[~pos], amount[~pos], roll="forward", busdaycal=cal)
        return np.datetime_as_string(out)

    def count_iso():
        one = np.timedelta64(1, "D")
        s = iso_start.astype("datetime64[D]")
        e = iso_end.astype("datetime64[D]")
        shift = np.where(e >= s, one, np.timedelta64(0, "D"))
        return np.busday_count(s + shift, e + shift, busdaycal=cal)

    t_offset, r_offset = best_of(offset)
    t_count, r_count = best_of(count)
    t_offset_iso, _ = best_of(offset_iso, 3)
    t_count_iso, _ = best_of(count_iso, 3)
    r_offset.astype("datetime64[D]").astype("<i4").tofile(job["outOffset"])
    r_count.astype("<i4").tofile(job["outCount"])
    print(json.dumps({
        "numpy": np.__version__,
        "n": n,
        "offset_ns": t_offset / n * 1e9,
        "count_ns": t_count / n * 1e9,
        "offset_iso_ns": t_offset_iso / n * 1e9,
        "count_iso_ns": t_count_iso / n * 1e9,
    }))


main()
