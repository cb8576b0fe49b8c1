package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.claimscape.model.Viewpoint;
import org.claimscape.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path tmp;

    private Workspace sample(Path userFile) {
        return new Workspace(List.of(
                new Workspace.LayerEntry("claims", null, "Sovereignty claims", true, 0.8, null),
                new Workspace.LayerEntry("my-sites", userFile, "My sites", false, 0.5,
                        new Workspace.Style("#D55E0066", "#D55E00", 1.5, "garrison", "name_en"))),
                new Workspace.View(44.5, 146.5, 7.25), LocalDate.of(1956, 10, 19), Viewpoint.JAPANESE,
                new Workspace.Compare("jp-claim", "declaration-1956", "swipe", true),
                new Workspace.Page("a4", true, "Southern Kurils", "Claims as of 1956", "For internal briefing", 300));
    }

    @Test
    void roundTripsEverySetting() throws IOException {
        Path data = Files.writeString(Files.createDirectories(tmp.resolve("data")).resolve("my-sites.geojson"), "{}");
        Workspace w = sample(data);
        Path file = tmp.resolve("brief.claimscape");
        new WorkspaceWriter().write(w, file);
        Workspace back = new WorkspaceReader().read(file);
        assertThat(back).isEqualTo(w);
        assertThat(Files.readString(file)).contains("\"path\" : \"data/my-sites.geojson\"").contains("\"version\" : 2");
        assertThat(WorkspaceReader.missingFiles(back)).isEmpty();
    }

    @Test
    void userFilesAreRelativeSoTheFolderCanMove() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("a"));
        Path data = Files.writeString(dir.resolve("sites.geojson"), "{}");
        new WorkspaceWriter().write(sample(data), dir.resolve("w.claimscape"));
        Path moved = tmp.resolve("b");
        Files.move(dir, moved);
        Workspace back = new WorkspaceReader().read(moved.resolve("w.claimscape"));
        assertThat(back.layers().get(1).file()).isEqualTo(moved.resolve("sites.geojson"));
        assertThat(WorkspaceReader.missingFiles(back)).isEmpty();
    }

    @Test
    void movedFilesAreReportedNotFatal() throws IOException {
        Path data = Files.writeString(tmp.resolve("sites.geojson"), "{}");
        Path file = tmp.resolve("w.claimscape");
        new WorkspaceWriter().write(sample(data), file);
        Files.delete(data);
        Workspace back = new WorkspaceReader().read(file);
        assertThat(WorkspaceReader.missingFiles(back)).extracting(Workspace.LayerEntry::id).containsExactly("my-sites");
    }

    @Test
    void newerVersionIsRefusedWithAMessage() throws IOException {
        Path file = Files.writeString(tmp.resolve("future.claimscape"),
                "{\"format\":\"claimscape-workspace\",\"version\":9,\"layers\":[]}");
        assertThatThrownBy(() -> new WorkspaceReader().read(file)).isInstanceOf(WorkspaceFormatException.class)
                .hasMessageContaining("newer Claimscape").hasMessageContaining("version 9");
    }

    @Test
    void theMessagesFollowTheInterfaceLanguage() throws IOException {
        Path file = Files.writeString(tmp.resolve("future.claimscape"),
                "{\"format\":\"claimscape-workspace\",\"version\":12000,\"layers\":[]}");
        Path empty = Files.writeString(tmp.resolve("empty.claimscape"), "");
        Locale was = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPANESE);
            assertThatThrownBy(() -> new WorkspaceReader().read(file)).hasMessageStartingWith(file.toString())
                    .hasMessageContaining("新しい Claimscape").hasMessageContaining("12000");
            Locale.setDefault(Locale.forLanguageTag("ru"));
            assertThatThrownBy(() -> new WorkspaceReader().read(empty)).hasMessageStartingWith(empty.toString())
                    .hasMessageContaining("файл пуст");
            Locale.setDefault(Locale.ENGLISH);
            assertThatThrownBy(() -> new WorkspaceReader().read(file)).hasMessageContaining("version 12000)");
        } finally {
            Locale.setDefault(was);
        }
    }

    @Test
    void versionBeyondLongIsRefusedAsNoVersion() throws IOException {
        // JsonValues keeps integers beyond long as BigInteger (not a read failure), so this is not a Long version
        Path file = Files.writeString(tmp.resolve("huge.claimscape"),
                "{\"format\":\"claimscape-workspace\",\"version\":123456789012345678901234567890,\"layers\":[]}");
        assertThatThrownBy(() -> new WorkspaceReader().read(file)).isInstanceOf(WorkspaceFormatException.class)
                .hasMessageContaining("the workspace has no format version");
    }

    @Test
    void versionOneIsMigrated() throws IOException {
        Path file = Files.writeString(tmp.resolve("old.claimscape"), "{\"format\":\"claimscape-workspace\",\"version\":1,"
                + "\"center\":[146.5,44.5],\"zoom\":6,\"visible_layers\":[\"claims\",\"military\"],\"viewpoint\":\"ru\"}");
        Workspace w = new WorkspaceReader().read(file);
        assertThat(w.view()).isEqualTo(new Workspace.View(44.5, 146.5, 6));
        assertThat(w.viewpoint()).isEqualTo(Viewpoint.RUSSIAN);
        assertThat(w.layers()).extracting(Workspace.LayerEntry::id).containsExactly("claims", "military");
        assertThat(w.layers()).allMatch(Workspace.LayerEntry::visible);
    }

    @Test
    void notAWorkspaceAndDamagedFilesGetClearMessages() throws IOException {
        Path geojson = Files.writeString(tmp.resolve("x.claimscape"), "{\"type\":\"FeatureCollection\"}");
        assertThatThrownBy(() -> new WorkspaceReader().read(geojson)).hasMessageContaining("not a Claimscape workspace");
        Path broken = Files.writeString(tmp.resolve("y.claimscape"), "{\"format\":\"claimscape-workspace\",\n\"version\":2,");
        assertThatThrownBy(() -> new WorkspaceReader().read(broken)).isInstanceOf(WorkspaceFormatException.class)
                .hasMessageContaining("y.claimscape:").hasMessageContaining("damaged");
        assertThatThrownBy(() -> new WorkspaceReader().read(tmp.resolve("none.claimscape")))
                .hasMessageContaining("file not found");
    }

    @Test
    void interruptedSaveLeavesTheOldFileIntact() throws IOException {
        Path file = tmp.resolve("w.claimscape");
        new WorkspaceWriter().write(sample(tmp.resolve("s.geojson")), file);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("{\"format\":\"claimscape-work".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).hasMessageContaining("No space left");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("w.claimscape");
        }
    }

    @Test
    void recoveryIsOfferedUntilDiscarded() throws IOException {
        WorkspaceRecovery recovery = new WorkspaceRecovery(tmp.resolve("state/recovery.claimscape"));
        assertThat(recovery.pending()).isEmpty();
        Workspace w = sample(tmp.resolve("s.geojson"));
        recovery.save(w);
        assertThat(recovery.pending()).contains(w);
        recovery.discard();
        assertThat(recovery.pending()).isEmpty();
    }
}
