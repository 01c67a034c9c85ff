/**
 * Enrollment screens: the person registry, a person's page, name-list imports, identity categories.
 */
package org.canbao.web.enrollment;
