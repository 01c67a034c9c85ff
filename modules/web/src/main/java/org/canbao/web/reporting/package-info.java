/** Screens of the reporting module: the medical-institution status check, its log, the hospitals' reports. */
package org.canbao.web.reporting;
