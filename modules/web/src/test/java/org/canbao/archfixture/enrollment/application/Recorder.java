package org.canbao.archfixture.enrollment.application;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.canbao.archfixture.enrollment.api.FiguresChanged;

/**
 * Fires an api event record (allowed) and an event that is not a record of an api package (a
 * violation).
 */
public class Recorder {
  /** Something the module keeps to itself, fired as if it were public news. */
  public record InternalNews(long id) {}

  @Inject Event<FiguresChanged> figures;
  @Inject Event<InternalNews> news;

  public void record() {
    figures.fire(new FiguresChanged(1));
    news.fire(new InternalNews(1));
  }
}
