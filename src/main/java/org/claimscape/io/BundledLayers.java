package org.claimscape.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerCatalog;

/**
 * The layers that ship with Claimscape, read from {@code data/catalog.json} and the files it lists: from the
 * folder named by the system property {@code claimscape.data} when set, else from the classpath ({@code /data/},
 * packed into the jar). The files are read in parallel. Immutable once loaded.
 */
public final class BundledLayers {

    /** System property naming a data folder to use instead of the bundled one. */
    public static final String DATA_PROPERTY = "claimscape.data";

    private final LayerCatalog catalog;
    private final Map<String, Layer> layers;

    private BundledLayers(LayerCatalog catalog, Map<String, Layer> layers) {
        this.catalog = catalog;
        this.layers = layers;
    }

    /** Loads from {@code claimscape.data} or the classpath. */
    public static BundledLayers load() throws IOException {
        return load((done, total) -> { });
    }

    /**
     * Loads, telling {@code progress} (layers done, layers in all) after each layer; called from worker threads.
     *
     * @throws IOException naming the file and its problems when any bundled file is missing or not valid
     */
    public static BundledLayers load(BiConsumer<Integer, Integer> progress) throws IOException {
        String dir = System.getProperty(DATA_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            return load(Path.of(dir), progress);
        }
        return load(new ClasspathSource(), progress);
    }

    /** Loads from a data folder holding catalog.json. */
    public static BundledLayers load(Path dataDir, BiConsumer<Integer, Integer> progress) throws IOException {
        return load(new FolderSource(dataDir), progress);
    }

    private static BundledLayers load(Source source, BiConsumer<Integer, Integer> progress) throws IOException {
        LayerCatalog catalog;
        try (InputStream in = source.open("catalog.json")) {
            catalog = new LayerCatalogReader().read(in, source.name("catalog.json"));
        }
        int total = catalog.entries().size();
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<Layer>> futures = new ArrayList<>();
        /*
         * Our own pool: the common pool has one thread on a 2-core machine, and start-up time is spent here.
         */
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                    Thread t = new Thread(r, "claimscape-load");
                    t.setDaemon(true);
                    return t;
                });
        try {
            for (LayerCatalog.Entry e : catalog.entries()) {
                futures.add(CompletableFuture.supplyAsync(() -> {
                    Layer layer = readLayer(source, e);
                    progress.accept(done.incrementAndGet(), total);
                    return layer;
                }, pool));
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Layer> layers = new LinkedHashMap<>();
        try {
            for (int i = 0; i < total; i++) {
                layers.put(catalog.entries().get(i).id(), futures.get(i).join());
            }
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException) {
                throw ((UncheckedIOException) cause).getCause();
            }
            throw e;
        }
        return new BundledLayers(catalog, layers);
    }

    private static Layer readLayer(Source source, LayerCatalog.Entry e) {
        String name = source.name(e.file());
        try (InputStream in = source.open(e.file())) {
            /*
             * The bundled files are checked for validity by the build (validate --strict in the tests and the
             * data recipe); checking the coastline's topology again at every start-up would cost most of the load.
             */
            GeoJsonReadResult r = new GeoJsonLayerReader().withValidation(false).read(in, name);
            return r.toLayer(e.id(), e.title());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (GeoJsonException ex) {
            throw new UncheckedIOException(new IOException("bundled layer " + e.id() + " is not valid: "
                    + ex.getMessage(), ex));
        }
    }

    public LayerCatalog catalog() {
        return catalog;
    }

    /** The layer with this catalog id, or null. */
    public Layer layer(String id) {
        return layers.get(id);
    }

    /** Every layer, in catalog order (layer panel order, top first). */
    public List<Layer> layers() {
        return List.copyOf(layers.values());
    }

    /** Where the bundled files are read from. */
    private interface Source {
        InputStream open(String file) throws IOException;

        String name(String file);
    }

    private static final class ClasspathSource implements Source {
        @Override
        public InputStream open(String file) throws IOException {
            InputStream in = BundledLayers.class.getResourceAsStream("/data/" + file);
            if (in == null) {
                throw new NoSuchFileException("data/" + file, null, "not found among the bundled resources");
            }
            return in;
        }

        @Override
        public String name(String file) {
            return "data/" + file;
        }
    }

    private static final class FolderSource implements Source {
        private final Path dir;

        FolderSource(Path dir) {
            this.dir = dir;
        }

        @Override
        public InputStream open(String file) throws IOException {
            return Files.newInputStream(dir.resolve(file));
        }

        @Override
        public String name(String file) {
            return dir.resolve(file).toString();
        }
    }
}
