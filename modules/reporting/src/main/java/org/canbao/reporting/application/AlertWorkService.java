package org.canbao.reporting.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.canbao.kernel.api.AccessDeniedException;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.Caller;
import org.canbao.kernel.api.CurrentCaller;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.kernel.api.Permission;
import org.canbao.kernel.api.RegionDirectory;
import org.canbao.kernel.api.RegionRef;
import org.canbao.kernel.api.Requires;
import org.canbao.reporting.api.AlertDetail;
import org.canbao.reporting.api.AlertLinesFacade;
import org.canbao.reporting.api.AlertState;
import org.canbao.reporting.api.AlertWorkFacade;
import org.canbao.reporting.domain.AlertEvidence;
import org.canbao.reporting.domain.AlertHelpRequest;
import org.canbao.reporting.domain.AlertStep;
import org.canbao.reporting.domain.MedicalAlert;

/**
 * The lifecycle of an alert, inside the caller's area ({@link AlertAccess}): every step changes the
 * audited alert (Envers: who and when), adds a line to its history ({@link AlertStep}) and sets the
 * day the next step is due from the year's days per step.
 */
@Stateless
@Requires(Permission.WORK_MEDICAL_ALERTS)
public class AlertWorkService implements AlertWorkFacade {
  @PersistenceContext(unitName = "canbao")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject RegionDirectory regions;
  @Inject AlertAccess access;
  @Inject AlertDetails details;
  @Inject AlertSettingsStore settings;
  @Inject EvidenceIntake intake;
  @Inject AlertLinesFacade lines;

  @Override
  @Requires(Permission.PUSH_MEDICAL_ALERTS)
  public AlertDetail push(long id, String note) {
    MedicalAlert a = access.visible(id);
    push(a, note, caller.get().username(), Instant.now());
    return details.of(a);
  }

  private void push(MedicalAlert a, String note, String by, Instant at) {
    a.push(by, at, due(a, AlertState.PUSHED));
    step(a, AlertState.NEW, "推送乡镇核实", blank(note), null, by, at);
  }

  @Override
  @Requires(Permission.PUSH_MEDICAL_ALERTS)
  public int pushAll(int year, long areaId) {
    RegionRef area =
        regions.find(areaId).orElseThrow(() -> new NotFoundException("找不到区域" + areaId));
    Caller c = caller.get();
    c.scope().check(area.path());
    List<MedicalAlert> fresh =
        em.createQuery(
                "select a from MedicalAlert a where a.year = :y and a.villagePath like :p"
                    + " and a.state = :s order by a.id",
                MedicalAlert.class)
            .setParameter("y", year)
            .setParameter("p", area.path() + "%")
            .setParameter("s", AlertState.NEW)
            .getResultList();
    Instant now = Instant.now();
    fresh.forEach(a -> push(a, "批量推送", c.username(), now));
    em.flush();
    return fresh.size();
  }

  @Override
  public AlertDetail addEvidence(long id, String fileName, byte[] content) {
    MedicalAlert a = access.visible(id);
    if (EnumSet.of(AlertState.NEW, AlertState.CLOSED).contains(a.state())) {
      throw new BusinessException(
          "state", "预警当前为“" + a.state().label() + "”，不能上传佐证材料（推送乡镇核实后至办结前可上传）");
    }
    long held = details.evidence(id).size();
    em.persist(
        new AlertEvidence(
            id,
            intake.take(a.year(), fileName, content, held),
            caller.get().username(),
            Instant.now()));
    return details.of(a);
  }

  @Override
  public AlertDetail verify(long id, String note) {
    MedicalAlert a = access.visible(id);
    Instant now = Instant.now();
    String by = caller.get().username();
    a.verify(note, details.evidence(id).size(), by, now, due(a, AlertState.VERIFIED));
    step(a, AlertState.PUSHED, "确认核实", a.verifyNote(), null, by, now);
    return details.of(a);
  }

  @Override
  public AlertDetail requestHelp(long id, List<String> departments, String note) {
    MedicalAlert a = access.visible(id);
    Set<String> asked = new LinkedHashSet<>();
    if (departments != null) {
      departments.stream()
          .filter(d -> d != null && !d.isBlank())
          .map(String::strip)
          .forEach(asked::add);
    }
    if (asked.isEmpty()) {
      throw new BusinessException("departments", "请选择申请帮扶的部门（可多选）");
    }
    List<String> known = lines.departments();
    for (String d : asked) {
      if (!known.contains(d)) {
        throw new BusinessException(
            "departments", "未知的部门：" + d + "（可选：" + String.join("、", known) + "）");
      }
    }
    Instant now = Instant.now();
    String by = caller.get().username();
    a.helpRequested(by, now, due(a, AlertState.HELP_REQUESTED));
    String n = blank(note);
    asked.forEach(d -> em.persist(new AlertHelpRequest(id, d, n, by, now)));
    step(a, AlertState.VERIFIED, "申请部门帮扶", n, String.join("、", asked), by, now);
    return details.of(a);
  }

  @Override
  @Requires(Permission.ANSWER_MEDICAL_ALERTS)
  public AlertDetail answer(long id, String department, String note) {
    MedicalAlert a = access.visible(id);
    Caller c = caller.get();
    String own = AlertAccess.departmentOnly(c);
    List<AlertHelpRequest> asked = access.help(List.of(id)).getOrDefault(id, List.of());
    AlertHelpRequest request =
        asked.stream()
            .filter(
                h ->
                    own != null
                        ? h.addressedTo(own)
                        : department != null && h.department().equals(department.strip()))
            .findFirst()
            .orElseThrow(
                () ->
                    own != null
                        ? new AccessDeniedException("该预警未向您的单位申请帮扶")
                        : new BusinessException("department", "请选择作出反馈的部门（该预警已申请帮扶的部门之一）"));
    if (a.state() != AlertState.HELP_REQUESTED) {
      throw new BusinessException("state", "预警当前为“" + a.state().label() + "”，不能反馈帮扶情况");
    }
    Instant now = Instant.now();
    request.answer(note, c.username(), now);
    boolean all = asked.stream().allMatch(AlertHelpRequest::answered);
    a.answered(all, c.username(), now, due(a, AlertState.ANSWERED));
    step(
        a,
        AlertState.HELP_REQUESTED,
        "反馈帮扶情况",
        request.answer(),
        request.department(),
        c.username(),
        now);
    return details.of(a);
  }

  @Override
  public AlertDetail close(long id, String note) {
    MedicalAlert a = access.visible(id);
    String n = MedicalAlert.required(note, "办结说明");
    AlertState from = a.state();
    Instant now = Instant.now();
    String by = caller.get().username();
    a.close(by, now);
    step(a, from, "办结", n, null, by, now);
    return details.of(a);
  }

  /** The day the step after {@code waiting} is due: today + the year's days for it. */
  private LocalDate due(MedicalAlert a, AlertState waiting) {
    return settings
        .inForce(a.villagePath(), a.year())
        .map(s -> AlertAccess.today().plusDays(s.daysFor(waiting)))
        .orElse(null);
  }

  private void step(
      MedicalAlert a,
      AlertState from,
      String act,
      String note,
      String departments,
      String by,
      Instant at) {
    em.persist(new AlertStep(a.id(), from, a.state(), act, note, departments, by, at));
  }

  private static String blank(String note) {
    return note == null || note.isBlank() ? null : note.strip();
  }
}
