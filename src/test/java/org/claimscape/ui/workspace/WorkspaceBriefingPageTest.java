package org.claimscape.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.claimscape.model.LabelClass;
import org.claimscape.model.PageLayout;
import org.claimscape.model.Workspace;
import org.claimscape.render.MapRenderer;
import org.claimscape.ui.briefing.BriefingContext;
import org.claimscape.ui.briefing.BriefingDialog;
import org.claimscape.ui.data.UserDataFixture;
import org.claimscape.ui.data.UserDataWindow;
import org.claimscape.ui.explorer.BackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The briefing page as the dialog left it goes into the workspace, and an opened workspace gives it back. */
@ExtendWith({ApplicationExtension.class, UserDataWindow.class})
class WorkspaceBriefingPageTest {

    @TempDir
    static Path tmp;

    /** Set before each test by {@link UserDataWindow}. */
    private UserDataFixture fx;

    @Test
    void theBriefingPageAndItsLayoutAreSavedAndOpenedWithTheWorkspace(FxRobot robot) throws Exception {
        fx.awaitReady();
        WorkspaceSession session = fx.fileMenu.session();
        PageLayout layout = new PageLayout(new PageLayout.Box(0.05, 0.6, 0.3, 0.25), null,
                List.of(new PageLayout.TextBox("Desk note", new PageLayout.Box(0.4, 0.7, 0.2, 0.05), 10)),
                Set.of(LabelClass.REFERENCE));
        Workspace.Page page = new Workspace.Page("a3", false, "Kept title", "Kept subtitle", null, 200, layout);
        Path ws = fx.dir.resolve("page.claimscape");
        robot.interact(() -> {
            /* As the dialog hands its settings back through the context the window gives it. */
            BriefingContext.of(fx.view.model(), new Envelope(145, 148, 43, 45), null, new MapRenderer()).keep()
                    .accept(page);
            try {
                session.save(ws);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            fx.view.model().briefingPageProperty().set(null);
            session.open(ws);
        });
        assertThat(fx.view.model().briefingPageProperty().get()).isEqualTo(page);

        BriefingDialog[] dialog = new BriefingDialog[1];
        robot.interact(() -> dialog[0] = new BriefingDialog(BriefingContext.of(fx.view.model(),
                new Envelope(145, 148, 43, 45), null, new MapRenderer()), BackgroundTasks.onFxThread()));
        assertThat(dialog[0].pageLayout()).isEqualTo(layout);
        assertThat(dialog[0].page().title()).isEqualTo("Kept title");
        assertThat(dialog[0].page().landscape()).isFalse();
        assertThat(dialog[0].settings()).isEqualTo(page);
        robot.interact(() -> dialog[0].dispose());
    }
}
