/** Faces plumbing shared by every screen: error handling, messages, the page context. */
package org.canbao.web.faces;
