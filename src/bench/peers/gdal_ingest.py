#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""GDAL peer for the ingest benchmark: each GeoJSON file to an in-memory dataset (the Memory driver), in one
process after a warm-up, as JMH times Claimscape's reader. Prints result rows: measure, tool, ms, unit, note.

Two peers: `gdal` loads only (the same work as Claimscape's reader without validation); `gdal-isvalid` loads
the same way, then checks the validity of every polygonal geometry with GEOS (`ogr.Geometry.IsValid`), the
same work as Claimscape's validating read (which checks polygons only).

usage: gdal_ingest.py RUNS FILE...
"""
import os
import sys

from osgeo import gdal, ogr

from timing import report

gdal.UseExceptions()


def ingest(path):
    # VectorTranslate into the Memory driver: every feature and geometry is parsed and held as OGR objects.
    ds = gdal.VectorTranslate("", path, format="Memory")
    layer = ds.GetLayer(0)
    n = layer.GetFeatureCount()
    ds = None
    return n


def ingest_isvalid(path):
    # The same load, then GEOS validity of each polygonal geometry (OGR_G_IsValid: OGR geometry to GEOS, then
    # GEOSisValid), as Claimscape's reader runs JTS IsValidOp on polygons and multipolygons.
    ds = gdal.VectorTranslate("", path, format="Memory")
    layer = ds.GetLayer(0)
    n = invalid = 0
    for feature in layer:
        n += 1
        g = feature.GetGeometryRef()
        if g is not None and g.GetDimension() >= 2 and not g.IsValid():
            invalid += 1
    ds = None
    return n, invalid


def main():
    runs = int(sys.argv[1])
    print(f"version\tgdal\tNaN\t-\tGDAL {gdal.__version__} (Python bindings, Memory driver)")
    geos = f"{ogr.GetGEOSVersionMajor()}.{ogr.GetGEOSVersionMinor()}.{ogr.GetGEOSVersionMicro()}"
    print(f"version\tgdal-isvalid\tNaN\t-\tGDAL {gdal.__version__} with GEOS {geos} (OGR_G_IsValid per polygon)")
    for path in sys.argv[2:]:
        name = os.path.basename(path)
        n = ingest(path)  # warm-up: page cache, driver registration
        if n <= 0:
            raise SystemExit(f"{path}: no features read")
        report(f"ingest/{name}", "gdal", runs, lambda: ingest(path), f"in-process, {n} features")
        n, invalid = ingest_isvalid(path)  # warm-up
        report(f"ingest/{name}", "gdal-isvalid", runs, lambda: ingest_isvalid(path),
               f"in-process, {n} features, GEOS IsValid per polygon ({invalid} invalid)")


if __name__ == "__main__":
    main()
