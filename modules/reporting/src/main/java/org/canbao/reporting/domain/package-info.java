/** Reporting's own data and rules: publicity postings, the working-day calendar, masking for the public. */
package org.canbao.reporting.domain;
