package org.canbao.enrollment.application;

import java.util.Arrays;
import org.canbao.enrollment.api.ImportKind;
import org.canbao.kernel.api.AccessDeniedException;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.Role;

/**
 * Which lists a caller may upload (DOMAIN.md §1): the role's permission for the list kind ({@link
 * ImportKind#permission()}), and for a department list provider only what its own department
 * certifies — household registers for the police (公安), identity lists of the categories whose
 * certifying department its organisation is (永川区民政局 certifies the categories of 民政局). The upload is
 * refused by it, the check turns other categories into row errors, the screen offers only what it
 * allows.
 */
public final class ImportRights {
  static final String POLICE = "公安";

  private ImportRights() {}

  /**
   * The department a caller uploads for, when it is a department list provider and nothing broader;
   * else null.
   */
  public static String departmentOf(Caller c) {
    boolean departmentOnly =
        c.has(Role.DEPARTMENT_PROVIDER)
            && !c.hasAny(
                Role.SYSTEM_ADMIN,
                Role.DISTRICT_ADMIN,
                Role.TOWNSHIP_OFFICER,
                Role.VILLAGE_OFFICER);
    if (!departmentOnly) {
      return null;
    }
    return c.organisation() == null || c.organisation().isBlank()
        ? "（未填写单位）"
        : c.organisation().strip();
  }

  public static boolean mayUpload(Caller c, ImportKind kind) {
    if (!c.may(kind.permission())) {
      return false;
    }
    String department = departmentOf(c);
    return department == null
        || kind != ImportKind.HOUSEHOLD_REGISTER
        || department.contains(POLICE);
  }

  public static void requireUpload(Caller c, ImportKind kind) {
    if (!mayUpload(c, kind)) {
      String department = departmentOf(c);
      throw new AccessDeniedException(
          department != null && c.may(kind.permission())
              ? "无权报送" + kind.label() + "：" + department + "不是公安户籍部门"
              : "无权执行此操作：您的角色不能" + kind.permission().label());
    }
  }

  /**
   * Whether an organisation certifies a category: one of the category's departments (written like
   * "民政局、市教委") is part of the organisation's name. A caller who is no department provider ({@code
   * department} null) may upload every category.
   */
  public static boolean certifies(String department, String certifyingDepartment) {
    if (department == null) {
      return true;
    }
    if (certifyingDepartment == null) {
      return false;
    }
    return Arrays.stream(certifyingDepartment.split("[、,，/]"))
        .map(String::strip)
        .filter(d -> !d.isEmpty())
        .anyMatch(department::contains);
  }

  /** Refuses a whole-file category the provider's department does not certify. */
  public static void requireCertifies(
      String department, String categoryName, String certifyingDepartment) {
    if (!certifies(department, certifyingDepartment)) {
      throw new BusinessException(
          "category",
          "身份类别“" + categoryName + "”由" + certifyingDepartment + "认定，" + department + "不能报送");
    }
  }
}
