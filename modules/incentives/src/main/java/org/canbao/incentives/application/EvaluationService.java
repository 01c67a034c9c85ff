package org.canbao.incentives.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.canbao.incentives.api.EvaluationFacade;
import org.canbao.incentives.api.EvaluationLine;
import org.canbao.incentives.api.EvaluationStatus;
import org.canbao.incentives.api.EvaluationView;
import org.canbao.incentives.api.ProgressLine;
import org.canbao.incentives.domain.Award;
import org.canbao.incentives.domain.Bands;
import org.canbao.incentives.domain.Bulletin;
import org.canbao.incentives.domain.CampaignSettings;
import org.canbao.incentives.domain.Evaluation;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.ClosedYears;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionLevel;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;

/** Year-end evaluations; see {@link EvaluationFacade}. */
@Stateless
@Requires(Permission.READ_PROGRESS)
public class EvaluationService implements EvaluationFacade {
  private static final String EVALUATION = "年终考核结果";

  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CampaignAreas areas;
  @Inject SettingsStore settings;
  @Inject BulletinSnapshots snapshots;
  @Inject CurrentCaller caller;
  @Inject ClosedYears closedYears;

  @Override
  @Requires(Permission.RUN_EVALUATION)
  public EvaluationView evaluate(int year, long townshipId) {
    RegionRef township = areas.township(townshipId);
    closedYears.requireOpen(township.path(), year, EVALUATION);
    settings.saved(township, year);
    Evaluation latest = latest(year, township.id());
    if (latest != null) {
      if (latest.status() == EvaluationStatus.PUBLISHED
          || latest.status() == EvaluationStatus.SUPERSEDED) {
        throw new BusinessException("status", township.name() + year + "年度考核已公布，只能提出更正");
      }
      latest.requireDraft();
      em.remove(latest);
      em.flush();
    }
    return view(compute(year, township, latest == null ? 1 : latest.versionNo(), null, null), null);
  }

  /**
   * The evaluation from a snapshot of the township's villages as of the cut-off: each village's
   * band by its completion of the target, the subsidy of the band times the basis people, both
   * shares, the score.
   */
  private Evaluation compute(
      int year, RegionRef township, int versionNo, Evaluation replaced, String reason) {
    CampaignSettings s = settings.saved(township, year);
    Bands bands = new Bands(s.bands());
    Bulletin snapshot = snapshots.take(year, township, s.cutoff(), Bulletin.Kind.YEAR_END);
    List<EvaluationLine> lines = new ArrayList<>();
    for (ProgressLine l : snapshot.lines()) {
      if (l.level() != ProgressLine.Level.VILLAGE) {
        continue;
      }
      long basis =
          switch (s.basis()) {
            case INSURED -> l.insured();
            case TARGET -> l.target();
            case REGISTERED -> l.registered();
          };
      Award a = bands.award(l.insured(), l.target(), basis);
      lines.add(
          new EvaluationLine(
              l.areaId(),
              l.areaName(),
              l.registered(),
              l.target(),
              l.insured(),
              Bands.completion(l.insured(), l.target()),
              a.band() == null ? null : a.band().minCompletion(),
              basis,
              a.subsidy(),
              a.townShare(),
              a.villageShare(),
              a.scoreDelta(),
              l.rank(),
              l.lowIncomeRate(),
              l.lowIncomeMet(),
              l.povertyAlleviatedRate(),
              l.povertyMet()));
    }
    Evaluation e =
        new Evaluation(
            township.id(),
            township.path(),
            township.name(),
            year,
            versionNo,
            s.cutoff(),
            s.basis(),
            snapshot.id(),
            lines,
            caller.get().username(),
            Instant.now(),
            replaced,
            reason);
    em.persist(e);
    em.flush();
    return e;
  }

  @Override
  @Requires(Permission.REVIEW_EVALUATION)
  public EvaluationView review(long id) {
    Evaluation e = load(id, true);
    requireOpen(e);
    e.review(caller.get().username(), Instant.now());
    return view(e, null);
  }

  @Override
  @Requires(Permission.CONFIRM_EVALUATION)
  public EvaluationView confirm(long id) {
    Evaluation e = load(id, true);
    requireOpen(e);
    e.confirm(caller.get().username(), Instant.now());
    return view(e, null);
  }

  /** Published: the version it corrects, if any, is superseded now. */
  @Override
  @Requires(Permission.CONFIRM_EVALUATION)
  public EvaluationView publish(long id) {
    Evaluation e = load(id, true);
    requireOpen(e);
    e.publish(caller.get().username(), Instant.now());
    if (e.replacesId() != null) {
      em.find(Evaluation.class, e.replacesId()).supersede();
    }
    return view(e, null);
  }

