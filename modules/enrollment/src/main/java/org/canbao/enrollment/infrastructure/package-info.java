/** Persistence and integration adapters of the enrollment module; internal to the module. */
package org.canbao.enrollment.infrastructure;
