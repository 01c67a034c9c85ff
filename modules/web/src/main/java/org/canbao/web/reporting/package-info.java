/**
 * Screens of the reporting module: the uninsured follow-up ledger (台账) and its cross-checks (比对),
 * 资金结算, 公示, and the medical institutions' status check.
 */
package org.canbao.web.reporting;
