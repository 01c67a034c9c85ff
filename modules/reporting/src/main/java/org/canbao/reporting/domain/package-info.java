/**
 * Reporting's own data and rules: the follow-up ledger's entities, cross-check and evidence rules,
 * publicity postings, the working-day calendar, masking for the public, status checks; no
 * infrastructure.
 */
package org.canbao.reporting.domain;
