/** Persistence and integration adapters of the incentives module; internal to the module. */
package org.canbao.incentives.infrastructure;
