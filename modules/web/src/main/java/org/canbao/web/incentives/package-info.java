/**
 * Screens of the incentives module: progress with drill-down and charts, targets, bulletins, the
 * year-end evaluation.
 */
package org.canbao.web.incentives;
