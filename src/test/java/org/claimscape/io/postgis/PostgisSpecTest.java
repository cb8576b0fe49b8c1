package org.claimscape.io.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Connection URIs as libpq documents them (postgresql://[user[:password]@][host][:port][/dbname][?params]). */
class PostgisSpecTest {

    @Test
    void parsesUserHostPortDatabaseAndTable() {
        PostgisSpec s = PostgisSpec.parse("postgresql://ana@db.example.org:6543/gis?table=survey.sites");
        assertThat(s.user()).isEqualTo("ana");
        assertThat(s.host()).isEqualTo("db.example.org");
        assertThat(s.port()).isEqualTo(6543);
        assertThat(s.database()).isEqualTo("gis");
        assertThat(s.table()).isEqualTo("survey.sites");
        assertThat(s.schema()).isEqualTo("survey");
        assertThat(s.tableName()).isEqualTo("sites");
    }

    @Test
    void defaultsThePortAndThePublicSchema() {
        PostgisSpec s = PostgisSpec.parse("postgres://db/gis?table=sites&geometry=outline");
        assertThat(s.port()).isEqualTo(5432);
        assertThat(s.user()).isNull();
        assertThat(s.schema()).isEqualTo("public");
        assertThat(s.geometryColumn()).isEqualTo("outline");
    }

    @Test
    void neverKeepsThePasswordButCanHandItOver() {
        String uri = "postgresql://ana:s%40cret@localhost:5432/gis?table=t";
        PostgisSpec s = PostgisSpec.parse(uri);
        assertThat(s.toUri()).doesNotContain("cret").isEqualTo("postgresql://ana@localhost:5432/gis?table=t");
        assertThat(s.toString()).doesNotContain("cret");
        assertThat(new String(PostgisSpec.passwordIn(uri).orElseThrow())).isEqualTo("s@cret");
        assertThat(PostgisSpec.redact(uri)).doesNotContain("cret").contains("ana:***@");
        assertThat(PostgisSpec.passwordIn("postgresql://ana@localhost/gis")).isEmpty();
    }

    @Test
    void roundTripsThroughItsUri() {
        PostgisSpec s = new PostgisSpec("::1", 5433, "my db", "user name", "a schema.the table", "geom");
        assertThat(PostgisSpec.parse(s.toUri())).isEqualTo(s);
    }

    @Test
    void tellsUrisFromFileNames() {
        assertThat(PostgisSpec.isUri("postgresql://h/db")).isTrue();
        assertThat(PostgisSpec.isUri("POSTGRES://h/db")).isTrue();
        assertThat(PostgisSpec.isUri("sites.geojson")).isFalse();
        assertThat(PostgisSpec.isUri("/data/postgresql/x.geojson")).isFalse();
    }

    @Test
    void refusesAUriWithoutDatabaseOrWithABadPort() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PostgisSpec.parse("postgresql://ana:pw@host:5432/"));
        assertThat(e.getMessage()).contains("no database").doesNotContain(":pw@");
        assertThrows(IllegalArgumentException.class, () -> PostgisSpec.parse("postgresql://host:99999/db"));
        assertThrows(IllegalArgumentException.class, () -> PostgisSpec.parse("http://host/db"));
    }
}
