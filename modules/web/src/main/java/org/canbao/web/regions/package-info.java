/** Region screens: the tree with details and name history, editing, and file import. */
package org.canbao.web.regions;
