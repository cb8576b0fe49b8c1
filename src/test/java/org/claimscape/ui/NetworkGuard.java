package org.claimscape.ui;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every attempt to open a network connection through the JDK's HTTP stacks: {@code HttpClient} and
 * {@code URLConnection} both ask the default {@link ProxySelector} before connecting, and {@code http:}/
 * {@code https:} URLs are opened through a recording {@link URLStreamHandler} that refuses to connect.
 * Installed once per JVM.
 */
public final class NetworkGuard {

    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();
    private static boolean installed;

    private NetworkGuard() {
    }

    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                ATTEMPTS.add("proxy-select " + uri);
                throw new IllegalStateException("network access in offline mode: " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                ATTEMPTS.add("connect-failed " + uri);
            }
        });
        try {
            URL.setURLStreamHandlerFactory(protocol -> {
                if (!protocol.equals("http") && !protocol.equals("https")) {
                    return null;
                }
                return new URLStreamHandler() {
                    @Override
                    protected URLConnection openConnection(URL u) throws IOException {
                        ATTEMPTS.add("open " + u);
                        throw new IOException("network access in offline mode: " + u);
                    }

                    @Override
                    protected URLConnection openConnection(URL u, Proxy p) throws IOException {
                        return openConnection(u);
                    }
                };
            });
        } catch (Error alreadySet) {
            ATTEMPTS.add("cannot install URL handler: " + alreadySet);
        }
        new InetSocketAddress(0).getPort();
    }

    /** The connection attempts recorded so far. */
    public static List<String> attempts() {
        return List.copyOf(ATTEMPTS);
    }
}
