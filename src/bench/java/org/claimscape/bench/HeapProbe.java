// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Locale;
import org.claimscape.io.BundledLayers;

/**
 * Heap used by the bundled data once loaded: live heap after a full collection, with the layers held, minus
 * the same before loading. Prints one result row ({@code heap/bundled claimscape <MB> MB}).
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println(String.format(Locale.ROOT, "heap/bundled\tclaimscape\t%.1f\tMB\t%s", loadedMegabytes(),
                "live heap after System.gc, bundled layers held"));
    }

    /** Megabytes of live heap the loaded bundled layers take. */
    public static double loadedMegabytes() throws IOException {
        return loadedMegabytes(() -> BundledLayers.load(BenchData.dataDir(), (done, total) -> { }));
    }

    /** Megabytes of live heap that what {@code load} returns takes, while it is held. */
    public static double loadedMegabytes(Loader load) throws IOException {
        /* A first load, dropped, so that one-time class and cache set-up is not counted as the data's. */
        load.load();
        long before = liveHeap();
        Object held = load.load();
        long after = liveHeap();
        if (held == null) {
            throw new IllegalStateException("nothing loaded");
        }
        Reference.reachabilityFence(held);
        return (after - before) / 1048576.0;
    }

    /** Loads something to measure. */
    @FunctionalInterface
    public interface Loader {
        Object load() throws IOException;
    }

    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
