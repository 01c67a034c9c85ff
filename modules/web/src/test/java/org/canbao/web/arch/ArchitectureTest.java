package org.canbao.web.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The module rules of docs/architecture.md (and ARCHITECTURE.md), checked on the compiled code. */
class ArchitectureTest {
  static final List<String> MODULES = List.of("kernel", "enrollment", "subsidies", "supervision", "incentives", "reporting");
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.canbao");
  }

  @Test
  void modulesAreFreeOfCycles() {
    slices().matching("org.canbao.(*)..").should().beFreeOfCycles().check(classes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kernel", "enrollment", "subsidies", "supervision", "incentives", "reporting"})
  void nobodyTouchesAnotherModulesInternals(String module) {
    noClasses()
        .that().resideOutsideOfPackage("org.canbao." + module + "..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.canbao." + module + ".domain..", "org.canbao." + module + ".application..", "org.canbao." + module + ".infrastructure..")
        .because("a module's api package is its only public surface")
        .check(classes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kernel", "enrollment", "subsidies", "supervision", "incentives", "reporting"})
  void apiDoesNotExposeInternals(String module) {
    noClasses()
        .that().resideInAPackage("org.canbao." + module + ".api..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.canbao." + module + ".domain..", "org.canbao." + module + ".application..", "org.canbao." + module + ".infrastructure..")
        .check(classes);
  }

  @Test
  void kernelDependsOnNoBusinessModule() {
    noClasses().that().resideInAPackage("org.canbao.kernel..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.canbao.enrollment..", "org.canbao.subsidies..", "org.canbao.supervision..",
            "org.canbao.incentives..", "org.canbao.reporting..", "org.canbao.web..")
        .check(classes);
  }

  @Test
  void allowedModuleDependencies() {
    // enrollment asks subsidies.api to price a payment; subsidies learns of enrollments through events
    noClasses().that().resideInAPackage("org.canbao.enrollment..")
        .should().dependOnClassesThat().resideInAnyPackage("org.canbao.supervision..", "org.canbao.incentives..", "org.canbao.reporting..", "org.canbao.web..")
        .check(classes);
    noClasses().that().resideInAPackage("org.canbao.subsidies..")
        .should().dependOnClassesThat().resideInAnyPackage("org.canbao.supervision..", "org.canbao.incentives..", "org.canbao.reporting..", "org.canbao.web..")
        .check(classes);
    noClasses().that().resideInAPackage("org.canbao.supervision..")
        .should().dependOnClassesThat().resideInAnyPackage("org.canbao.subsidies..", "org.canbao.incentives..", "org.canbao.reporting..", "org.canbao.web..")
        .check(classes);
    noClasses().that().resideInAPackage("org.canbao.incentives..")
        .should().dependOnClassesThat().resideInAnyPackage("org.canbao.subsidies..", "org.canbao.supervision..", "org.canbao.reporting..", "org.canbao.web..")
        .check(classes);
    noClasses().that().resideInAPackage("org.canbao.reporting..")
        .should().dependOnClassesThat().resideInAnyPackage("org.canbao.web..")
        .check(classes);
  }

  @Test
  void domainDependsOnNeitherInfrastructureNorWeb() {
    noClasses().that().resideInAPackage("org.canbao.*.domain..")
        .should().dependOnClassesThat().resideInAnyPackage("org.canbao.*.infrastructure..", "org.canbao.*.application..", "org.canbao.web..", "jakarta.faces..", "jakarta.ws.rs..")
        .check(classes);
  }

  @Test
  void webNeverTouchesTheEntityManager() {
    noClasses().that().resideInAPackage("org.canbao.web..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
        .because("backing beans call module facades, which return DTOs")
        .check(classes);
  }

  /**
   * Reporting (settlement, publicity) reads enrollment and subsidies only through their APIs and the
   * views they publish in their own migrations (enrollment V12); its SQL lives in its infrastructure,
   * where ReportingSqlTest (reporting module) checks that it names no other relation of theirs.
   */
  @Test
  void reportingReadsOtherModulesOnlyThroughTheirApisAndViews() {
    List<String> internals = new java.util.ArrayList<>();
    for (String m : List.of("enrollment", "subsidies", "supervision", "incentives", "kernel")) {
      internals.addAll(List.of("org.canbao." + m + ".domain..", "org.canbao." + m + ".application..", "org.canbao." + m + ".infrastructure.."));
    }
    noClasses().that().resideInAPackage("org.canbao.reporting..")
        .should().dependOnClassesThat().resideInAnyPackage(internals.toArray(String[]::new))
        .because("reporting reads through the owning modules' APIs and published views, never their tables or classes")
        .check(classes);
    noClasses().that().resideInAPackage("org.canbao.reporting..").and().resideOutsideOfPackage("org.canbao.reporting.infrastructure..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
        .because("reporting's SQL is kept in its infrastructure, where ReportingSqlTest checks the relations it names")
        .check(classes);
  }

  /**
   * Where reporting reads with SQL (issue 12), it names only the views the owning module publishes
   * ({@code enrollment.v_...} in enrollment's V11–V13), never a table of another schema.
   */
  @Test
  void reportingSqlNamesOnlyPublishedViewsOfOtherModules() throws java.io.IOException {
    java.nio.file.Path sources = java.nio.file.Path.of("../reporting/src/main/java");
    org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.isDirectory(sources), "reporting sources at " + sources.toAbsolutePath());
    java.util.regex.Pattern foreign = java.util.regex.Pattern.compile("\\b(enrollment|subsidies|supervision|incentives)\\.([a-z_]+)\\b");
    List<String> offending = new java.util.ArrayList<>();
    int views = 0;
    try (var files = java.nio.file.Files.walk(sources)) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String line : java.nio.file.Files.readAllLines(f)) {
          if (line.strip().startsWith("import ") || line.strip().startsWith("package ") || line.strip().startsWith("*") || line.strip().startsWith("//")) {
            continue;
          }
          for (String literal : line.split("\"")) {
            var m = foreign.matcher(literal);
            while (m.find()) {
              if (m.group(2).startsWith("v_")) {
                views++;
              } else if (!m.group(2).equals("api") && line.contains("\"")) {
                offending.add(f.getFileName() + ": " + line.strip());
              }
            }
          }
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(offending.isEmpty(), "reporting SQL names another module's table: " + offending);
    org.junit.jupiter.api.Assertions.assertTrue(views > 0, "the check found the views reporting reads (it is looking at the right files)");
  }

  /**
   * Incentives reads enrollment only through its api (ProgressFacade, the EnrollmentChanged events); its
   * own native SQL (the read model of today's figures, FiguresStore) names no other module's table:
   * schema-qualified names of other modules must be their published views (v_…), and no table another
   * module's migrations create is named unqualified after from/join/into/update.
   */
  @Test
  void incentivesSqlNamesOnlyPublishedViewsOfOtherModules() throws java.io.IOException {
    java.nio.file.Path sources = java.nio.file.Path.of("../incentives/src/main/java");
    org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.isDirectory(sources), "incentives sources at " + sources.toAbsolutePath());
    java.util.regex.Pattern foreign = java.util.regex.Pattern.compile("\\b(enrollment|subsidies|supervision|reporting|kernel)\\.([a-z_]+)\\b");
    java.util.regex.Pattern own = java.util.regex.Pattern.compile("\\bincentives\\.([a-z_]+)\\b");
    java.util.Set<String> othersTables = new java.util.TreeSet<>();
    java.util.regex.Pattern created = java.util.regex.Pattern.compile("(?i)create table (?:[a-z_]+\\.)?([a-z_]+)");
    for (String module : List.of("enrollment", "subsidies", "supervision", "reporting")) {
      java.nio.file.Path migrations = java.nio.file.Path.of("../" + module + "/src/main/resources/db");
      if (!java.nio.file.Files.isDirectory(migrations)) {
        continue;
      }
      try (var files = java.nio.file.Files.walk(migrations)) {
        for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
          var m = created.matcher(java.nio.file.Files.readString(f));
          while (m.find()) {
            othersTables.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(othersTables.contains("enrollment_record") && othersTables.contains("person"),
        "the other modules' tables were read from their migrations: " + othersTables);
    java.util.regex.Pattern unqualified = java.util.regex.Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_]+)\\b(?!\\.)");
    List<String> offending = new java.util.ArrayList<>();
    int ownTables = 0;
    try (var files = java.nio.file.Files.walk(sources)) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = java.nio.file.Files.readString(f);
        if (!text.contains("createNativeQuery")) {
          continue;
        }
        for (String line : text.split("\\n")) {
          String t = line.strip();
          if (t.startsWith("import ") || t.startsWith("package ") || t.startsWith("*") || t.startsWith("//") || !line.contains("\"")) {
            continue;
          }
          String[] parts = line.split("\"");
          for (int i = 1; i < parts.length; i += 2) {
            String literal = parts[i];
            var m = foreign.matcher(literal);
            while (m.find()) {
              if (!m.group(2).startsWith("v_")) {
                offending.add(f.getFileName() + ": " + t);
              }
            }
            var o = own.matcher(literal);
            while (o.find()) {
              ownTables++;
            }
            var u = unqualified.matcher(literal);
            while (u.find()) {
              if (othersTables.contains(u.group(1).toLowerCase(java.util.Locale.ROOT))) {
                offending.add(f.getFileName() + ": " + t);
              }
            }
          }
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(offending.isEmpty(), "incentives SQL names another module's table: " + offending);
    org.junit.jupiter.api.Assertions.assertTrue(ownTables > 0, "the check found incentives' own native SQL (it is looking at the right files)");
  }
}
