/** Sign-in (form for people, HTTP Basic for the REST API), security headers and session hygiene. */
package org.canbao.web.security;
