/**
 * Public surface of the supervision module: groups, members, area assignments, visits and issues.
 */
package org.canbao.supervision.api;
