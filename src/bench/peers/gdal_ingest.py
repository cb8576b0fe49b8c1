#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""GDAL peer for the ingest benchmark: each GeoJSON file to an in-memory dataset (the Memory driver), in one
process after a warm-up, as JMH times Claimscape's reader. Prints result rows: measure, tool, ms, unit, note.

usage: gdal_ingest.py RUNS FILE...
"""
import os
import sys

from osgeo import gdal

from timing import report

gdal.UseExceptions()


def ingest(path):
    # VectorTranslate into the Memory driver: every feature and geometry is parsed and held as OGR objects.
    ds = gdal.VectorTranslate("", path, format="Memory")
    layer = ds.GetLayer(0)
    n = layer.GetFeatureCount()
    ds = None
    return n


def main():
    runs = int(sys.argv[1])
    print(f"version\tgdal\tNaN\t-\tGDAL {gdal.__version__} (Python bindings, Memory driver)")
    for path in sys.argv[2:]:
        name = os.path.basename(path)
        n = ingest(path)  # warm-up: page cache, driver registration
        if n <= 0:
            raise SystemExit(f"{path}: no features read")
        report(f"ingest/{name}", "gdal", runs, lambda: ingest(path), f"in-process, {n} features")


if __name__ == "__main__":
    main()
