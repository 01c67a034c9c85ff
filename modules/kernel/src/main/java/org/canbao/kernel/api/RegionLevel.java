package org.canbao.kernel.api;

/** The levels of the administrative hierarchy the campaign works in, with their code lengths. */
public enum RegionLevel {
  CITY("市", 6),
  DISTRICT("区县", 6),
  TOWNSHIP("乡镇(街道)", 9),
  VILLAGE("村(社区)", 12);

  private final String label;
  private final int codeLength;

  RegionLevel(String label, int codeLength) {
    this.label = label;
    this.codeLength = codeLength;
  }

  public String label() {
    return label;
  }

  public int codeLength() {
    return codeLength;
  }

  /** The level a child of this level has; a village has none. */
  public RegionLevel childLevel() {
    return switch (this) {
      case CITY -> DISTRICT;
      case DISTRICT -> TOWNSHIP;
      case TOWNSHIP -> VILLAGE;
      case VILLAGE -> throw new BusinessException("level", "村(社区)下不能再设下级区域");
    };
  }

  public static RegionLevel parse(String text) {
    String t = text == null ? "" : text.strip();
    for (RegionLevel l : values()) {
      if (l.name().equalsIgnoreCase(t) || l.label.equals(t)) {
        return l;
      }
    }
    return switch (t) {
      case "区", "县", "区/县" -> DISTRICT;
      case "乡镇", "街道", "乡", "镇" -> TOWNSHIP;
      case "村", "社区", "居委会", "村委会" -> VILLAGE;
      default -> throw new BusinessException("level", "无法识别的区域级别：" + t);
    };
  }
}
