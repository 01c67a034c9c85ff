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
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.canbao.incentives.api.BulletinFacade;
import org.canbao.incentives.api.BulletinView;
import org.canbao.incentives.api.CampaignFacade;
import org.canbao.incentives.api.CampaignSettingsData;
import org.canbao.incentives.api.EvaluationFacade;
import org.canbao.incentives.api.EvaluationView;
import org.canbao.incentives.api.ProgressBoard;
import org.canbao.incentives.api.ProgressLine;
import org.canbao.incentives.api.ProgressPoint;
import org.canbao.incentives.api.QuarterScore;
import org.canbao.incentives.api.TargetView;
import org.canbao.incentives.api.VillageStanding;
import org.canbao.kernel.api.BusinessException;

/**
 * Targets, progress, bulletins and the year-end evaluation (incentives) for other systems and the
 * district's own tools. Areas are region ids; dates ISO (2022-12-31); years are insurance years.
 */
@Path("incentives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class IncentivesResource {
  @Inject CampaignFacade campaigns;
  @Inject ProgressBoard progress;
  @Inject BulletinFacade bulletins;
  @Inject EvaluationFacade evaluations;

  /** A target as set by hand. */
  public record TargetFigures(long registered, long target) {}

  @GET
  @Path("settings")
  public CampaignSettingsData settings(
      @QueryParam("year") int year, @QueryParam("areaId") long areaId) {
    return campaigns.settings(year, areaId);
  }

  @PUT
  @Path("settings")
  public CampaignSettingsData saveSettings(CampaignSettingsData settings) {
    return campaigns.saveSettings(settings);
  }

  @GET
  @Path("targets")
  public List<TargetView> targets(@QueryParam("year") int year, @QueryParam("areaId") long areaId) {
    return campaigns.targets(year, areaId);
  }

  @POST
  @Path("targets/generate")
  public List<TargetView> generate(
      @QueryParam("year") int year, @QueryParam("areaId") long areaId) {
    return campaigns.generateTargets(year, areaId);
  }

  @PUT
  @Path("targets/{villageId}")
  public TargetView edit(
      @PathParam("villageId") long villageId, @QueryParam("year") int year, TargetFigures figures) {
    return campaigns.editTarget(year, villageId, figures.registered(), figures.target());
  }

  /** A task table (Songgai attachment 1 layout) as the file's bytes. */
  @POST
  @Path("targets/file")
  @Consumes(MediaType.WILDCARD)
  public List<TargetView> importTargets(
      @QueryParam("year") int year,
      @QueryParam("areaId") long areaId,
      @QueryParam("fileName") String fileName,
      InputStream content) {
    return campaigns.importTargets(
        year, areaId, fileName == null ? "targets.xlsx" : fileName, content);
  }

  @GET
  @Path("targets.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response exportTargets(@QueryParam("year") int year, @QueryParam("areaId") long areaId) {
    return Response.ok(campaigns.exportTargets(year, areaId))
        .header("Content-Disposition", "attachment; filename=\"targets-" + year + ".xlsx\"")
        .build();
  }

  @GET
  @Path("progress")
  public List<ProgressLine> progress(
      @QueryParam("year") int year,
      @QueryParam("areaId") long areaId,
      @QueryParam("asOf") String asOf) {
    return progress.progress(year, areaId, date(asOf));
  }

  @GET
  @Path("progress/standing")
  public VillageStanding standing(
      @QueryParam("year") int year,
      @QueryParam("villageId") long villageId,
      @QueryParam("asOf") String asOf) {
    return progress.standing(year, villageId, date(asOf));
  }

  @GET
  @Path("progress/series")
  public List<ProgressPoint> series(
      @QueryParam("year") int year, @QueryParam("areaId") long areaId) {
    return progress.series(year, areaId);
  }

  @GET
  @Path("progress/quarter")
  public List<ProgressLine> quarter(
      @QueryParam("year") int year,
      @QueryParam("areaId") long areaId,
      @QueryParam("quarter") int quarter) {
    return progress.quarterly(year, areaId, quarter);
  }

  @GET
  @Path("progress/quarter/scores")
  public List<QuarterScore> quarterScores(
      @QueryParam("year") int year,
      @QueryParam("areaId") long areaId,
      @QueryParam("quarter") int quarter) {
    return progress.quarterlyScores(year, areaId, quarter);
  }

  @POST
  @Path("bulletins")
  public BulletinView take(
      @QueryParam("year") int year,
      @QueryParam("areaId") long areaId,
      @QueryParam("asOf") String asOf) {
    return bulletins.take(year, areaId, date(asOf));
  }

  @GET
  @Path("bulletins")
  public List<BulletinView> archive(
      @QueryParam("year") int year, @QueryParam("areaId") long areaId) {
    return bulletins.archive(year, areaId);
  }

  @GET
  @Path("bulletins/{id}")
  public BulletinView bulletin(@PathParam("id") long id) {
    return bulletins.get(id);
  }

  @POST
  @Path("evaluations")
  public EvaluationView evaluate(
      @QueryParam("year") int year, @QueryParam("townshipId") long townshipId) {
    return evaluations.evaluate(year, townshipId);
  }

  @GET
  @Path("evaluations")
  public List<EvaluationView> evaluations(
      @QueryParam("year") int year, @QueryParam("areaId") long areaId) {
    return evaluations.list(year, areaId);
  }

  @GET
  @Path("evaluations/{id}")
  public EvaluationView evaluation(@PathParam("id") long id) {
    return evaluations.get(id);
  }

  @POST
  @Path("evaluations/{id}/review")
  public EvaluationView review(@PathParam("id") long id) {
    return evaluations.review(id);
  }

  @POST
  @Path("evaluations/{id}/confirm")
  public EvaluationView confirm(@PathParam("id") long id) {
    return evaluations.confirm(id);
  }

  @POST
  @Path("evaluations/{id}/publish")
  public EvaluationView publish(@PathParam("id") long id) {
    return evaluations.publish(id);
  }

  /** A correction of a published evaluation; the body is the reason. */
  @POST
  @Path("evaluations/{id}/correct")
  @Consumes(MediaType.WILDCARD)
  public EvaluationView correct(@PathParam("id") long id, String reason) {
    return evaluations.correct(id, reason);
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException("asOf", "日期格式应为 2022-12-31：" + text);
    }
  }
}
