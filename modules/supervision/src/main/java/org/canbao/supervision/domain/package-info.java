/**
 * Supervision groups' area assignments over time, the areas marked out of a year's scope, and the
 * rule that every area in scope has exactly one group.
 */
package org.canbao.supervision.domain;
