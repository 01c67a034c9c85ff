/** Policy vocabulary and rules: identity categories now; yearly standards and subsidy rules next. */
package org.canbao.subsidies.domain;
