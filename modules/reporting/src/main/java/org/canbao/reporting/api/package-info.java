/**
 * Public surface of the reporting module: cross-module read models, official layouts, dashboards;
 * the cross-checks (比对) and the uninsured follow-up ledger ({@link
 * org.canbao.reporting.api.FollowUpFacade}).
 */
package org.canbao.reporting.api;
