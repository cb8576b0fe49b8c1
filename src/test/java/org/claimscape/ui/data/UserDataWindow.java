package org.claimscape.ui.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * The user-data window for each test, registered after TestFX's {@code ApplicationExtension}
 * ({@code @ExtendWith({ApplicationExtension.class, UserDataWindow.class})}): before each test a {@link UserDataFixture}
 * in a fresh temporary folder is shown on TestFX's stage and put into the test's {@code UserDataFixture} field; after
 * it, the test fails if anything reached for the network, and the folder is deleted. It replaces the
 * {@code @TempDir}, {@code @Start} and {@code @AfterEach} every such test wrote alike.
 */
public final class UserDataWindow implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(UserDataWindow.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        UserDataFixture fx = new UserDataFixture(Files.createTempDirectory("claimscape-user-data"));
        context.getStore(NS).put(UserDataFixture.class, fx);
        FxToolkit.setupStage(stage -> {
            try {
                fx.start(stage);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Object test = context.getRequiredTestInstance();
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == UserDataFixture.class) {
                    f.setAccessible(true);
                    f.set(test, fx);
                }
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        UserDataFixture fx = context.getStore(NS).remove(UserDataFixture.class, UserDataFixture.class);
        if (fx == null) {
            return;
        }
        try {
            fx.assertNoNetwork();
        } finally {
            try (Stream<Path> files = Files.walk(fx.dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
