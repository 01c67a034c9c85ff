/** Use cases of the reporting module (transaction boundaries): the medical-institution status check. */
package org.canbao.reporting.application;
