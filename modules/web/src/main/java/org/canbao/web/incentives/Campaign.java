package org.canbao.web.incentives;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.canbao.incentives.api.ProgressLine;
import org.canbao.incentives.api.VillageStanding;

/**
 * What the campaign screens share: the insurance year a date belongs to, and Chart.js
 * configurations.
 */
public final class Campaign {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private Campaign() {}

  /** A horizontal bar chart of completion per area, with the target line at 100%. */
  public static String rankingChart(List<ProgressLine> lines, String title) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    JsonArrayBuilder colors = Json.createArrayBuilder();
    for (ProgressLine l : lines) {
      if (l.completion() == null) {
        continue;
      }
      labels.add(l.areaName());
      values.add(l.completion());
      colors.add(
          switch (l.light()) {
            case GREEN -> "#2e7d32";
            case YELLOW -> "#f9a825";
            case RED -> "#c62828";
            case NONE -> "#9e9e9e";
          });
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", "完成率（%）")
                                .add("data", values)
                                .add("backgroundColor", colors))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add(
                            "title",
                            Json.createObjectBuilder().add("display", true).add("text", title))
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "x",
                            Json.createObjectBuilder().add("min", 0).add("suggestedMax", 100))))
        .build()
        .toString();
  }

  /** A line chart of completion over time. */
  public static <T> String seriesChart(
      List<T> points, Function<T, String> date, Function<T, Number> value, String title) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (T p : points) {
      labels.add(date.apply(p));
      Number v = value.apply(p);
      if (v == null) {
        values.addNull();
      } else {
        values.add(new BigDecimal(v.toString()));
      }
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", "完成率（%）")
                                .add("data", values)
                                .add("borderColor", "#1f4e79")
                                .add("backgroundColor", "rgba(31,78,121,0.15)")
                                .add("fill", true)
                                .add("tension", 0.2))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add(
                            "title",
                            Json.createObjectBuilder().add("display", true).add("text", title)))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder().add("min", 0).add("suggestedMax", 100))))
        .build()
        .toString();
  }

  /** "第3名 / 共7个村" by the latest bulletin, or why there is no rank. */
  public static String standing(VillageStanding s) {
    if (s.bulletinNumber() == null) {
      return "尚无进度通报";
    }
    return s.rank() == null ? "未设目标，不参与排名" : "第" + s.rank() + "名 / 共" + s.peers() + "个村(社区)";
  }
}
