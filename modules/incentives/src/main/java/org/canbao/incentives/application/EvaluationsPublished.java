package org.canbao.incentives.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.canbao.incentives.api.EvaluationStatus;
import org.canbao.incentives.domain.Evaluation;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.YearCloseCheck;

/**
 * A district closes an insurance year (年度锁定) only after its year-end evaluation is published
 * (DOMAIN.md §9: drafted, reviewed, confirmed, published, kept): every township of the district
 * that has targets for the year or an evaluation of it must have its latest version published — a
 * township still in draft, review or confirmation, or never evaluated, is named.
 */
@ApplicationScoped
public class EvaluationsPublished implements YearCloseCheck {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject RegionDirectory regions;

  @Override
  public String whyNot(RegionRef district, int year) {
    Map<String, Evaluation> latest = new TreeMap<>();
    em.createQuery(
            "select e from Evaluation e where e.year = :y and e.townshipPath like :p"
                + " order by e.versionNo",
            Evaluation.class)
        .setParameter("y", year)
        .setParameter("p", district.path() + "%")
        .getResultStream()
        .forEach(e -> latest.put(e.townshipPath(), e));
    Map<String, String> townships = new TreeMap<>();
    latest.values().forEach(e -> townships.put(e.townshipPath(), e.townshipName()));
    em.createQuery(
            "select distinct t.villagePath from Target t where t.year = :y and t.villagePath like :p",
            String.class)
        .setParameter("y", year)
        .setParameter("p", district.path() + "%")
        .getResultStream()
        .map(EvaluationsPublished::townshipPath)
        .forEach(path -> townships.computeIfAbsent(path, this::name));
    if (townships.isEmpty()) {
      return year + "年度尚无年终考核，须在考核结果公布后锁定";
    }
    List<String> pending = new ArrayList<>();
    townships.forEach(
        (path, name) -> {
          Evaluation e = latest.get(path);
          if (e == null) {
            pending.add(name + "（未考核）");
          } else if (e.status() != EvaluationStatus.PUBLISHED) {
            pending.add(name + "（" + e.status().label() + "）");
          }
        });
    return pending.isEmpty() ? null : "年终考核尚未全部公布：" + String.join("、", pending);
  }

  /** The township a village's path lies in: the path without its last part. */
  static String townshipPath(String villagePath) {
    String trimmed = villagePath.substring(0, villagePath.length() - 1);
    return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
  }

  private String name(String townshipPath) {
    String trimmed = townshipPath.substring(0, townshipPath.length() - 1);
    long id = Long.parseLong(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    return regions.find(id).map(RegionRef::name).orElse(townshipPath);
  }
}
