package org.claimscape.map;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * Downloads OpenStreetMap standard tiles, following the OSM tile usage policy: an identifying User-Agent,
 * at most two connections, tiles cached on disk for a week by the caller. Only created when the user switches
 * online tiles on; Claimscape opens no connection otherwise.
 *
 * <p>Thread-safe.
 */
public final class OsmTileFetcher {

    /**
     * What the User-Agent says about the program, as OSM's tile usage policy asks: its name, that it is a desktop
     * application, and its licence. A project URL goes here once the project has a public home.
     */
    public static final String PRODUCT_NOTE = "desktop map explorer; GPL-3.0-or-later";
    /** Shown on the map whenever OSM tiles are on. */
    public static final String ATTRIBUTION = "© OpenStreetMap contributors";

    private static final String OSM = "https://tile.openstreetmap.org/";

    private final HttpClient client;
    private final String userAgent;
    private final String baseUrl;

    /** A fetcher for tile.openstreetmap.org, through the system's proxy settings. */
    public OsmTileFetcher() {
        this(OSM, ProxySelector.getDefault());
    }

    /** A fetcher for another server with the same z/x/y.png layout (tests use a local server). */
    OsmTileFetcher(String baseUrl, ProxySelector proxies) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        HttpClient.Builder b = HttpClient.newBuilder();
        if (proxies != null) {
            b.proxy(proxies);
        }
        this.client = b
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .executor(Executors.newFixedThreadPool(2, r -> {
                    Thread t = new Thread(r, "claimscape-osm");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
        this.userAgent = userAgent();
    }

    /** "Claimscape/0.1.0 (+https://...)": names the application, its version and where to reach its authors. */
    public static String userAgent() {
        String v = OsmTileFetcher.class.getPackage().getImplementationVersion();
        return "Claimscape/" + (v == null ? "0.1.0" : v) + " (" + PRODUCT_NOTE + ")";
    }

    /** The PNG bytes of tile z/x/y; throws when the server fails or answers other than 200. */
    public byte[] fetch(int z, long x, long y) throws IOException {
        URI uri = URI.create(baseUrl + z + "/" + x + "/" + y + ".png");
        HttpRequest req = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("User-Agent", userAgent)
                .GET().build();
        try {
            HttpResponse<byte[]> resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200) {
                throw new IOException("OSM tile " + z + "/" + x + "/" + y + ": HTTP " + resp.statusCode());
            }
            return resp.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
