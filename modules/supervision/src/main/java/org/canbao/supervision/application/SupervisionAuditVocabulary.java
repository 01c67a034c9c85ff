package org.canbao.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.canbao.kernel.api.AuditVocabulary;

/** Audit names of the supervision module's entities and fields. */
@ApplicationScoped
public class SupervisionAuditVocabulary implements AuditVocabulary {
  @Override
  public Map<String, String> entities() {
    return Map.of("SupervisionGroup", "督导组", "AreaAssignment", "分片", "Visit", "督导记录", "Rectification", "整改问题");
  }

  @Override
  public Map<String, String> fields() {
    return Map.of("groupId", "督导组", "scopePath", "范围路径", "membersPresent", "参加人员", "findings", "督导发现",
        "responsible", "责任单位", "closedAt", "销号时间", "closedBy", "销号人", "visitDate", "督导日期");
  }
}
