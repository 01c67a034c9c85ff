package org.canbao.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.canbao.kernel.api.AreaNarrowing;
import org.canbao.kernel.api.Role;

/**
 * A supervision group member who holds no broader role sees the people of their groups' areas only
 * (the areas assigned to their groups today), not the whole township or district: DOMAIN.md §1,
 * "sees the progress of the townships/villages assigned to the group".
 */
@ApplicationScoped
public class GroupAreas implements AreaNarrowing {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Override
  public List<String> narrowedAreas(String username, Set<Role> roles, String regionPath) {
    boolean memberOnly =
        roles.contains(Role.SUPERVISOR)
            && roles.stream()
                .noneMatch(
                    r ->
                        r != Role.SUPERVISOR
                            && r != Role.MEDICAL_INSTITUTION
                            && r != Role.DEPARTMENT_PROVIDER);
    if (!memberOnly) {
      return null;
    }
    LocalDate today = LocalDate.now(CHINA);
    return em.createQuery(
            "select distinct a.areaPath from AreaAssignment a where a.validFrom <= :d and (a.validTo is null or a.validTo >= :d)"
                + " and a.groupId in (select g.id from SupervisionGroup g join g.members m where m.username = :me)",
            String.class)
        .setParameter("d", today)
        .setParameter("me", username)
        .getResultList();
  }
}
