/**
 * Implementations of reporting's ports: JDBC over the views other modules publish and reporting's
 * own tables (settlement and publicity figures, tracking ledgers, the cross-checks' reads and the
 * register check's set-based store), evidence files on disk, and the claim of the reporting schema.
 */
package org.canbao.reporting.infrastructure;
