/** Supervision screens: the assignment board for administrators and the group members' areas. */
package org.canbao.web.supervision;
