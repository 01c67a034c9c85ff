/**
 * Incentives use cases: campaign settings and targets, live progress and the read model of today's
 * figures (kept current by {@code EnrollmentChanged}, observed after commit), bulletins and their
 * timer, year-end evaluations with their review workflow; the transaction boundary, internal to the
 * module.
 */
package org.canbao.incentives.application;
