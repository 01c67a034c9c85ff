/**
 * The menu, built from the signed-in user's roles, and the header showing who and where they are.
 */
package org.canbao.web.nav;
