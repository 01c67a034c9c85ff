/** Persistence and integration adapters of the subsidies module; internal to the module. */
package org.canbao.subsidies.infrastructure;
