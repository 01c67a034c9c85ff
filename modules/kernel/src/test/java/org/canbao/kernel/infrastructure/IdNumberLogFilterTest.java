package org.canbao.kernel.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdNumberLogFilterTest {
  private static final String ID = "11010519491231002X";
  private static final String MASKED = "110105********002X";

  private final Logger parent = Logger.getLogger("test.masking");
  private final Logger logger = Logger.getLogger("test.masking.child");
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private Handler handler;

  @BeforeEach
  void handler() {
    handler = new StreamHandler(out, new SimpleFormatter());
    parent.setUseParentHandlers(false);
    parent.addHandler(handler);
    LogMasking.guard(parent);
  }

  @AfterEach
  void remove() {
    LogMasking.unguard(parent);
    parent.removeHandler(handler);
  }

  private String written() {
    handler.flush();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aChildLoggersRecordIsMaskedInMessageParametersAndException() {
    logger.info("Person " + ID + " registered");
    logger.log(Level.WARNING, "Row {0} of {1}", new Object[] {ID, 12});
    logger.log(
        Level.SEVERE,
        "Import failed",
        new RuntimeException(
            "wrapped",
            new SQLException("ERROR: duplicate key, Key (id_number)=(" + ID.toLowerCase() + ")")));

    String log = written();
    assertThat(log).doesNotContain(ID).doesNotContain(ID.toLowerCase());
    assertThat(log).contains("Person " + MASKED + " registered");
    assertThat(log).contains("Row " + MASKED + " of 12");
    assertThat(log)
        .contains(
            "java.sql.SQLException: ERROR: duplicate key, Key (id_number)=(110105********002x)");
    assertThat(log).contains("at org.canbao.kernel.infrastructure.IdNumberLogFilterTest");
  }

  @Test
  void otherNumbersAndRecordsPassUnchanged() {
    logger.info("batch 123456 took 1234567890123456789 ns; ref 5001181990010112345X9");
    assertThat(written())
        .contains("batch 123456 took 1234567890123456789 ns; ref 5001181990010112345X9");
  }

  @Test
  void aFilterThatWasThereStillDecides() {
    LogMasking.unguard(parent);
    handler.setFilter(r -> !r.getMessage().startsWith("secret"));
    LogMasking.guard(parent);
    logger.info("secret " + ID);
    logger.info("open " + ID);
    assertThat(written()).doesNotContain("secret").contains("open " + MASKED);
    LogMasking.unguard(parent);
    assertThat(handler.getFilter()).isNotInstanceOf(IdNumberLogFilter.class).isNotNull();
  }
}
