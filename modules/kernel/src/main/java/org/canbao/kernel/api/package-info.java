/**
 * The kernel's public surface: value objects every module speaks (ID number, money, insurance year,
 * region code), the caller's area scope, region and user facades with their DTOs, and the shared
 * business exceptions.
 */
package org.canbao.kernel.api;
