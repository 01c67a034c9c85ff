/**
 * Supervision's infrastructure: the claim of its database schema (Flyway migrations under {@code
 * db/migration/supervision}).
 */
package org.canbao.supervision.infrastructure;
