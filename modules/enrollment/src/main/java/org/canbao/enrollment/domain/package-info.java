/**
 * Persons with their household, village history and status; certified identities; import batches.
 */
package org.canbao.enrollment.domain;
