/**
 * Reporting's use cases — cross-checks and the follow-up ledger, settlement, publicity and the
 * working-day calendar, the medical institutions' status check: the transaction boundary, internal
 * to the module.
 */
package org.canbao.reporting.application;
