/**
 * Incentives' infrastructure: the claim of its database schema (Flyway migrations under {@code
 * db/migration/incentives}).
 */
package org.canbao.incentives.infrastructure;
