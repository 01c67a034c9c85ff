/**
 * Screens of the return-to-poverty monitoring (防止因病返贫监测预警, reporting module): the yearly alert
 * lines, the alert list, an alert with its lifecycle, the counts for leaders.
 */
package org.canbao.web.monitoring;
