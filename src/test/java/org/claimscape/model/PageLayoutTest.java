package org.claimscape.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PageLayoutTest {

    @Test
    void boxesStayOnThePage() {
        PageLayout.Box b = new PageLayout.Box(0.9, -0.2, 0.3, 0.4);
        assertThat(b.x()).isCloseTo(0.7, Offset.offset(1e-12));
        assertThat(b.y()).isZero();
        PageLayout.Box huge = new PageLayout.Box(0.5, 0.5, 3, 0);
        assertThat(huge.width()).isEqualTo(1);
        assertThat(huge.x()).isZero();
        assertThat(huge.height()).isEqualTo(PageLayout.Box.MIN_SIZE);
        assertThatThrownBy(() -> new PageLayout.Box(Double.NaN, 0, 0.1, 0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boxesAreFractionsSoTheySurviveAChangeOfPaper() {
        PageLayout.Box b = PageLayout.Box.ofPoints(84.2, 59.5, 168.4, 119.1, 842, 595.3);
        double[] a3 = b.onPage(1190.55, 841.89);
        assertThat(a3[0] / 1190.55).isCloseTo(0.1, Offset.offset(1e-3));
        assertThat(a3[3] / 841.89).isCloseTo(0.2, Offset.offset(1e-3));
    }

    @Test
    void labelChoicesAndTextBoxesAreEdited() {
        PageLayout l = PageLayout.AUTOMATIC.withLabels(LabelClass.SITES, false)
                .withLabels(LabelClass.REFERENCE, false).withLabels(LabelClass.SITES, true);
        assertThat(l.hiddenLabels()).containsExactly(LabelClass.REFERENCE);
        assertThat(l.shows(LabelClass.SITES)).isTrue();
        assertThat(l.isAutomatic()).isFalse();
        PageLayout.TextBox t = new PageLayout.TextBox("Note", new PageLayout.Box(0.1, 0.1, 0.2, 0.05), 200);
        assertThat(t.fontSize()).isEqualTo(PageLayout.TextBox.MAX_FONT);
        PageLayout withText = l.plusText(t).plusText(t.withText("Second"));
        assertThat(withText.minusText(0).texts()).extracting(PageLayout.TextBox::text).containsExactly("Second");
        assertThat(new PageLayout(null, null, List.of(), Set.of())).isEqualTo(PageLayout.AUTOMATIC);
        assertThat(l.withLabels(LabelClass.REFERENCE, true).isAutomatic()).isTrue();
    }
}
