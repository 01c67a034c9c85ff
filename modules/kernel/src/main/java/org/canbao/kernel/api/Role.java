package org.canbao.kernel.api;

/** The roles of Canbao's users (DOMAIN.md §1). The enum name is the Jakarta Security role name. */
public enum Role {
  SYSTEM_ADMIN("系统管理员"),
  DISTRICT_ADMIN("区县医保局管理员"),
  SUPERVISOR("督导组成员"),
  TOWNSHIP_OFFICER("乡镇(街道)社保所"),
  VILLAGE_OFFICER("村(居)专干"),
  DEPARTMENT_PROVIDER("部门名单报送"),
  MEDICAL_INSTITUTION("定点医疗机构"),
  LEADER("领导(只读)");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
