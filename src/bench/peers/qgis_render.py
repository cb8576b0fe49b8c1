#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""QGIS peer for the render benchmark: each scene of scenes.json as a 1920 x 1080 image with
QgsMapRendererParallelJob (offscreen Qt), the same layers, extent and cartography as Claimscape. Layers are
opened once through the OGR provider; each timed job renders a new image (QGIS renders layers in parallel on
all cores). Prints result rows.

usage: qgis_render.py SCENES_JSON RUNS OUT_DIR [SCENE...]
"""
import json
import os
import sys

import time

import qgis_common as qc
from timing import report
from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication, QSize

# A warm-up render longer than this is reported as not finished instead of timed (the million-vertex
# overview can take QGIS minutes).
WARMUP_LIMIT_S = 120


def render(settings):
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def render_within(settings, limit_s):
    """The image, or None when the render takes longer than limit_s (it is cancelled)."""
    job = QgsMapRendererParallelJob(settings)
    job.start()
    t0 = time.perf_counter()
    while job.isActive():
        QCoreApplication.processEvents()
        time.sleep(0.01)
        if time.perf_counter() - t0 > limit_s:
            job.cancel()
            return None
    return job.renderedImage()


def main():
    scenes = json.load(open(sys.argv[1]))
    runs = int(sys.argv[2])
    out = sys.argv[3]
    only = set(sys.argv[4:])
    os.makedirs(out, exist_ok=True)
    qc.start()
    print(f"version\tqgis\tNaN\t-\tQGIS {qc.version()} (python3-qgis, QgsMapRendererParallelJob, offscreen)")
    for scene in scenes["scenes"]:
        if only and scene["name"] not in only:
            continue
        layers = qc.scene_layers(scene, scenes["icons"])
        s = QgsMapSettings()
        s.setLayers(list(reversed(layers)))  # QGIS lists the top layer first
        s.setDestinationCrs(qc.crs3857())
        s.setOutputSize(QSize(scenes["width"], scenes["height"]))
        s.setOutputDpi(96)
        s.setBackgroundColor(qc.sea())
        s.setExtent(QgsRectangle(*scene["extent3857"]))
        img = render_within(s, WARMUP_LIMIT_S)  # warm-up: opens the files, builds caches
        if img is None:
            for unit in ("ms", "ms cpu"):
                print(f"render/{scene['name']}\tqgis\tNaN\t{unit}\t> {WARMUP_LIMIT_S} s: one render did not finish",
                      flush=True)
            continue
        img.save(os.path.join(out, f"qgis-{scene['name']}.png"))
        # A million-vertex scene takes QGIS many seconds a render: three calls are enough to see it.
        n = min(runs, 3) if scene["name"].startswith("dense") else runs
        report(f"render/{scene['name']}", "qgis", n, lambda: render(s), "parallel job: CPU time sums all threads")


if __name__ == "__main__":
    main()
    # QGIS 3.22 can crash while tearing down its application object at exit; the results are out by now.
    sys.stdout.flush()
    os._exit(0)
