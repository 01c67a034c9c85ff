package org.canbao.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source. Defaults to an embedded H2 file under {@code ./data} (zero
 * set-up, survives restarts); the environment variables {@code CANBAO_DB_DRIVER}, {@code
 * CANBAO_DB_URL}, {@code CANBAO_DB_USER} and {@code CANBAO_DB_PASSWORD} switch it to PostgreSQL
 * without a rebuild. (Payara resolves {@code MPCONFIG} placeholders from system properties and
 * environment variables; the application's own microprofile-config.properties is not visible here.)
 */
@DataSourceDefinition(
    name = "java:app/jdbc/canbao",
    className = "${MPCONFIG=canbao.db.driver:org.h2.jdbcx.JdbcDataSource}",
    url =
        "${MPCONFIG=canbao.db.url:jdbc:h2:file:./data/canbao;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}",
    user = "${MPCONFIG=canbao.db.user:sa}",
    password = "${MPCONFIG=canbao.db.password:canbao}",
    minPoolSize = 2,
    maxPoolSize = 30,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit"
    })
@Singleton
public class DataSourceConfig {}
