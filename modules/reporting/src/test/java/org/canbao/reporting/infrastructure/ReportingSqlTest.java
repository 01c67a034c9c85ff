package org.canbao.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reporting reads other modules' data only through their APIs and the views they publish in their
 * own migrations: every relation of another module's schema named anywhere in reporting's sources
 * and migrations must be one of those views.
 */
class ReportingSqlTest {
  /** The views enrollment publishes for reporting (enrollment V11–V14, V16). */
  static final Set<String> PUBLISHED =
      Set.of(
          "enrollment.v_registered_person",
          "enrollment.v_insured_person",
          "enrollment.v_person_identity",
          "enrollment.v_subsidised_enrollment",
          "enrollment.v_identity_holding",
          "enrollment.v_subsidy_ledger",
          "enrollment.v_employee_insurance",
          "enrollment.v_college_student",
          "enrollment.v_medical_cost",
          "enrollment.v_medical_cost_year");

  /**
   * A foreign key to another module's table (by id, allowed across modules), SQL comments, and the
   * Java class an H2 trigger calls ({@code org.canbao.kernel.infrastructure.ClosedYearTrigger}): no
   * reading.
   */
  private static final Pattern NOT_READ =
      Pattern.compile(
          "(?i)references\\s+[a-z_]+\\.[a-z_]+|--[^\\n]*|org\\.canbao(\\.[a-z]+)+\\.[A-Z]\\w*");

  private static final Pattern QUALIFIED =
      Pattern.compile(
          "\\b(enrollment|subsidies|supervision|incentives|kernel)\\.([a-z_][a-z0-9_]*)\\b");

  @Test
  void reportingNamesOnlyPublishedViewsOfOtherModules() throws IOException {
    Set<String> named = new TreeSet<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f :
            files
                .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                .toList()) {
          for (String literal : literals(Files.readString(f), f.toString().endsWith(".sql"))) {
            Matcher m = QUALIFIED.matcher(literal.toLowerCase());
            while (m.find()) {
              // Envers' revision tables: the register cross-check writes its run's revision there
              // (CrossCheckStore); the closed years (年度锁定), which the guard triggers of every
              // module read (V5), and H2's register of guarded tables
              if (!m.group(1).equals("kernel")
                  || !Set.of("revinfo", "revchanges", "closed_year", "closed_year_guard")
                      .contains(m.group(2))) {
                named.add(m.group(1) + "." + m.group(2));
              }
            }
          }
        }
      }
    }
    assertThat(named)
        .as("relations of other modules named by reporting's SQL")
        .isNotEmpty()
        .isSubsetOf(PUBLISHED);
  }

  @Test
  void theCheckFindsATableName() {
    Matcher m = QUALIFIED.matcher("select * from enrollment.enrollment_record");
    assertThat(m.find()).isTrue();
    assertThat(PUBLISHED).doesNotContain(m.group(1) + "." + m.group(2));
  }

  /** The string literals of a Java source (SQL lives there), or the whole text of a migration. */
  private static List<String> literals(String text, boolean sql) {
    if (sql) {
      return List.of(NOT_READ.matcher(text).replaceAll(" "));
    }
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
