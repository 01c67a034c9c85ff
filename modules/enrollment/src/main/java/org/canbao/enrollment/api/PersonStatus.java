package org.canbao.enrollment.api;

import org.canbao.kernel.api.BusinessException;

/** Why a registered person may no longer be expected to enrol here (Fuling notice §3). */
public enum PersonStatus {
  NORMAL("正常"),
  DECEASED("死亡"),
  MOVED_OUT("户口迁出"),
  MISSING("失踪"),
  MILITARY("服兵役"),
  MARRIED_OUT("婚嫁外出");

  private final String label;

  PersonStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static PersonStatus parse(String text) {
    if (text == null || text.isBlank()) {
      return NORMAL;
    }
    for (PersonStatus s : values()) {
      if (s.name().equalsIgnoreCase(text.strip()) || s.label.equals(text.strip())) {
        return s;
      }
    }
    return switch (text.strip()) {
      case "迁出" -> MOVED_OUT;
      case "参军", "服役" -> MILITARY;
      case "婚嫁", "外嫁" -> MARRIED_OUT;
      case "注销" -> DECEASED;
      default -> throw new BusinessException("status", "无法识别的人员状态：" + text);
    };
  }
}
