/**
 * Incentives' data and rules: yearly campaign settings with bands, targets per village, rankings
 * and scorecards, bulletins with their frozen lines, evaluations with their results and awards; no
 * infrastructure.
 */
package org.canbao.incentives.domain;
