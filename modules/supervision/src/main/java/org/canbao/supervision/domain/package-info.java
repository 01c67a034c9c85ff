/** Supervision groups' area assignments over time and the rule that every area has exactly one group. */
package org.canbao.supervision.domain;
