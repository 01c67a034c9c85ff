package org.canbao.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.canbao.kernel.api.BusinessException;
import org.canbao.kernel.api.EvidenceFile;
import org.canbao.kernel.api.NotFoundException;
import org.canbao.reporting.api.AlertCounts;
import org.canbao.reporting.api.AlertDetail;
import org.canbao.reporting.api.AlertGroup;
import org.canbao.reporting.api.AlertLinesData;
import org.canbao.reporting.api.AlertLinesFacade;
import org.canbao.reporting.api.AlertQuery;
import org.canbao.reporting.api.AlertRunView;
import org.canbao.reporting.api.AlertState;
import org.canbao.reporting.api.AlertView;
import org.canbao.reporting.api.AlertWorkFacade;
import org.canbao.reporting.api.MedicalAlertFacade;

/**
 * Return-to-poverty monitoring (防止因病返贫监测预警): the yearly alert lines, the alerts of the caller's
 * area and their lifecycle. Years are monitoring (cost) years; areas region ids. Permission is
 * checked by the facades before anything about the request's content.
 */
@Path("medical-alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class MedicalAlertResource {
  /** Evidence arrives as the raw body; read at most this much plus one byte. */
  private static final int READ_LIMIT = 64 * 1024 * 1024;

  @Inject AlertLinesFacade lines;
  @Inject MedicalAlertFacade alerts;
  @Inject AlertWorkFacade work;

  /** A note with a step (push, verify, close). */
  public record AlertNote(String note) {}

  /** Help asked of departments. */
  public record HelpRequest(List<String> departments, String note) {}

  /** A department's answer; {@code department} for a system administrator answering for one. */
  public record HelpAnswer(String department, String note) {}

  @GET
  @Path("lines")
  public AlertLinesData lines(@QueryParam("year") int year, @QueryParam("areaId") long areaId) {
    return lines.lines(year, areaId);
  }

  @PUT
  @Path("lines")
  public AlertLinesData saveLines(AlertLinesData data) {
    return lines.saveLines(data);
  }

  @GET
  @Path("departments")
  public List<String> departments() {
    return lines.departments();
  }

  @GET
  public List<AlertView> list(
      @QueryParam("year") int year,
      @QueryParam("areaId") Long areaId,
      @QueryParam("state") AlertState state,
      @QueryParam("group") AlertGroup group,
      @QueryParam("overdue") boolean overdue,
      @QueryParam("text") String text,
      @QueryParam("first") int first) {
    if (first < 0) {
      throw new BusinessException("first", "first 不能为负数");
    }
    return alerts.list(new AlertQuery(year, areaId, state, group, overdue, text), first, 100);
  }

  @GET
  @Path("counts")
  public AlertCounts counts(@QueryParam("year") int year, @QueryParam("areaId") long areaId) {
    return alerts.counts(year, areaId);
  }

  /** The latest computation of the area's alerts of the year (404 when none ran yet). */
  @GET
  @Path("runs/latest")
  public AlertRunView lastRun(@QueryParam("year") int year, @QueryParam("areaId") long areaId) {
    return alerts
        .lastRun(year, areaId)
        .orElseThrow(() -> new NotFoundException(year + "年度尚未计算过预警"));
  }

  /** Computes the area's alerts of the year again with the lines in force now. */
  @POST
  @Path("compute")
  @Consumes(MediaType.WILDCARD)
  public AlertRunView compute(@QueryParam("year") int year, @QueryParam("areaId") long areaId) {
    return alerts.compute(year, areaId);
  }

  /** Pushes every new alert of the area and year to its township; how many. */
  @POST
  @Path("push-all")
  @Consumes(MediaType.WILDCARD)
  public int pushAll(@QueryParam("year") int year, @QueryParam("areaId") long areaId) {
    return work.pushAll(year, areaId);
  }

  @GET
  @Path("{id}")
  public AlertDetail get(@PathParam("id") long id) {
    return alerts.get(id);
  }

  @POST
  @Path("{id}/push")
  public AlertDetail push(@PathParam("id") long id, AlertNote n) {
    return work.push(id, n == null ? null : n.note());
  }

  /** Adds an evidence file of the verification (the raw body; PDF, JPEG or PNG by content). */
  @POST
  @Path("{id}/evidence")
  @Consumes(MediaType.WILDCARD)
  public AlertDetail addEvidence(
      @PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream content)
      throws IOException {
    byte[] bytes = content == null ? new byte[0] : content.readNBytes(READ_LIMIT + 1);
    return work.addEvidence(id, fileName, bytes);
  }

  @POST
  @Path("{id}/verify")
  public AlertDetail verify(@PathParam("id") long id, AlertNote n) {
    return work.verify(id, n == null ? null : n.note());
  }

  @POST
  @Path("{id}/help")
  public AlertDetail requestHelp(@PathParam("id") long id, HelpRequest h) {
    return h == null
        ? work.requestHelp(id, null, null)
        : work.requestHelp(id, h.departments(), h.note());
  }

  @POST
  @Path("{id}/answer")
  public AlertDetail answer(@PathParam("id") long id, HelpAnswer a) {
    return a == null ? work.answer(id, null, null) : work.answer(id, a.department(), a.note());
  }

  @POST
  @Path("{id}/close")
  public AlertDetail close(@PathParam("id") long id, AlertNote n) {
    return work.close(id, n == null ? null : n.note());
  }

  @GET
  @Path("evidence/{id}")
  @Produces(MediaType.WILDCARD)
  public Response evidence(@PathParam("id") long id) {
    EvidenceFile f = alerts.evidence(id);
    return EvidenceDownload.of(f);
  }
}
