package org.canbao.kernel.api;

/**
 * Whether this installation runs as a demo ({@code canbao.mode=demo}: demo accounts and demo data)
 * and, then, whether it also gets the synthetic population ({@code canbao.demo.population}). The
 * modules' demo seeders ask here rather than reading the configuration each on its own.
 */
public interface DemoMode {
  boolean demo();

  /** Demo mode with the synthetic population of 松溉镇. */
  boolean population();
}
