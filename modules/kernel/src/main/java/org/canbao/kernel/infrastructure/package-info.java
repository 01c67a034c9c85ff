/**
 * Kernel infrastructure: the JPA implementations of the domain's repositories and of the
 * application's revision log, the Flyway runner that migrates every module's schema, the database
 * identity store, the Envers revision entity and its listener, the readiness check.
 */
package org.canbao.kernel.infrastructure;
