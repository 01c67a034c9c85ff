package org.canbao.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.canbao.kernel.api.AuditVocabulary;
import org.canbao.kernel.domain.Region;
import org.canbao.kernel.domain.RegionRepository;

/**
 * Puts audited entity states into words for the audit screen: entity and field names in Chinese
 * (the modules' {@link AuditVocabulary} and a common one), enum values by their labels, region ids
 * by the region's name, and for a change the fields that changed with their old and new values.
 */
@ApplicationScoped
public class AuditWording {
  /** Field names common to several modules' entities. */
  static final Map<String, String> COMMON_FIELDS =
      Map.ofEntries(
          Map.entry("name", "名称"),
          Map.entry("code", "代码"),
          Map.entry("status", "状态"),
          Map.entry("level", "级别"),
          Map.entry("validFrom", "有效期起"),
          Map.entry("validTo", "有效期止"),
          Map.entry("year", "年度"),
          Map.entry("regionId", "区域"),
          Map.entry("villageId", "村(社区)"),
          Map.entry("areaId", "区域"),
          Map.entry("note", "说明"),
          Map.entry("enabled", "启用"),
          Map.entry("organisation", "单位"),
          Map.entry("displayName", "姓名"),
          Map.entry("username", "用户名"),
          Map.entry("passwordChangedAt", "密码修改时间"),
          Map.entry("demo", "演示账号"),
          Map.entry("categoryCode", "身份类别"),
          Map.entry("department", "认定部门"),
          Map.entry("batchId", "导入批次"),
          Map.entry("description", "描述"),
          Map.entry("deadline", "期限"),
          Map.entry("evidence", "佐证"),
          Map.entry("path", "层级路径"),
          Map.entry("sortOrder", "排序"),
          Map.entry("active", "启用"));

  /** Region ids are shown with the region's name. */
  private static final List<String> REGION_FIELDS =
      List.of("regionId", "villageId", "areaId", "scopeId");

  @Inject Instance<AuditVocabulary> vocabularies;
  @Inject RegionRepository regions;

  public String entity(String simpleName) {
    for (AuditVocabulary v : vocabularies) {
      String label = v.entities().get(simpleName);
      if (label != null) {
        return label;
      }
    }
    return simpleName;
  }

  /** The entity's audited fields in words, in declaration order. */
  public Map<String, String> state(Object entity) {
    Map<String, String> out = new LinkedHashMap<>();
    if (entity == null) {
      return out;
    }
    for (Field f : entity.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())
          || "passwordHash".equals(f.getName())
          || "version".equals(f.getName())) {
        continue;
      }
      try {
        f.setAccessible(true);
        Object v = f.get(entity);
        if (v instanceof Collection<?>
            || (v != null && v.getClass().isAnnotationPresent(Entity.class))) {
          continue;
        }
        out.put(field(f.getName()), value(f.getName(), v));
      } catch (ReflectiveOperationException | RuntimeException ignored) {
        // a field the auditor cannot read is left out of the description
      }
    }
    return out;
  }

  /**
   * "字段：旧 → 新" for each field that differs; empty when nothing differs or there is no earlier
   * state.
   */
  public List<String> differences(Map<String, String> before, Map<String, String> after) {
    List<String> lines = new ArrayList<>();
    if (before == null) {
      return lines;
    }
    after.forEach(
        (k, v) -> {
          String old = before.get(k);
          if (!Objects.equals(old, v)) {
            lines.add(k + "：" + blank(old) + " → " + blank(v));
          }
        });
    return lines;
  }

  public static String join(Map<String, String> state) {
    List<String> parts = new ArrayList<>();
    state.forEach((k, v) -> parts.add(k + "=" + v));
    return String.join("，", parts);
  }

  String field(String name) {
    for (AuditVocabulary v : vocabularies) {
      String label = v.fields().get(name);
      if (label != null) {
        return label;
      }
    }
    return COMMON_FIELDS.getOrDefault(name, name);
  }

  String value(String field, Object v) {
    if (v == null) {
      return "";
    }
    for (AuditVocabulary voc : vocabularies) {
      String words = voc.value(field, v);
      if (words != null) {
        return words;
      }
    }
    if (REGION_FIELDS.contains(field) && v instanceof Number n) {
      return regions
          .find(n.longValue())
          .map(Region::currentName)
          .map(name -> name + "（#" + n + "）")
          .orElse(String.valueOf(n));
    }
    if (v instanceof Enum<?> e) {
      try {
        return String.valueOf(e.getClass().getMethod("label").invoke(e));
      } catch (ReflectiveOperationException ignored) {
        return e.name();
      }
    }
    if (v instanceof Boolean b) {
      return b ? "是" : "否";
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return String.valueOf(v);
  }

  private static String blank(String v) {
    return v == null || v.isEmpty() ? "（空）" : v;
  }
}
