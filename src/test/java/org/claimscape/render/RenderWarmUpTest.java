package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The warm-up's throwaway map draws: a failure would only be logged, and the start-up would quietly lose it. */
class RenderWarmUpTest {

    @Test
    void theThrowawayMapDrawsWithoutAFailure() {
        Logger log = Logger.getLogger(RenderWarmUp.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level was = log.getLevel();
        log.setLevel(Level.ALL);
        log.addHandler(handler);
        try {
            RenderWarmUp.warm();
        } finally {
            log.removeHandler(handler);
            log.setLevel(was);
        }
        assertThat(records).extracting(r -> r.getMessage() + " " + r.getThrown()).isEmpty();
        assertThat(IconLibrary.shared().has("airfield")).isTrue();
    }
}
