/** Persistence and integration adapters of the reporting module; internal to the module. */
package org.canbao.reporting.infrastructure;