  @Override
  @Requires(Permission.CONFIRM_EVALUATION)
  public EvaluationView correct(long id, String reason) {
    Evaluation published = load(id, true);
    requireOpen(published);
    if (published.status() != EvaluationStatus.PUBLISHED) {
      throw new BusinessException("status", "只能更正已公布的考核结果；未公布的可重新计算");
    }
    Evaluation newer = latest(published.year(), published.townshipId());
    if (newer.id().longValue() != published.id().longValue()) {
      throw new BusinessException("status", "已有更正版本（第" + newer.versionNo() + "版），请在该版本上继续");
    }
    RegionRef township = areas.township(published.townshipId());
    return view(
        compute(published.year(), township, published.versionNo() + 1, published, reason), null);
  }

  @Override
  public List<EvaluationView> list(int year, long areaId) {
    RegionRef area = areas.areaOrAbove(areaId);
    // a village officer: the evaluations of the township their village belongs to
    String path =
        area.level() == RegionLevel.VILLAGE
            ? area.path().substring(0, area.path().lastIndexOf('/', area.path().length() - 2) + 1)
            : area.path();
    Set<Long> visible = areas.visible(area);
    return em.createQuery(
            "select e from Evaluation e where e.year = :y and e.townshipPath like :p order by e.townshipName, e.versionNo desc",
            Evaluation.class)
        .setParameter("y", year)
        .setParameter("p", path + "%")
        .getResultStream()
        .filter(
            e ->
                areas.showsPeopleOf(e.townshipPath())
                    || caller.get().scope().regionPath().startsWith(e.townshipPath()))
        .filter(e -> !belowTownship(e) || isOut(e))
        .map(e -> view(e, visible))
        .toList();
  }

  @Override
  public EvaluationView get(long id) {
    Evaluation e = load(id, false);
    if (belowTownship(e) && !isOut(e)) {
      throw new NotFoundException("考核结果尚未公布：" + id);
    }
    return view(e, areas.visible(areas.areaOrAbove(e.townshipId())));
  }

  /**
   * The caller works below the evaluated township (a village officer): they see results once
   * published.
   */
  private boolean belowTownship(Evaluation e) {
    String own = caller.get().scope().regionPath();
    return own.startsWith(e.townshipPath()) && !own.equals(e.townshipPath());
  }

  private static boolean isOut(Evaluation e) {
    return e.status() == EvaluationStatus.PUBLISHED || e.status() == EvaluationStatus.SUPERSEDED;
  }

  /** A closed year's (年度锁定) evaluations are kept as published: no step, no correction. */
  private void requireOpen(Evaluation e) {
    closedYears.requireOpen(e.townshipPath(), e.year(), EVALUATION);
  }

  private Evaluation load(long id, boolean forChange) {
    Evaluation e = em.find(Evaluation.class, id);
    if (e == null) {
      throw new NotFoundException("考核结果不存在：" + id);
    }
    if (forChange) {
      areas.township(e.townshipId());
    } else {
      areas.areaOrAbove(e.townshipId());
    }
    return e;
  }

  private Evaluation latest(int year, long townshipId) {
    return em.createQuery(
            "select e from Evaluation e where e.year = :y and e.townshipId = :t order by e.versionNo desc",
            Evaluation.class)
        .setParameter("y", year)
        .setParameter("t", townshipId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * The evaluation as the caller may see it: all villages, or (a village officer) their own
   * village's line and its totals.
   */
  static EvaluationView view(Evaluation e, Set<Long> visible) {
    List<EvaluationLine> lines =
        e.lines().stream().filter(l -> visible == null || visible.contains(l.villageId())).toList();
    BigDecimal subsidy =
        lines.stream().map(EvaluationLine::subsidy).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal town =
        lines.stream().map(EvaluationLine::townShare).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal village =
        lines.stream().map(EvaluationLine::villageShare).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new EvaluationView(
        e.id(),
        e.townshipId(),
        e.townshipName(),
        e.year(),
        e.versionNo(),
        e.status(),
        e.cutoff(),
        e.basis(),
        e.snapshotId(),
        e.reason(),
        e.replacesId(),
        e.createdBy(),
        e.createdAt(),
        e.reviewedBy(),
        e.reviewedAt(),
        e.confirmedBy(),
        e.confirmedAt(),
        e.publishedBy(),
        e.publishedAt(),
        lines,
        subsidy,
        town,
        village);
  }
}
