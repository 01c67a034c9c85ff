package org.canbao.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.canbao.kernel.api.AuditVocabulary;

/** Audit names of the kernel's entities. */
@ApplicationScoped
public class KernelAuditVocabulary implements AuditVocabulary {
  @Override
  public Map<String, String> entities() {
    return Map.of("AppUser", "用户", "Region", "区域", "RegionName", "区域名称", "ClosedYear", "年度锁定");
  }

  @Override
  public Map<String, String> fields() {
    return Map.of(
        "roles",
        "角色",
        "parent",
        "上级区域",
        "year",
        "参保年度",
        "closedBy",
        "锁定人",
        "closedAt",
        "锁定时间",
        "reopenedBy",
        "解除人",
        "reopenedAt",
        "解除时间",
        "reopenReason",
        "解除原因");
  }
}
