package org.canbao.kernel.api;

import java.util.Map;

/**
 * How the audit screen names what a module's audited entities hold: each module contributes one (a
 * CDI bean) for its own entities, so that auditors read "人员：户籍村(社区) 松江社区 → 文昌宫社区", not "[Person]
 * villageId=12". Field names it does not know are looked up in the common vocabulary.
 */
public interface AuditVocabulary {
  /** Chinese names of the module's audited entities, by simple class name ("Person" → "人员"). */
  Map<String, String> entities();

  /** Chinese names of fields particular to the module's entities, by field name. */
  default Map<String, String> fields() {
    return Map.of();
  }

  /**
   * A stored value in words (a category's name for its code), or null when this vocabulary does not
   * know it.
   */
  default String value(String field, Object value) {
    return null;
  }
}
