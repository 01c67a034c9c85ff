/**
 * The OpenAPI document of the REST API: the schemas of the records the resources read and write,
 * built by reflection from the records and resource methods, with descriptions and examples from
 * {@code openapi-docs.properties}.
 */
package org.canbao.web.rest.openapi;
