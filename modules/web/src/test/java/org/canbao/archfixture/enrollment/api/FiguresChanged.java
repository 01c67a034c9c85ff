package org.canbao.archfixture.enrollment.api;

/** An event record in the firing module's api (as it should be). */
public record FiguresChanged(long villageId) {}
