package org.claimscape.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimscape.io.postgis.PostgisException;
import org.claimscape.io.postgis.PostgisTable;
import org.claimscape.ui.text.UiText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The PostGIS dialogs' words follow the interface language: table lines, numbers, and failures. */
class PostgisDialogTextTest {

    private static final PostgisTable SITES = new PostgisTable("survey", "sites", "geom", 4326, "Point", false, "id",
            List.of(new PostgisTable.Column("valid_from", "date")), 12_500);

    @AfterEach
    void systemLanguage() {
        UiText.choose(null);
    }

    @Test
    void aTableLineIsWrittenInTheLanguageWithItsNumberGrouping() {
        UiText.choose("en");
        assertThat(PostgisDialog.summary(SITES)).isEqualTo("survey.sites (POINT, SRID 4326, ~12,500 rows, dated)");
        UiText.choose("ja");
        assertThat(PostgisDialog.summary(SITES)).isEqualTo("survey.sites（POINT、SRID 4326、約 12,500 行、日付あり）");
        UiText.choose("ru");
        assertThat(PostgisDialog.summary(SITES))
                .isEqualTo("survey.sites (POINT, SRID 4326, строк: ~12\u00a0500, с датами)");
    }

    @Test
    void aFailureIsNamedInTheLanguageAndKeepsTheServersWords() {
        PostgisException refused = new PostgisException(PostgisException.Kind.WRONG_PASSWORD,
                "Cannot connect to ana@db.example.org:5432/gis: the server refused the user name or password");
        UiText.choose("en");
        assertThat(PostgisDialog.explain(refused)).isEqualTo(refused.getMessage());
        UiText.choose("ru");
        assertThat(PostgisDialog.explain(refused)).startsWith("Сервер отклонил имя пользователя или пароль.\n")
                .endsWith(refused.getMessage());
        UiText.choose("ja");
        assertThat(PostgisDialog.explain(refused)).startsWith("サーバーがユーザー名またはパスワードを拒否しました。")
                .contains("ana@db.example.org:5432/gis");
        assertThat(PostgisDialog.explain(new IllegalStateException("disk full"))).isEqualTo("disk full");
    }
}
