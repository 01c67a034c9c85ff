package org.canbao.archfixture.enrollment.internal;

/** A class of a package the module never declared as its surface (neither api nor a layer). */
public class HiddenRegister {
  public int size() {
    return 0;
  }
}
