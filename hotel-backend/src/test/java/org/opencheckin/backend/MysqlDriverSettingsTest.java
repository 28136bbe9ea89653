package org.opencheckin.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.PropertySet;
import com.mysql.cj.jdbc.JdbcConnection;
import io.micronaut.jdbc.DataSourceResolver;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opencheckin.backend.support.Backend;
import org.opencheckin.backend.support.TestBackends;

/**
 * The Connector/J settings of the {@code mysql} environment ({@code application-mysql.yml},
 * {@code datasources.default.data-source-properties}) reach the driver's connections. Hikari
 * passes them in a {@link java.util.Properties} and Connector/J reads only String values from
 * it: unquoted YAML booleans and numbers were dropped without a word, so every setting was off.
 */
class MysqlDriverSettingsTest {

    @Test
    void pooledConnectionsRunWithTheConfiguredDriverSettings() throws Exception {
        Backend b = TestBackends.mariadb();
        DataSource pool = b.bean(DataSourceResolver.class).resolve(b.bean(DataSource.class));
        try (Connection c = pool.getConnection()) {
            PropertySet set = c.unwrap(JdbcConnection.class).getPropertySet();
            assertThat(set.getBooleanProperty(PropertyKey.cachePrepStmts).getValue()).isTrue();
            assertThat(set.getBooleanProperty(PropertyKey.useServerPrepStmts).getValue()).isTrue();
            assertThat(set.getIntegerProperty(PropertyKey.prepStmtCacheSize).getValue()).isEqualTo(250);
            assertThat(set.getIntegerProperty(PropertyKey.prepStmtCacheSqlLimit).getValue()).isEqualTo(2048);
            assertThat(set.getBooleanProperty(PropertyKey.cacheResultSetMetadata).getValue()).isTrue();
            assertThat(set.getBooleanProperty(PropertyKey.cacheServerConfiguration).getValue()).isTrue();
            assertThat(set.getBooleanProperty(PropertyKey.useLocalSessionState).getValue()).isTrue();
            assertThat(set.getBooleanProperty(PropertyKey.useLocalTransactionState).getValue()).isTrue();
            assertThat(set.getBooleanProperty(PropertyKey.maintainTimeStats).getValue()).isFalse();
        }
    }
}
