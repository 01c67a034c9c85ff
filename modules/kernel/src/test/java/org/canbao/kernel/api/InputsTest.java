package org.canbao.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kernel's input records keep their constraints, refused in Chinese naming the field, whatever
 * the JVM's locale.
 */
class InputsTest {
  private Locale before;

  @BeforeEach
  void englishMachine() {
    before = Locale.getDefault();
    Locale.setDefault(Locale.US);
  }

  @AfterEach
  void restore() {
    Locale.setDefault(before);
  }

  private static RegionDraft region(String name) {
    return new RegionDraft(1L, "500118001001", name, RegionLevel.VILLAGE, null, null);
  }

  private static UserDraft user(String displayName, String organisation) {
    return new UserDraft(
        "zhangsan", displayName, Set.of(Role.VILLAGE_OFFICER), 1, organisation, true, null);
  }

  @Test
  void aRegionDraftWithinItsLimitsPasses() {
    assertThat(Inputs.check(region("茅园村"))).isEqualTo(region("茅园村"));
    assertThat(Inputs.violations(region("村".repeat(RegionDraft.NAME_MAX)))).isEmpty();
  }

  @Test
  void aRegionNameTooLongIsRefusedNamingTheField() {
    assertThatThrownBy(() -> Inputs.check(region("村".repeat(RegionDraft.NAME_MAX + 1))))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.field()).isEqualTo("name");
              assertThat(e.getMessage()).isEqualTo("区域名称过长（最多60字）");
            });
  }

  @Test
  void aUserDraftWithinItsLimitsPasses() {
    assertThat(Inputs.violations(user("张三", "松溉镇社保所"))).isEmpty();
  }

  @Test
  void everyBrokenFieldIsToldTheFirstDeclaredIsNamed() {
    assertThatThrownBy(() -> Inputs.check(user("张".repeat(61), "单".repeat(101))))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.field()).isEqualTo("displayName");
              assertThat(e.getMessage()).isEqualTo("姓名不能超过60个字；单位不能超过100个字");
            });
  }

  @Test
  void noInputAtAllIsRefused() {
    assertThatThrownBy(() -> Inputs.check(null))
        .isInstanceOf(BusinessException.class)
        .hasMessage("请求内容不能为空");
  }

  /** A facade of the kind the permission interceptor checks: a draft and a plain parameter. */
  interface Renaming {
    void rename(RegionDraft draft, @MaxLength(value = 200, message = "备注不能超过200字") String note);
  }

  static final class RenamingService implements Renaming {
    @Override
    public void rename(RegionDraft draft, String note) {}
  }

  private static void call(RegionDraft draft, String note) throws NoSuchMethodException {
    RenamingService target = new RenamingService();
    Inputs.checkArguments(
        target,
        RenamingService.class.getMethod("rename", RegionDraft.class, String.class),
        new Object[] {draft, note});
  }

  @Test
  void aFacadeCallKeepsItsParametersConstraintsDeclaredInTheInterface() throws Exception {
    call(region("茅园村"), "备".repeat(200));
    assertThatThrownBy(() -> call(region("茅园村"), "备".repeat(201)))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.field()).isEqualTo("note");
              assertThat(e.getMessage()).isEqualTo("备注不能超过200字");
            });
  }

  @Test
  void aFacadeCallKeepsTheConstraintsOfTheDraftItIsSent() {
    assertThatThrownBy(() -> call(region("村".repeat(RegionDraft.NAME_MAX + 1)), null))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.field()).isEqualTo("name"));
  }

  @Test
  void aMissingDraftIsLeftToTheFacadeWhichRefusesIt() throws Exception {
    call(null, null);
    assertThatThrownBy(() -> Inputs.present(null)).hasMessage("请求内容不能为空");
  }

  /** A draft holding other drafts (a policy's rules). */
  record Plan(String name, java.util.List<RegionDraft> regions) {}

  interface Planning {
    void plan(Plan plan);
  }

  @Test
  void theRecordsADraftHoldsKeepTheirConstraintsToo() throws Exception {
    Planning target = p -> {};
    Plan plan = new Plan("规划", java.util.List.of(region("茅园村"), region("村".repeat(61))));
    assertThatThrownBy(
            () ->
                Inputs.checkArguments(
                    target, Planning.class.getMethod("plan", Plan.class), new Object[] {plan}))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.field()).isEqualTo("name"));
  }
}
