package org.canbao.kernel.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.canbao.kernel.api.AuditVocabulary;

/** Audit names of the kernel's entities. */
@ApplicationScoped
public class KernelAuditVocabulary implements AuditVocabulary {
  @Override
  public Map<String, String> entities() {
    return Map.of("AppUser", "用户", "Region", "区域", "RegionName", "区域名称");
  }

  @Override
  public Map<String, String> fields() {
    return Map.of("roles", "角色", "parent", "上级区域");
  }
}
