/**
 * Deliberate violations of the architecture rules, one small class per broken rule, laid out like
 * the real modules under {@code org.canbao.archfixture.<module>.<layer>}. {@code ArchitectureTest}
 * imports them apart from the production classes and shows that each of its rules reports them: a
 * rule that cannot fail here would not protect the real code either. Never deployed (test sources
 * only).
 */
package org.canbao.archfixture;
