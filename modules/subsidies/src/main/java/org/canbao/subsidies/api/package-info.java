/**
 * Public surface of the subsidies module: yearly policy (contribution standards, periods, category
 * rules), pricing of a payment, funding settlement and publicity lists.
 */
package org.canbao.subsidies.api;
