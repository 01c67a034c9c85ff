/** Persistence and integration adapters of the supervision module; internal to the module. */
package org.canbao.supervision.infrastructure;
