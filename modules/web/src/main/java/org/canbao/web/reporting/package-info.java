/** Screens of 资金结算 and 公示 (the reporting module). */
package org.canbao.web.reporting;
