/** The follow-up ledger's entities and the rules of the cross-checks and evidence files; no infrastructure. */
package org.canbao.reporting.domain;
