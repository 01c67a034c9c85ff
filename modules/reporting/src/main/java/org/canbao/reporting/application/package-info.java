/** Use cases of the reporting module (cross-checks, the follow-up ledger): the transaction boundary. */
package org.canbao.reporting.application;
