/** System administration screens: users, roles and home regions; the audit trail. */
package org.canbao.web.admin;
