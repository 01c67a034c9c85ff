/**
 * Public surface of the enrollment module: persons, households, certified identities, name-list
 * imports, enrollment records with benefit periods, ledgers and uninsured follow-up.
 */
package org.canbao.enrollment.api;
