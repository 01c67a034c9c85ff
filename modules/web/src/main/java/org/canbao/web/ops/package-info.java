/** Operations: request timings for {@code /metrics}. */
package org.canbao.web.ops;
