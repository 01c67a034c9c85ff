/**
 * Subsidies' infrastructure: the claim of its database schema (Flyway migrations under {@code
 * db/migration/subsidies}).
 */
package org.canbao.subsidies.infrastructure;
