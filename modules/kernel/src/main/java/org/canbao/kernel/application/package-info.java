/**
 * Kernel use cases (transaction boundaries): region administration and import, users, audit
 * queries.
 */
package org.canbao.kernel.application;
