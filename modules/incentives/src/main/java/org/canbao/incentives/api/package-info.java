/**
 * Public surface of the incentives module: targets, progress, bulletins and year-end evaluation.
 */
package org.canbao.incentives.api;
