/** Reporting's use cases (settlement, publicity, working days); internal to the module. */
package org.canbao.reporting.application;
