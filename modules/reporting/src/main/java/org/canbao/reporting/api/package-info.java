/** Public surface of the reporting module: cross-module read models, official layouts, dashboards. */
package org.canbao.reporting.api;
