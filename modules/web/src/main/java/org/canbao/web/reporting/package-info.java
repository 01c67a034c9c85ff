/** Screens of the reporting module: the uninsured follow-up ledger (台账) and its cross-checks (比对). */
package org.canbao.web.reporting;
