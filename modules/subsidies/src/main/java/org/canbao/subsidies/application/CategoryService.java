package org.canbao.subsidies.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Inputs;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.Requires;
import org.canbao.subsidies.api.CategoryDraft;
import org.canbao.subsidies.api.CategoryFacade;
import org.canbao.subsidies.api.CategoryView;
import org.canbao.subsidies.domain.IdentityCategory;

/** Identity categories: everyone reads them; administrators maintain them. */
@Stateless
@PermitAll
public class CategoryService implements CategoryFacade {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Override
  public List<CategoryView> list(boolean includeInactive) {
    return em
        .createQuery(
            "select c from IdentityCategory c"
                + (includeInactive ? "" : " where c.active = true")
                + " order by c.sortOrder, c.code",
            IdentityCategory.class)
        .getResultList()
        .stream()
        .map(CategoryService::view)
        .toList();
  }

  @Override
  public Optional<CategoryView> find(String codeOrName) {
    if (codeOrName == null || codeOrName.isBlank()) {
      return Optional.empty();
    }
    String key = codeOrName.strip().replace('（', '(').replace('）', ')');
    return em.createQuery(
            "select c from IdentityCategory c where c.code = :k or c.name = :k",
            IdentityCategory.class)
        .setParameter("k", key)
        .getResultStream()
        .findFirst()
        .map(CategoryService::view);
  }

  @Override
  @Requires(Permission.MANAGE_CATEGORIES)
  public CategoryView create(CategoryDraft d) {
    Inputs.present(d);
    if (find(d.code()).isPresent() || find(d.name()).isPresent()) {
      throw new BusinessException("code", "类别代码或名称已存在");
    }
    IdentityCategory c =
        new IdentityCategory(
            d.code(), d.name(), d.certifyingDepartment(), d.group(), d.sortOrder());
    c.exemptFromWaiting(d.waitingPeriodExemption());
    c.paysAs(d.insuredType());
    em.persist(c);
    return view(c);
  }

  @Override
  @Requires(Permission.MANAGE_CATEGORIES)
  public CategoryView update(long id, CategoryDraft d) {
    Inputs.present(d);
    IdentityCategory c = em.find(IdentityCategory.class, id);
    if (c == null) {
      throw new NotFoundException("身份类别不存在：" + id);
    }
    find(d.name())
        .filter(other -> other.id() != id)
        .ifPresent(
            other -> {
              throw new BusinessException("name", "类别名称已被使用：" + d.name());
            });
    c.describe(d.name(), d.certifyingDepartment(), d.group(), d.active(), d.sortOrder());
    c.exemptFromWaiting(d.waitingPeriodExemption());
    c.paysAs(d.insuredType());
    return view(c);
  }

  static CategoryView view(IdentityCategory c) {
    return new CategoryView(
        c.id(),
        c.code(),
        c.name(),
        c.certifyingDepartment(),
        c.group(),
        c.active(),
        c.sortOrder(),
        c.waitingPeriodExemption(),
        c.insuredType());
  }
}
