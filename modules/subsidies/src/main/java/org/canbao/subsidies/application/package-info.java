/** Subsidies use cases: maintaining identity categories (and, later, yearly policy and pricing). */
package org.canbao.subsidies.application;
