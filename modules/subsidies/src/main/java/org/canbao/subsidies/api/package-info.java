/**
 * Public surface of the subsidies module: identity categories, yearly policy versions (contribution
 * standards, periods, category rules) and the pricing of a payment ({@link
 * org.canbao.subsidies.api.PolicyFacade#price}). Funding settlement and publicity lists are
 * reporting's.
 */
package org.canbao.subsidies.api;
