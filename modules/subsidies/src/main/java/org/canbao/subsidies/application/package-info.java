/**
 * Subsidies use cases (the transaction boundary, role checks): identity categories, yearly policy
 * versions (drafts, validation, publication, copies) and pricing payments for enrollment through
 * {@link org.canbao.subsidies.api.PolicyFacade}.
 */
package org.canbao.subsidies.application;
