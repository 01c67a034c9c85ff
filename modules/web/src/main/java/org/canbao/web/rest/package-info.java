/**
 * JSON REST API for other systems under {@code /api}, signed in with HTTP Basic and the same
 * accounts.
 */
package org.canbao.web.rest;
