package org.canbao.subsidies.api;

import java.util.List;
import java.util.Optional;

/**
 * Identity categories are reference data: an administrator adds one (name, certifying department,
 * group) and it is usable at once, in name lists and identities, without a code change.
 */
public interface CategoryFacade {
  List<CategoryView> list(boolean includeInactive);

  /** By code (e.g. {@code DIBAO}) or by name as departments write it (e.g. 低保对象). */
  Optional<CategoryView> find(String codeOrName);

  CategoryView create(CategoryDraft draft);

  CategoryView update(long id, CategoryDraft draft);
}
