/**
 * Policy vocabulary and rules: identity categories, yearly policy versions with their contribution
 * standards, periods and one subsidy rule per category and tier, and {@code PolicyTerms}, which
 * prices a payment (highest identity wins, the fiscal part after the cut-off, payments after the
 * last date refused).
 */
package org.canbao.subsidies.domain;
