/**
 * Kernel infrastructure: JPA repositories, the Flyway runner that migrates every module's schema, the
 * database identity store, the Envers revision listener and region file parsing.
 */
package org.canbao.kernel.infrastructure;
