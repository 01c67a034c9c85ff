/**
 * Regions with their name history, user accounts with roles and home region, sign-in records and
 * login policy, and the interfaces of their repositories (implemented in the kernel's
 * infrastructure).
 */
package org.canbao.kernel.domain;
