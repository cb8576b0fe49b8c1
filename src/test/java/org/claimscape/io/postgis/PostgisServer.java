package org.claimscape.io.postgis;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * A real, throwaway PostgreSQL with PostGIS for the tests: {@code initdb} into a temporary folder, {@code pg_ctl
 * start} on a free local port (TCP on 127.0.0.1, its unix socket in the folder), {@code CREATE EXTENSION postgis}
 * in a template database; each test class gets a fresh database made from it ({@link Database}, injected as a
 * parameter). One server per test run, stopped and deleted when the run ends.
 *
 * <p>Uses Debian's {@value #PACKAGES}; where they are missing, the tests are skipped with a message naming them.
 * initdb refuses to run as root: as root the server runs as the {@code postgres} user (made by the package)
 * through {@code runuser}. Connections use password authentication (scram-sha-256), so wrong passwords are
 * refused as on a real server.
 */
public final class PostgisServer implements BeforeAllCallback, ParameterResolver {

    /** The Debian packages the tests need. */
    public static final String PACKAGES = "postgresql postgresql-15-postgis-3";

    /** The superuser of the test server and its password. */
    public static final String USER = "claimscape";
    public static final String PASSWORD = "test-secret-1";

    private static final String TEMPLATE = "template_postgis";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PostgisServer.class);

    /** A database of the test server, with PostGIS, for one test class. */
    public record Database(String host, int port, String name, String user, String password, Path dir) {

        /** A superuser connection (autocommit on). */
        public Connection connect() throws SQLException {
            Properties p = new Properties();
            p.setProperty("user", user);
            p.setProperty("password", password);
            p.setProperty("socketFactory", DirectSocketFactory.class.getName()); // as the app connects
            return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + name, p);
        }

        /** Runs statements on a fresh connection. */
        public void execute(String... sql) throws SQLException {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                for (String q : sql) {
                    s.execute(q);
                }
            }
        }

        /** The connection of this database, without a table. */
        public PostgisSpec spec() {
            return new PostgisSpec(host, port, name, user, null, null);
        }

        /** {@code postgresql://user@host:port/db?table=t}, without the password. */
        public String uri(String table) {
            return "postgresql://" + user + "@" + host + ":" + port + "/" + name + "?table=" + table;
        }
    }

    /** The running server: its folder, binaries and port. */
    @SuppressWarnings("deprecation")
    private static final class Server implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final Path dir;
        final Path bin;
        final int port;
        final String osUser;

        Server(Path dir, Path bin, int port, String osUser) {
            this.dir = dir;
            this.bin = bin;
            this.port = port;
            this.osUser = osUser;
        }

        @Override
        public void close() throws IOException {
            try {
                run(osUser, 60, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m",
                        "immediate", "-w", "stop");
            } finally {
                deleteTree(dir);
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Server server = context.getRoot().getStore(NS).getOrComputeIfAbsent("server", k -> start(), Server.class);
        String name = "test_" + DATABASES.incrementAndGet() + "_"
                + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
        Database template = new Database("127.0.0.1", server.port, "postgres", USER, PASSWORD, server.dir);
        template.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        context.getStore(NS).put("database", new Database("127.0.0.1", server.port, name, USER, PASSWORD,
                server.dir));
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == Database.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return e.getStore(NS).get("database", Database.class);
    }

    // ------------------------------------------------------------------ start

    private static Server start() {
        Path bin = binaries();
        if (bin == null) {
            throw new TestAbortedException("PostGIS tests skipped: no PostgreSQL server found "
                    + "(/usr/lib/postgresql/*/bin/initdb). Install the Debian packages: apt-get install -y " + PACKAGES);
        }
        String version = bin.getParent().getFileName().toString();
        if (!Files.isRegularFile(Path.of("/usr/share/postgresql", version, "extension", "postgis.control"))) {
            throw new TestAbortedException("PostGIS tests skipped: PostgreSQL " + version + " has no PostGIS "
                    + "extension. Install the Debian packages: apt-get install -y " + PACKAGES);
        }
        String osUser = isRoot() ? "postgres" : null;
        Path dir = null;
        try {
            dir = Files.createTempDirectory(tempRoot(osUser), "claimscape-pg-");
            Path pw = dir.resolve("pw");
            Files.writeString(pw, PASSWORD + "\n", StandardCharsets.UTF_8);
            if (osUser != null) {
                chown(dir, osUser);
                chown(pw, osUser);
            }
            run(osUser, 120, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
                    "--pwfile=" + pw, "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8",
                    "--locale=C", "--no-sync", "--no-instructions");
            int port = freePort();
            String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dir
                    + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40"
                    + " -c shared_buffers=64MB";
            run(osUser, 120, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                    dir.resolve("server.log").toString(), "-o", options, "-w", "-t", "60", "start");
            Server server = new Server(dir, bin, port, osUser);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the run is ending; the folder is in the temporary area
                }
            }));
            Database admin = new Database("127.0.0.1", port, "postgres", USER, PASSWORD, dir);
            admin.execute("CREATE DATABASE " + TEMPLATE);
            new Database("127.0.0.1", port, TEMPLATE, USER, PASSWORD, dir).execute("CREATE EXTENSION postgis");
            return server;
        } catch (IOException | SQLException e) {
            String log = "";
            try {
                if (dir != null && Files.exists(dir.resolve("server.log"))) {
                    log = "\n" + Files.readString(dir.resolve("server.log"));
                }
            } catch (IOException ignored) {
                // the failure itself says enough
            }
            throw new IllegalStateException("cannot start the test PostgreSQL server: " + e.getMessage() + log, e);
        }
    }

    /** The newest /usr/lib/postgresql/N/bin with initdb and pg_ctl, or null. */
    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> versionNumber(b.getParent().getFileName().toString())))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int versionNumber(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /*
     * The unix socket path must stay under about 100 characters, and a server run as another user must be able to
     * reach its folder (a checkout under /root is closed to it): then /tmp is used.
     */
    private static Path tempRoot(String osUser) {
        Path t = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        boolean usable = osUser == null && t.toString().length() < 60;
        return usable || !Files.isDirectory(Path.of("/tmp")) ? t : Path.of("/tmp");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void chown(Path p, String user) throws IOException {
        UserPrincipalLookupService users = p.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(p, users.lookupPrincipalByName(user));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Runs a command (as {@code osUser} through runuser when not null); fails with its output when it fails. */
    static void run(String osUser, int timeoutSeconds, String... command) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (osUser != null) {
            // CI's PATH may lack /usr/sbin, where util-linux puts runuser
            String runuser = Files.isExecutable(Path.of("/usr/sbin/runuser")) ? "/usr/sbin/runuser"
                    : Files.isExecutable(Path.of("/sbin/runuser")) ? "/sbin/runuser" : "runuser";
            cmd.addAll(List.of(runuser, "-u", osUser, "--"));
        }
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            // pg_ctl start leaves the server holding no pipe of ours (-l), so reading to the end returns
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + ": timed out");
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", cmd) + " failed (" + p.exitValue() + "): " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(String.join(" ", cmd) + ": interrupted", e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
