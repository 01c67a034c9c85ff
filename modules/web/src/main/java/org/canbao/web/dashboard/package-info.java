/** The landing page: one dashboard per role with live numbers from the module facades. */
package org.canbao.web.dashboard;
