package org.canbao.kernel.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;

/**
 * After the migrations, checks every mapped entity (and its Envers audit table) against the schema
 * Flyway built: a column an entity names but no migration created stops the start-up with the
 * column's name, instead of failing later on the first screen that reads it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class MappingCheck {
  private static final Logger LOG = Logger.getLogger(MappingCheck.class.getName());

  @PersistenceUnit(unitName = "canbao")
  EntityManagerFactory emf;

  @PostConstruct
  void validate() {
    emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    LOG.info("Entity mappings match the migrated schema");
  }
}
