/**
 * Subsidy screens: yearly policy versions (edit a draft, publish, copy) and the preview calculator.
 */
package org.canbao.web.subsidies;
