package org.canbao.subsidies.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.canbao.kernel.api.AuditVocabulary;
import org.canbao.subsidies.domain.IdentityCategory;

/** Audit names of the policy's entities; identity categories by name wherever a code is stored. */
@ApplicationScoped
public class SubsidiesAuditVocabulary implements AuditVocabulary {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Override
  public Map<String, String> entities() {
    return Map.of("IdentityCategory", "身份类别", "PolicyVersion", "年度政策");
  }

  @Override
  public Map<String, String> fields() {
    return Map.of(
        "certifyingDepartment",
        "认定部门",
        "group",
        "分组",
        "regionCode",
        "区域代码",
        "versionNo",
        "版本",
        "centralisedFrom",
        "集中参保期起",
        "centralisedTo",
        "集中参保期止",
        "lastPaymentDate",
        "最后缴费日期",
        "fiscalCutoff",
        "财政补助截止",
        "fiscalSubsidyPerPerson",
        "人均财政补助",
        "content",
        "政策内容");
  }

  @Override
  public String value(String field, Object value) {
    if (!"categoryCode".equals(field) || value == null) {
      return null;
    }
    return em.createQuery(
            "select c from IdentityCategory c where c.code = :c", IdentityCategory.class)
        .setParameter("c", value.toString())
        .getResultStream()
        .findFirst()
        .map(c -> c.name() + "（" + value + "）")
        .orElse(null);
  }
}
