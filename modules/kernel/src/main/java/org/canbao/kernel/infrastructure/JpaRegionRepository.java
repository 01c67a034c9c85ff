package org.canbao.kernel.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.domain.Region;
import org.canbao.kernel.domain.RegionRepository;

/** Regions in the database. Queries that take a path pattern stay inside a caller's area. */
@ApplicationScoped
public class JpaRegionRepository implements RegionRepository {
  private static final int IN_CHUNK = 1000;

  @PersistenceContext(unitName = "canbao")
  private EntityManager em;

  @Override
  public Optional<Region> find(long id) {
    return Optional.ofNullable(em.find(Region.class, id));
  }

  @Override
  public Optional<Region> byCode(String code) {
    return em.createQuery("select r from Region r where r.code = :code", Region.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Region> withCodes(Collection<String> codes) {
    List<Region> out = new ArrayList<>();
    for (List<String> chunk : chunks(codes)) {
      out.addAll(
          em.createQuery(
                  "select distinct r from Region r left join fetch r.parent"
                      + " left join fetch r.names where r.code in :codes",
                  Region.class)
              .setParameter("codes", chunk)
              .getResultList());
    }
    return out;
  }

  @Override
  public Map<Long, List<Region>> childrenOf(Collection<Long> parentIds) {
    Map<Long, List<Region>> out = new HashMap<>();
    parentIds.forEach(id -> out.put(id, new ArrayList<>()));
    for (List<Long> chunk : chunks(parentIds)) {
      em.createQuery(
              "select distinct r from Region r join fetch r.parent"
                  + " left join fetch r.names where r.parent.id in :ids",
              Region.class)
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(r -> out.get(r.parentRegion().orElseThrow().id()).add(r));
    }
    return out;
  }

  /** Lists cut for {@code in} parameters (a database takes only so many bind values). */
  private static <T> List<List<T>> chunks(Collection<T> all) {
    List<T> list = List.copyOf(all);
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i += IN_CHUNK) {
      out.add(list.subList(i, Math.min(list.size(), i + IN_CHUNK)));
    }
    return out;
  }

  /** Every region of these levels (the city and its districts are a few dozen). */
  @Override
  public List<Region> withLevels(List<RegionLevel> levels) {
    return em.createQuery("select r from Region r where r.level in :levels", Region.class)
        .setParameter("levels", levels)
        .getResultList();
  }

  @Override
  public List<Region> children(long parentId) {
    return em.createQuery(
            "select r from Region r where r.parent.id = :p order by r.code nulls last, r.id",
            Region.class)
        .setParameter("p", parentId)
        .getResultList();
  }

  /** Regions under {@code parentId} that bear or bore {@code name}. */
  @Override
  public List<Region> childrenNamed(long parentId, String name) {
    return em.createQuery(
            "select distinct r from Region r join RegionName n on n.region = r"
                + " where r.parent.id = :p and n.name = :name",
            Region.class)
        .setParameter("p", parentId)
        .setParameter("name", name.strip())
        .getResultList();
  }

  @Override
  public List<Region> searchByName(String text, String pathPattern, int limit) {
    return em.createQuery(
            "select distinct r from Region r join RegionName n on n.region = r"
                + " where n.name like :t and r.path like :scope order by r.path",
            Region.class)
        .setParameter("t", "%" + text.strip() + "%")
        .setParameter("scope", pathPattern)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countChildren(long parentId) {
    return em.createQuery("select count(r) from Region r where r.parent.id = :p", Long.class)
        .setParameter("p", parentId)
        .getSingleResult();
  }

  @Override
  public long count(RegionLevel level, String pathPattern, boolean onlyWithoutCode) {
    return em.createQuery(
            "select count(r) from Region r where r.level = :l and r.path like :scope"
                + (onlyWithoutCode ? " and r.code is null" : ""),
            Long.class)
        .setParameter("l", level)
        .setParameter("scope", pathPattern)
        .getSingleResult();
  }

  /** The regions of a level inside a path (a district's villages), ordered by path. */
  @Override
  public List<Region> within(String path, RegionLevel level) {
    return em
        .createQuery(
            "select r from Region r left join fetch r.names where r.path like :p and r.level = :l order by r.path",
            Region.class)
        .setParameter("p", path + "%")
        .setParameter("l", level)
        .getResultList()
        .stream()
        .distinct()
        .toList();
  }

  @Override
  public long countAll() {
    return em.createQuery("select count(r) from Region r", Long.class).getSingleResult();
  }

  /**
   * Persists a new region and gives it its path (which contains its own generated id). The id is an
   * identity column, so the insert happens at once; the path is written at the next flush (a flush
   * here, once per region, made a region import quadratic: each flush checks every managed entity).
   */
  @Override
  public Region add(Region region) {
    em.persist(region);
    if (region.id() == null) {
      em.flush();
    }
    region.fixPath();
    return region;
  }
}
