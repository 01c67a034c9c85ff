package org.canbao.web.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.canbao.kernel.api.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NavigationTest {
  private static Set<String> labels(Role... roles) {
    return Navigation.entries(Set.of(roles)).stream()
        .map(Navigation.Entry::label)
        .collect(Collectors.toSet());
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyRoleHasHomeRegionsAndPassword(Role role) {
    assertThat(labels(role)).contains("首页", "行政区域", "修改密码");
  }

  @Test
  void onlySystemAdministratorsSeeUsersAndAudit() {
    assertThat(labels(Role.SYSTEM_ADMIN)).contains("用户管理", "审计日志", "区域导入");
    for (Role r : Role.values()) {
      if (r != Role.SYSTEM_ADMIN) {
        assertThat(labels(r)).doesNotContain("用户管理", "审计日志");
      }
    }
  }

  @Test
  void regionImportIsForAdministrators() {
    assertThat(labels(Role.DISTRICT_ADMIN)).contains("区域导入");
    assertThat(labels(Role.VILLAGE_OFFICER)).doesNotContain("区域导入");
    assertThat(labels(Role.LEADER)).doesNotContain("区域导入");
  }

  @Test
  void theLedgerIsForOfficersAdministratorsAndLeadersNotHospitalsOrDepartments() {
    for (Role r :
        new Role[] {
          Role.SYSTEM_ADMIN,
          Role.DISTRICT_ADMIN,
          Role.TOWNSHIP_OFFICER,
          Role.VILLAGE_OFFICER,
          Role.LEADER
        }) {
      assertThat(labels(r)).contains("未参保台账", "职工医保跟踪台账", "大学生参保跟踪台账");
    }
    for (Role r :
        new Role[] {Role.MEDICAL_INSTITUTION, Role.DEPARTMENT_PROVIDER, Role.SUPERVISOR}) {
      assertThat(labels(r)).doesNotContain("未参保台账", "职工医保跟踪台账", "大学生参保跟踪台账");
    }
  }
}
