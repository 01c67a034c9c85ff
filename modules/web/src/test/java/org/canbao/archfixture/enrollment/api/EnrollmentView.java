package org.canbao.archfixture.enrollment.api;

import org.canbao.archfixture.subsidies.api.Tier;

/**
 * Breaks "an api speaks only its own and the kernel's vocabulary": it re-exports a subsidies type.
 */
public record EnrollmentView(long id, Tier tier) {}
