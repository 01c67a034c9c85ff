package org.canbao.web.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of docs/architecture.md and ../shared/design/ARCHITECTURE.md, checked on the
 * compiled code.
 *
 * <p>Every rule is built for a root package: {@code org.canbao} for the production classes, and
 * {@code org.canbao.archfixture} for a handful of test classes laid out like modules, each breaking
 * one rule on purpose (see that package). For each rule a {@code …CanFail} test evaluates the very
 * same rule object against the fixtures and asserts that it reports the deliberate violation and
 * not the allowed use next to it — a rule that cannot fail there would not protect the real code
 * either.
 *
 * <p>The rules, all allow-lists (what is not allowed is forbidden, so a new package is caught too):
 *
 * <ol>
 *   <li>a module is entered only through its {@code api} package;
 *   <li>inside a module the layers point one way: {@code application → domain → api}, {@code
 *       application → api}; infrastructure may use (implement) all three; nothing but
 *       infrastructure depends on infrastructure, the domain never on application; every class is
 *       in one of the four;
 *   <li>an {@code api} holds no infrastructure (JDBC, JPA, Hibernate, file-format parsers, drivers,
 *       web);
 *   <li>an {@code api} speaks only its own and the kernel's vocabulary (no other module's api
 *       types);
 *   <li>modules depend on each other only along the allowed edges of ARCHITECTURE.md ({@link
 *       #ALLOWED});
 *   <li>no cycles between modules;
 *   <li>events between modules are records of the firing module's api, observed after commit;
 *   <li>the diagram in docs/architecture.md is the graph of the code (modules and events).
 * </ol>
 */
class ArchitectureTest {
  static final String ROOT = "org.canbao";
  static final String FIXTURES = "org.canbao.archfixture";

  /** The business modules and the kernel, each in the four layers. */
  static final List<String> MODULES =
      List.of("kernel", "enrollment", "subsidies", "supervision", "incentives", "reporting");

  /** What each layer of a module may use of the same module. */
  static final Map<String, Set<String>> LAYERS =
      Map.of(
          "api", Set.of("api"),
          "domain", Set.of("domain", "api"),
          "application", Set.of("application", "domain", "api"),
          "infrastructure", Set.of("infrastructure", "application", "domain", "api"));

  /**
   * The allowed module graph of ARCHITECTURE.md ("every module → kernel; incentives →
   * enrollment.api; reporting → all APIs/views; enrollment asks subsidies.api to price a payment";
   * web calls module APIs). Subsidies does not use enrollment: with enrollment → subsidies that
   * would be a cycle, so news from enrollment would reach subsidies only as an event record in the
   * kernel's api. Supervision uses the kernel only (the web layer joins in incentives' progress).
   */
  static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "kernel", Set.of(),
          "subsidies", Set.of("kernel"),
          "supervision", Set.of("kernel"),
          "enrollment", Set.of("kernel", "subsidies"),
          "incentives", Set.of("kernel", "enrollment"),
          "reporting", Set.of("kernel", "enrollment", "subsidies", "supervision", "incentives"),
          "web",
              Set.of(
                  "kernel", "enrollment", "subsidies", "supervision", "incentives", "reporting"));

  /** Packages of infrastructure no api may use: its contracts are plain Java and our own types. */
  static final String[] INFRASTRUCTURE = {
    "java.sql..",
    "javax.sql..",
    "jakarta.persistence..",
    "org.hibernate..",
    "org.flywaydb..",
    "org.postgresql..",
    "org.h2..",
    "org.apache.poi..",
    "org.apache.commons.csv..",
    "org.xml.sax..",
    "javax.xml..",
    "jakarta.batch..",
    "jakarta.ws.rs..",
    "jakarta.faces..",
    "jakarta.servlet..",
    "org.primefaces.."
  };

  private static JavaClasses classes;
  private static JavaClasses fixtures;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    fixtures = new ClassFileImporter().importPackages(FIXTURES);
  }

  // ------------------------------------------------------------------------------------------------ rules

  /** Rule 1: outside module m, only {@code <root>.m.api..} of m may be used. */
  static ArchRule entersModulesOnlyThroughTheirApi(String root) {
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should(
            eachDependency(
                "use another module only through its api package",
                (d, events) -> {
                  String from = module(root, d.getOriginClass());
                  JavaClass target = target(d);
                  String to = module(root, target);
                  if (to != null && !to.equals(from) && !"api".equals(layer(root, target))) {
                    events.add(
                        SimpleConditionEvent.violated(
                            d,
                            d.getDescription()
                                + " ("
                                + to
                                + " is entered through "
                                + root
                                + "."
                                + to
                                + ".api only)"));
                  }
                }))
        .because("a module's api package is its only public surface");
  }

  /**
   * Rule 2: the layers of a module point one way ({@link #LAYERS}); every class of a module is in a
   * layer.
   */
  static ArchRule layersPointOneWay(String root) {
    return classes()
        .that()
        .resideInAnyPackage(MODULES.stream().map(m -> root + "." + m + "..").toArray(String[]::new))
        .should(
            new ArchCondition<>(
                "be in a layer (api, domain, application, infrastructure) and use only the layers it may") {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                String own = layer(root, c);
                if (!LAYERS.containsKey(own)) {
                  events.add(
                      SimpleConditionEvent.violated(
                          c,
                          c.getName()
                              + " is in no layer of its module (api, domain, application, infrastructure)"));
                  return;
                }
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                  JavaClass target = target(d);
                  if (module(root, c).equals(module(root, target))
                      && !LAYERS.get(own).contains(layer(root, target))) {
                    events.add(
                        SimpleConditionEvent.violated(
                            d,
                            d.getDescription()
                                + " ("
                                + own
                                + " may use "
                                + new TreeSet<>(LAYERS.get(own))
                                + ")"));
                  }
                }
              }
            })
        .because(
            "application and domain define the interfaces infrastructure implements, never the other way round");
  }

  /** Rule 3: no api uses infrastructure technology ({@link #INFRASTRUCTURE}). */
  static ArchRule apisHoldNoInfrastructure(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".*.api..")
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAnyPackage(INFRASTRUCTURE)
                .and(
                    DescribedPredicate.not(
                        JavaClass.Predicates.belongToAnyOf(Connection.class, SQLException.class))))
        .because(
            "an api is a contract other modules compile against; its implementation lives in the module's infrastructure"
                + " (kernel's bulk writers, BulkCopy and BulkAudit, take the caller's JDBC connection: the transaction they write in,"
                + " a JDK interface, not an implementation)");
  }

  /** Rule 4: a module's api uses only its own api and the kernel's. */
  static ArchRule apisSpeakOnlyTheirOwnAndTheKernelsVocabulary(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".*.api..")
        .should(
            eachDependency(
                "use only its own module's api and the kernel's api",
                (d, events) -> {
                  String from = module(root, d.getOriginClass());
                  JavaClass target = target(d);
                  String to = module(root, target);
                  if (to != null && !(to.equals(from) || to.equals("kernel"))) {
                    events.add(
                        SimpleConditionEvent.violated(
                            d,
                            d.getDescription()
                                + " (an api re-exporting another module's types hands that dependency to all its callers; shared vocabulary lives in kernel.api)"));
                  }
                }));
  }

  /** Rule 5: dependencies between modules only along {@link #ALLOWED}. */
  static ArchRule modulesDependOnlyAlongTheAllowedEdges(String root) {
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should(
            eachDependency(
                "depend on other modules only along the allowed edges of ARCHITECTURE.md",
                (d, events) -> {
                  String from = module(root, d.getOriginClass());
                  String to = module(root, target(d));
                  if (to != null
                      && !to.equals(from)
                      && !ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
                    events.add(
                        SimpleConditionEvent.violated(
                            d,
                            d.getDescription()
                                + " ("
                                + from
                                + " may use "
                                + new TreeSet<>(ALLOWED.getOrDefault(from, Set.of()))
                                + ")"));
                  }
                }));
  }

  /** Rule 6: no cycles between modules. */
  static ArchRule modulesAreFreeOfCycles(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }

  /** Rule 7a: an observer of one of our events hears only of committed work. */
  static ArchRule eventsAreObservedAfterCommit(String root) {
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should(
            new ArchCondition<>("observe our events only during = AFTER_SUCCESS") {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                for (JavaMethod m : c.getMethods()) {
                  for (JavaParameter p : m.getParameters()) {
                    if (p.isAnnotatedWith(Observes.class)
                        && module(root, p.getRawType()) != null
                        && p.getAnnotationOfType(Observes.class).during()
                            != TransactionPhase.AFTER_SUCCESS) {
                      events.add(
                          SimpleConditionEvent.violated(
                              m,
                              m.getFullName()
                                  + " observes "
                                  + p.getRawType().getSimpleName()
                                  + " during "
                                  + p.getAnnotationOfType(Observes.class).during()
                                  + ", before the firing transaction is known to commit"));
                    }
                  }
                }
              }
            });
  }

  /** Rule 7b: what a module fires is a record of its own api. */
  static ArchRule firedEventsAreRecordsOfTheFiringModulesApi(String root) {
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should(
            new ArchCondition<>("fire only records of its own module's api") {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                for (JavaField f : c.getFields()) {
                  JavaClass event = firedType(f);
                  if (event != null
                      && module(root, event) != null
                      && !(event.isRecord()
                          && "api".equals(layer(root, event))
                          && module(root, event).equals(module(root, c)))) {
                    events.add(
                        SimpleConditionEvent.violated(
                            f,
                            f.getFullName()
                                + " fires "
                                + event.getName()
                                + ", not a record of "
                                + root
                                + "."
                                + module(root, c)
                                + ".api"));
                  }
                }
              }
            });
  }

  // ------------------------------------------------------------------------------------------------ the production code

  @Test
  void modulesAreEnteredOnlyThroughTheirApi() {
    entersModulesOnlyThroughTheirApi(ROOT).check(classes);
  }

  @Test
  void layersInsideAModulePointOneWay() {
    layersPointOneWay(ROOT).check(classes);
  }

  @Test
  void apisHoldNoInfrastructure() {
    apisHoldNoInfrastructure(ROOT).check(classes);
  }

  @Test
  void apisSpeakOnlyTheirOwnAndTheKernelsVocabulary() {
    apisSpeakOnlyTheirOwnAndTheKernelsVocabulary(ROOT).check(classes);
  }

  @Test
  void modulesDependOnlyAlongTheAllowedEdges() {
    modulesDependOnlyAlongTheAllowedEdges(ROOT).check(classes);
  }

  @Test
  void modulesAreFreeOfCycles() {
    modulesAreFreeOfCycles(ROOT).check(classes);
  }

  @Test
  void eventsAreObservedAfterCommit() {
    eventsAreObservedAfterCommit(ROOT).check(classes);
  }

  @Test
  void firedEventsAreRecordsOfTheFiringModulesApi() {
    firedEventsAreRecordsOfTheFiringModulesApi(ROOT).check(classes);
  }

  @Test
  void domainAndApplicationKnowNoWebTechnology() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".*.domain..", ROOT + ".*.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..")
        .check(classes);
  }

  @Test
  void webNeverTouchesTheEntityManager() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
        .because("backing beans call module facades, which return DTOs")
        .check(classes);
  }

  // ------------------------------------------------------------------------------------------------ each rule can fail

  /**
   * A class of {@code enrollment.internal} used by incentives is caught, though no rule names that
   * package.
   */
  @Test
  void moduleEntryCanFail() {
    assertReports(
        entersModulesOnlyThroughTheirApi(FIXTURES),
        List.of("Ranking", "HiddenRegister"),
        List.of("EnrollmentFacade"));
  }

  /**
   * Domain → application, domain → infrastructure, application → infrastructure; infrastructure
   * implementing a domain port is fine.
   */
  @Test
  void layerDirectionCanFail() {
    EvaluationResult r = layersPointOneWay(FIXTURES).evaluate(fixtures);
    assertReports(r, List.of("PolicyRule", "PolicyService>"), List.of());
    assertReports(r, List.of("PolicyRule", "JpaPolicyStore"), List.of());
    assertReports(r, List.of("subsidies.application.PolicyService", "JpaPolicyStore"), List.of());
    assertReports(
        r, List.of("HiddenRegister is in no layer"), List.of("JpaPolicyStore> implements"));
  }

  /** A kernel api whose contract is JDBC. */
  @Test
  void infrastructureInAnApiCanFail() {
    assertReports(
        apisHoldNoInfrastructure(FIXTURES),
        List.of("RowReader", "org.apache.poi.ss.usermodel.Workbook"),
        List.of());
  }

  /** enrollment.api's view carrying a subsidies.api type. */
  @Test
  void reExportingAnotherModulesTypeCanFail() {
    assertReports(
        apisSpeakOnlyTheirOwnAndTheKernelsVocabulary(FIXTURES),
        List.of("EnrollmentView", "subsidies.api.Tier"),
        List.of("FiguresChanged"));
  }

  /** Supervision using incentives (not an allowed edge); incentives using enrollment's api is. */
  @Test
  void aModuleEdgeOutsideTheGraphCanFail() {
    assertReports(
        modulesDependOnlyAlongTheAllowedEdges(FIXTURES),
        List.of("GroupBoard", "ProgressBoard", "supervision may use [kernel]"),
        List.of("Ranking"));
  }

  /** enrollment.api → subsidies.api and subsidies.application → enrollment.api. */
  @Test
  void aCycleCanFail() {
    assertReports(modulesAreFreeOfCycles(FIXTURES), List.of("enrollment", "subsidies"), List.of());
  }

  /**
   * An observer without {@code during = AFTER_SUCCESS} (the default, IN_PROGRESS, hears of work
   * that may still roll back).
   */
  @Test
  void observingBeforeCommitCanFail() {
    assertReports(
        eventsAreObservedAfterCommit(FIXTURES),
        List.of("Ranking.tooEarly", "IN_PROGRESS"),
        List.of("afterCommit"));
  }

  /** Firing a record nested in the application layer instead of one of the api. */
  @Test
  void firingANonApiEventCanFail() {
    assertReports(
        firedEventsAreRecordsOfTheFiringModulesApi(FIXTURES),
        List.of("Recorder.news", "InternalNews"),
        List.of("Recorder.figures"));
  }

  private static void assertReports(
      ArchRule rule, List<String> violationMentions, List<String> neverMentioned) {
    assertReports(rule.evaluate(fixtures), violationMentions, neverMentioned);
  }

  /**
   * The rule reports a violation whose line mentions all of {@code violationMentions}, and no line
   * mentions any of {@code neverMentioned}.
   */
  private static void assertReports(
      EvaluationResult r, List<String> violationMentions, List<String> neverMentioned) {
    List<String> lines = r.getFailureReport().getDetails();
    assertTrue(r.hasViolation(), "the rule reports nothing on its fixtures");
    assertThat(lines)
        .as("violations")
        .anyMatch(l -> violationMentions.stream().allMatch(l::contains));
    for (String allowed : neverMentioned) {
      assertThat(lines).as("violations").noneMatch(l -> l.contains(allowed));
    }
  }

  // ------------------------------------------------------------------------------------------------ the diagram is the code

  /**
   * The diagram in docs/architecture.md (the block after {@code <!-- module graph: checked by
   * ArchitectureTest -->}) lists exactly the module dependencies the code has ({@code a ──► b c})
   * and exactly the events between modules ({@code a ══► b : Event}: a field {@code Event<Event>}
   * in a, an {@code @Observes Event} parameter in b). A dependency or event added or removed in
   * either place fails.
   */
  @Test
  void theDiagramInTheDocsIsTheGraphOfTheCode() throws IOException {
    Path doc = Path.of("../../docs/architecture.md");
    String text = Files.readString(doc);
    int marker = text.indexOf("<!-- module graph: checked by ArchitectureTest -->");
    assertTrue(marker >= 0, "docs/architecture.md has the module graph block");
    int start = text.indexOf("```", marker);
    String block = text.substring(text.indexOf('\n', start) + 1, text.indexOf("```", start + 3));

    Map<String, Set<String>> drawn = new TreeMap<>();
    Set<String> drawnEvents = new TreeSet<>();
    Pattern dependency = Pattern.compile("^\\s*([a-z]+)\\s*──►\\s*(.*)$");
    Pattern event = Pattern.compile("^\\s*([a-z]+)\\s*══►\\s*([a-z]+)\\s*:\\s*([A-Za-z]+)");
    for (String line : block.split("\n")) {
      Matcher e = event.matcher(line);
      Matcher d = dependency.matcher(line);
      if (e.find()) {
        drawnEvents.add(e.group(1) + " ══► " + e.group(2) + " : " + e.group(3));
      } else if (d.find()) {
        Set<String> to = new TreeSet<>();
        for (String m : d.group(2).replaceAll("\\(.*\\)", " ").trim().split("\\s+")) {
          if (!m.isBlank()) {
            to.add(m.toLowerCase(Locale.ROOT));
          }
        }
        drawn.put(d.group(1), to);
      }
    }
    assertEquals(
        moduleGraph(ROOT, classes),
        drawn,
        "module dependencies: docs/architecture.md (right) against the code (left)");
    assertEquals(
        eventGraph(ROOT, classes),
        drawnEvents,
        "events between modules: docs/architecture.md (right) against the code (left)");
  }

  /**
   * The graphs the diagram is compared with see what the fixtures do: supervision → incentives, the
   * one event.
   */
  @Test
  void theGraphsTheDiagramIsComparedWithCanFail() {
    assertThat(moduleGraph(FIXTURES, fixtures).get("supervision")).containsExactly("incentives");
    assertEquals(
        Set.of("enrollment ══► incentives : FiguresChanged"), eventGraph(FIXTURES, fixtures));
  }

  /** Every module with the modules its classes use. */
  static Map<String, Set<String>> moduleGraph(String root, JavaClasses imported) {
    Map<String, Set<String>> graph = new TreeMap<>();
    for (JavaClass c : imported) {
      String from = module(root, c);
      if (from == null) {
        continue;
      }
      Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String t = module(root, target(d));
        if (t != null && !t.equals(from)) {
          to.add(t);
        }
      }
    }
    return graph;
  }

  /**
   * {@code firing ══► observing : Event} for each event type of ours fired in one module and
   * observed in another.
   */
  static Set<String> eventGraph(String root, JavaClasses imported) {
    Map<String, Set<String>> firedBy = new TreeMap<>();
    Map<String, Set<String>> observedBy = new TreeMap<>();
    for (JavaClass c : imported) {
      for (JavaField f : c.getFields()) {
        JavaClass e = firedType(f);
        if (e != null && module(root, e) != null) {
          firedBy.computeIfAbsent(e.getSimpleName(), k -> new TreeSet<>()).add(module(root, c));
        }
      }
      for (JavaMethod m : c.getMethods()) {
        for (JavaParameter p : m.getParameters()) {
          if (p.isAnnotatedWith(Observes.class) && module(root, p.getRawType()) != null) {
            observedBy
                .computeIfAbsent(p.getRawType().getSimpleName(), k -> new TreeSet<>())
                .add(module(root, c));
          }
        }
      }
    }
    Set<String> edges = new TreeSet<>();
    firedBy.forEach(
        (event, firing) ->
            firing.forEach(
                f ->
                    observedBy.getOrDefault(event, Set.of()).stream()
                        .filter(o -> !o.equals(f))
                        .forEach(o -> edges.add(f + " ══► " + o + " : " + event))));
    return edges;
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private static ArchCondition<JavaClass> eachDependency(
      String description, BiConsumer<Dependency, ConditionEvents> check) {
    return new ArchCondition<>(description) {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          check.accept(d, events);
        }
      }
    };
  }

  /** The class a dependency points to (the element type of an array). */
  private static JavaClass target(Dependency d) {
    JavaClass t = d.getTargetClass();
    return t.isArray() ? t.getBaseComponentType() : t;
  }

  /**
   * The module of a class under {@code root} (the package segment after it), null for any other
   * class.
   */
  static String module(String root, JavaClass c) {
    String p = c.getPackageName();
    if (!p.startsWith(root + ".")) {
      return null;
    }
    String rest = p.substring(root.length() + 1);
    String m = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    return root.equals(ROOT) && m.equals("archfixture") ? null : m;
  }

  /**
   * The layer of a class in a module (the package segment after the module's), "" directly in the
   * module's package.
   */
  static String layer(String root, JavaClass c) {
    String m = module(root, c);
    String p = c.getPackageName();
    String prefix = root + "." + m;
    if (m == null || p.equals(prefix)) {
      return "";
    }
    String rest = p.substring(prefix.length() + 1);
    return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
  }

  /** The event type {@code T} of a field {@code Event<T>}, else null. */
  private static JavaClass firedType(JavaField f) {
    if (!f.getRawType().isEquivalentTo(Event.class)
        || !(f.getType() instanceof JavaParameterizedType t)) {
      return null;
    }
    List<JavaType> args = t.getActualTypeArguments();
    return args.isEmpty() ? null : args.get(0).toErasure();
  }

  // ------------------------------------------------------------------------------------------------ SQL of reporting and incentives

  /**
   * Reporting (settlement, publicity) reads enrollment and subsidies only through their APIs (rule
   * 1) and the views they publish in their own migrations; its SQL lives in its infrastructure,
   * where ReportingSqlTest (reporting module) checks that it names no other relation of theirs.
   */
  @Test
  void reportingKeepsItsSqlInItsInfrastructure() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".reporting..")
        .and()
        .resideOutsideOfPackage(ROOT + ".reporting.infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..")
        .because(
            "reporting's SQL is kept in its infrastructure, where ReportingSqlTest checks the relations it names")
        .check(classes);
  }

  /**
   * Where reporting reads with SQL (issue 12), it names only the views the owning module publishes
   * ({@code enrollment.v_...} in enrollment's V11–V13), never a table of another schema.
   */
  @Test
  void reportingSqlNamesOnlyPublishedViewsOfOtherModules() throws IOException {
    Path sources = Path.of("../reporting/src/main/java");
    assertTrue(Files.isDirectory(sources), "reporting sources at " + sources.toAbsolutePath());
    Pattern foreign =
        Pattern.compile("\\b(enrollment|subsidies|supervision|incentives)\\.([a-z_]+)\\b");
    List<String> offending = new ArrayList<>();
    int views = 0;
    try (var files = Files.walk(sources)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(f)) {
          if (line.strip().startsWith("import ")
              || line.strip().startsWith("package ")
              || line.strip().startsWith("*")
              || line.strip().startsWith("//")) {
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
    assertTrue(offending.isEmpty(), "reporting SQL names another module's table: " + offending);
    assertTrue(
        views > 0, "the check found the views reporting reads (it is looking at the right files)");
  }

  /**
   * Incentives reads enrollment only through its api (ProgressFacade, the EnrollmentChanged
   * events); its own native SQL (the read model of today's figures, JpaFiguresStore) names no other
   * module's table: schema-qualified names of other modules must be their published views (v_…),
   * and no table another module's migrations create is named unqualified after
   * from/join/into/update.
   */
  @Test
  void incentivesSqlNamesOnlyPublishedViewsOfOtherModules() throws IOException {
    Path sources = Path.of("../incentives/src/main/java");
    assertTrue(Files.isDirectory(sources), "incentives sources at " + sources.toAbsolutePath());
    Pattern foreign =
        Pattern.compile("\\b(enrollment|subsidies|supervision|reporting|kernel)\\.([a-z_]+)\\b");
    Pattern own = Pattern.compile("\\bincentives\\.([a-z_]+)\\b");
    Set<String> othersTables = new TreeSet<>();
    Pattern created = Pattern.compile("(?i)create table (?:[a-z_]+\\.)?([a-z_]+)");
    for (String module : List.of("enrollment", "subsidies", "supervision", "reporting")) {
      Path migrations = Path.of("../" + module + "/src/main/resources/db");
      if (!Files.isDirectory(migrations)) {
        continue;
      }
      try (var files = Files.walk(migrations)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
          var m = created.matcher(Files.readString(f));
          while (m.find()) {
            othersTables.add(m.group(1).toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    assertTrue(
        othersTables.contains("enrollment_record") && othersTables.contains("person"),
        "the other modules' tables were read from their migrations: " + othersTables);
    Pattern unqualified =
        Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_]+)\\b(?!\\.)");
    List<String> offending = new ArrayList<>();
    int ownTables = 0;
    try (var files = Files.walk(sources)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(f);
        if (!text.contains("createNativeQuery")) {
          continue;
        }
        for (String line : text.split("\\n")) {
          String t = line.strip();
          if (t.startsWith("import ")
              || t.startsWith("package ")
              || t.startsWith("*")
              || t.startsWith("//")
              || !line.contains("\"")) {
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
              if (othersTables.contains(u.group(1).toLowerCase(Locale.ROOT))) {
                offending.add(f.getFileName() + ": " + t);
              }
            }
          }
        }
      }
    }
    assertTrue(offending.isEmpty(), "incentives SQL names another module's table: " + offending);
    assertTrue(
        ownTables > 0,
        "the check found incentives' own native SQL (it is looking at the right files)");
  }
}
