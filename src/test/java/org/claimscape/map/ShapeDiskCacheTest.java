package org.claimscape.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShapeDiskCacheTest {

    @TempDir
    Path dir;

    @Test
    void storesAndReadsBackByKey() throws Exception {
        ShapeDiskCache cache = new ShapeDiskCache(dir);
        assertThat(cache.read("claims-0a1b/7")).isNull();
        cache.write("claims-0a1b/7", new byte[] {1, 2, 3});
        assertThat(cache.read("claims-0a1b/7")).containsExactly(1, 2, 3);
        assertThat(dir.resolve("claims-0a1b").resolve("7.bin")).exists();
        try (var s = Files.list(dir.resolve("claims-0a1b"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("7.bin");
        }
    }

    @Test
    void aNewVersionOfALayerRemovesTheOlderOnesOnly() {
        ShapeDiskCache cache = new ShapeDiskCache(dir);
        cache.write("claims-0a1b/7", new byte[] {1});
        cache.write("claims-0a1b/8", new byte[] {2});
        cache.write("claims-extra-ffff/7", new byte[] {3});
        cache.write("islands-0a1b/7", new byte[] {4});
        cache.write("claims-2c3d/7", new byte[] {5});
        assertThat(cache.read("claims-0a1b/7")).isNull();
        assertThat(dir.resolve("claims-0a1b")).doesNotExist();
        assertThat(cache.read("claims-2c3d/7")).containsExactly(5);
        assertThat(cache.read("claims-extra-ffff/7")).containsExactly(3);
        assertThat(cache.read("islands-0a1b/7")).containsExactly(4);
    }

    @Test
    void keysCannotLeaveTheCacheFolder() {
        ShapeDiskCache cache = new ShapeDiskCache(dir);
        assertThatThrownBy(() -> cache.read("../x/7")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cache.write("a/b/7", new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnreadableEntryReadsAsAbsent() throws Exception {
        ShapeDiskCache cache = new ShapeDiskCache(dir);
        Files.createDirectories(dir.resolve("claims-0a1b").resolve("7.bin"));
        assertThat(cache.read("claims-0a1b/7")).isNull();
    }

    /** The build's seed shapes are read when the user's cache has none; writes go to the user's cache only. */
    @Test
    void readsTheSeedWhereTheCacheHasNothingAndNeverWritesIt() throws Exception {
        Path seedRoot = dir.resolve("seed");
        new ShapeDiskCache(seedRoot).write("claims-0a1b/7", new byte[] {7});
        ShapeDiskCache cache = new ShapeDiskCache(dir.resolve("user"), seedRoot);
        assertThat(cache.read("claims-0a1b/7")).containsExactly(7);
        assertThat(cache.read("claims-0a1b/8")).isNull();
        cache.write("claims-0a1b/7", new byte[] {8});
        assertThat(cache.read("claims-0a1b/7")).as("the user's cache comes first").containsExactly(8);
        assertThat(new ShapeDiskCache(seedRoot).read("claims-0a1b/7")).containsExactly(7);
        cache.write("claims-2c3d/7", new byte[] {9});
        assertThat(new ShapeDiskCache(seedRoot).read("claims-0a1b/7")).as("older versions go from the user's cache only")
                .containsExactly(7);
    }
}
