/** Regions with their name history, user accounts with roles and home region, and login policy. */
package org.canbao.kernel.domain;
