package org.canbao.enrollment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The commit's SQL against the domain's rules on thousands of generated cases, on H2 (PostgreSQL
 * mode). RegistryIT runs them on PostgreSQL.
 */
class SqlRulePropertiesTest {
  private Connection c;
  private SqlRuleProperties properties;

  @BeforeEach
  void database() throws Exception {
    c =
        DriverManager.getConnection(
            "jdbc:h2:mem:rules"
                + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    properties = new SqlRuleProperties(c, "rulecheck", 13);
    properties.createTables();
  }

  @AfterEach
  void close() throws Exception {
    c.close();
  }

  @Test
  void aMoveClosesTheOldResidenceAsPersonMoveToDoes() throws Exception {
    assertThat(properties.moveClosesTheOldResidenceAsPersonMoveTo(3000)).isEqualTo(3000);
  }

  @Test
  void aPaymentIsRecordedAsEnrollmentRecordPaymentRecordsIt() throws Exception {
    assertThat(properties.paymentIsRecordedAsEnrollmentRecordPayment(3000)).isEqualTo(3000);
  }

  @Test
  void anIdentityIsValidOnADateAsPersonIdentityValidOnSays() throws Exception {
    assertThat(properties.identityValidOnAsPersonIdentityValidOn(2000, 60)).isEqualTo(120_000);
  }

  @Test
  void theYearSoFarOfTheViewIsCostYearToDate() throws Exception {
    assertThat(new CostYearToDateProperty(c, "costcheck", 17).yearToDateAsCostYearToDate(2000))
        .isGreaterThan(1900);
  }
}
