/** Entities of the reporting module's own records: medical-institution status checks and their reports. */
package org.canbao.reporting.domain;
