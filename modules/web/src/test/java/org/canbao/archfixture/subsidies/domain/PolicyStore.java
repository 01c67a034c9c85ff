package org.canbao.archfixture.subsidies.domain;

/** A port of the domain: infrastructure implementing it is the allowed direction. */
public interface PolicyStore {
  int count();
}
