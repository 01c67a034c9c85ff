package org.canbao.kernel.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Seeds the kernel's start-up data once the schemas are migrated. */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class StartupData {
  @Inject KernelSeeder seeder;

  @PostConstruct
  void seed() {
    seeder.seed();
  }
}
